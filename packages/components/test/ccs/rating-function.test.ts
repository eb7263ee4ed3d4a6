/**
 * The RF on the real components, in process: the Nrf_Rating session operations (start, update,
 * release), retransmissions answered once, and the lookups that make rating impossible (no
 * usage price, a product that is not active), as the CHF reports them.
 */
import { createRatingNativeClient, type Rating } from "../../../../generated/rating";
import { startInProcessCanvas, type Canvas } from "./canvas-fixture";
import {
  balanceOf,
  chargingDataRef,
  chargingRequest,
  eur,
  seedSubscriber,
} from "./charging-flow-seed";

let canvas: Canvas;
let rf: Rating;
beforeAll(async () => {
  canvas = await startInProcessCanvas();
  rf = createRatingNativeClient(canvas.transport);
});
afterAll(() => canvas.close());

const MB = 1_000_000n;

function nrfRequest(subscriber: string, sequence: number, items: object[]) {
  return {
    subscriptionId: [subscriber],
    nfConsumerIdentification: { nodeFunctionality: "CHF" as const },
    invocationTimeStamp: new Date(),
    invocationSequenceNumber: sequence,
    serviceContextId: "32255@3gpp.org",
    serviceRating: items as never[],
  };
}

async function failure(call: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error === undefined) throw new Error("expected the call to fail");
  return error as Record<string, unknown>;
}

it("rates an Nrf session: start reserves, update debits and re-reserves, release prices and ends it", async () => {
  const s = await seedSubscriber(canvas.target, { balance: "1" });
  const started = await rf.startRating({
    ratingDataRequest: nrfRequest(s.subscriber, 1, [
      { ratingGroup: 7, requestSubType: "RESERVE", requestedUnit: { totalVolume: 15n * MB + 1n } },
    ]),
  });
  expect(started.location).toMatch(/^\/nrf-rating\/v1\/ratingdata\/[^/]+$/);
  const ref = started.location.split("/").pop()!;
  // 15 000 001 octets round up to 16 rating units of 1 MB: 0.16 EUR held.
  expect(started.ratingDataResponse.serviceRating).toEqual([
    expect.objectContaining({
      ratingGroup: 7,
      resultCode: "SUCCESS",
      grantedUnit: { totalVolume: 16n * MB },
      price: { currencyCode: "EUR", amount: { valueDigits: 160_000n, exponent: -6 } },
    }),
  ]);
  const updated = await rf.updateRating({
    RatingDataRef: ref,
    ratingDataRequest: nrfRequest(s.subscriber, 2, [
      { ratingGroup: 7, requestSubType: "DEBIT", consumedUnit: { totalVolume: 3n * MB } },
      { ratingGroup: 7, requestSubType: "RESERVE", requestedUnit: {} },
    ]),
  });
  expect(updated.ratingDataResponse.serviceRating).toEqual([
    expect.objectContaining({
      resultCode: "SUCCESS",
      consumedUnit: { totalVolume: 3n * MB },
      price: { currencyCode: "EUR", amount: { valueDigits: 30_000n, exponent: -6 } },
    }),
    expect.objectContaining({ resultCode: "SUCCESS", grantedUnit: { totalVolume: 97n * MB } }),
  ]);
  // The last units: 0.97 EUR were left, the default grant asked for 1.00.
  expect(updated.ratingDataResponse.serviceRating?.[1].finalUnitIndication).toEqual({
    finalUnitAction: "TERMINATE",
  });
  const ended = await rf.endRating({
    RatingDataRef: ref,
    ratingDataRequest: nrfRequest(s.subscriber, 3, [
      { ratingGroup: 7, requestSubType: "DEBIT", consumedUnit: { totalVolume: 500_000n } },
    ]),
  });
  expect(ended.ratingDataResponse.serviceRating?.[0].price?.amount.valueDigits).toBe(10_000n);
  expect(await balanceOf(canvas.target, s.productId)).toEqual({
    available: eur("0.96"),
    reserved: 0n,
  });
  expect(
    await failure(
      rf.updateRating({ RatingDataRef: ref, ratingDataRequest: nrfRequest(s.subscriber, 4, []) }),
    ),
  ).toMatchObject({ httpStatus: 404, problemCause: "RATING_DATA_NOT_FOUND" });
});

it("answers a retransmitted Nchf update with the first answer and charges it once", async () => {
  const s = await seedSubscriber(canvas.target, { balance: "2" });
  const chf = canvas.target.chf;
  const created = await chf.createChargingData({
    chargingDataRequest: chargingRequest(s.subscriber, 1, { requested: "default" }),
  });
  const ref = chargingDataRef(created.location);
  const update = chargingRequest(s.subscriber, 2, { requested: "default", used: 40n * MB });
  const first = await chf.updateChargingData({ ChargingDataRef: ref, chargingDataRequest: update });
  const again = await chf.updateChargingData({ ChargingDataRef: ref, chargingDataRequest: update });
  expect(again.chargingDataResponse.multipleUnitInformation).toEqual(
    first.chargingDataResponse.multipleUnitInformation,
  );
  await chf.releaseChargingData({
    ChargingDataRef: ref,
    chargingDataRequest: chargingRequest(s.subscriber, 3, { used: 0n }),
  });
  expect(await balanceOf(canvas.target, s.productId)).toEqual({
    available: eur("1.6"),
    reserved: 0n,
  });
});

it("answers 400 CHARGING_FAILED when the offering has no usage price", async () => {
  const s = await seedSubscriber(canvas.target, { balance: "1" });
  const { catalog, products } = canvas.target;
  const { productOffering } = await catalog.createProductOffering({
    productOffering: { name: "flat rate only", lifecycleStatus: "Active" },
  });
  await products.patchProduct({
    id: s.productId,
    product: { productOffering: { id: productOffering.id! } },
  });
  expect(
    await failure(
      canvas.target.chf.createChargingData({
        chargingDataRequest: chargingRequest(s.subscriber, 1, { requested: "default" }),
      }),
    ),
  ).toMatchObject({ httpStatus: 400, status: 400, problemCause: "CHARGING_FAILED" });
});

it("answers 403 END_USER_REQUEST_DENIED when the subscriber's product is not active", async () => {
  const s = await seedSubscriber(canvas.target, { balance: "1" });
  await canvas.target.products.patchProduct({ id: s.productId, product: { status: "suspended" } });
  expect(
    await failure(
      canvas.target.chf.createChargingData({
        chargingDataRequest: chargingRequest(s.subscriber, 1, { requested: "default" }),
      }),
    ),
  ).toMatchObject({ httpStatus: 403, problemCause: "END_USER_REQUEST_DENIED" });
  expect(await balanceOf(canvas.target, s.productId)).toEqual({
    available: eur("1"),
    reserved: 0n,
  });
});

it("charges a one-time event at once, whole or not at all, and keeps no session", async () => {
  const s = await seedSubscriber(canvas.target, { balance: "0.08" });
  const event = (sequence: number, requested: bigint) => ({
    ...chargingRequest(s.subscriber, sequence, { requested }),
    oneTimeEvent: true,
    oneTimeEventType: "IEC" as const,
  });
  const created = await canvas.target.chf.createChargingData({
    chargingDataRequest: event(1, 5n * MB),
  });
  expect(created.chargingDataResponse.multipleUnitInformation?.[0]).toMatchObject({
    resultCode: "SUCCESS",
    grantedUnit: { totalVolume: 5n * MB },
  });
  expect(await balanceOf(canvas.target, s.productId)).toEqual({
    available: eur("0.03"),
    reserved: 0n,
  });
  // 0.05 more cannot be paid whole: refused, nothing charged.
  expect(
    await failure(canvas.target.chf.createChargingData({ chargingDataRequest: event(1, 5n * MB) })),
  ).toMatchObject({ httpStatus: 403, problemCause: "QUOTA_LIMIT_REACHED" });
  expect((await balanceOf(canvas.target, s.productId)).available).toBe(eur("0.03"));
  expect(
    await failure(
      canvas.target.chf.updateChargingData({
        ChargingDataRef: chargingDataRef(created.location),
        chargingDataRequest: chargingRequest(s.subscriber, 2, { used: MB }),
      }),
    ),
  ).toMatchObject({ httpStatus: 404 });
});
