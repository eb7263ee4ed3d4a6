/**
 * The charging flow as a reusable suite (issue 6 acceptance), run against real components however
 * they are deployed: one process in process, one process on NATS + Redis, or one process per
 * component through the host.
 *
 * Usage, inside a test file:
 *
 *   describeChargingFlow("in process", async () => ({ chf, services, products, catalog, abmf,
 *     clientAsChf }), async () => close());
 *
 * `open` returns a ChargingFlowTarget (or undefined to skip, e.g. when Redis or NATS is absent
 * outside CI) and runs once before the suite; `close` runs once after it. Every test seeds its own
 * subscriber, so targets may be shared and reused.
 *
 * Prices: 0.01 EUR per MB (1 cent per 1 000 000 octets, rated per started MB); default grant
 * 100 MB (docs/rating-policy.md). Amounts are millionths of a EUR, the ABMF contract's money unit.
 */
import { NativeCallError, type ServiceDescriptor } from "@oda-codegen/runtime";
import {
  BalanceManagementDescriptor,
  type BalanceManagement,
} from "../../../../generated/balance-management";
import type { ConvergedCharging } from "../../../../generated/converged-charging";
import { RatingDescriptor, type Rating } from "../../../../generated/rating";
import {
  RATING_GROUP,
  balanceOf,
  chargingDataRef,
  chargingRequest,
  eur,
  newSupi,
  seedSubscriber,
  type ChargingFlowData,
} from "./charging-flow-seed";

export interface ChargingFlowTarget extends ChargingFlowData {
  /** The CHF, as a native or REST client of the ConvergedCharging contract. */
  readonly chf: ConvergedCharging;
  /**
   * A client of `service` as the CHF component gets it from its capabilities (the host's gate):
   * `capabilitiesFor(manifest, "chf", transport).client(service)`. For a contract the CHF did
   * not declare it must throw, or return a client whose calls fail, with NOT_PERMITTED.
   */
  clientAsChf<S>(service: ServiceDescriptor): S;
  /** Optional: how many sessions the CHF and the RF keep now (refused Creates must add none). */
  sessionCount?(): Promise<number>;
}

const MB = 1_000_000n;

/** Expects `call` to fail with a ProblemDetails error of `status` and `cause`. */
async function expectProblem(call: Promise<unknown>, status: number, cause: string): Promise<void> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeDefined();
  expect(error).toMatchObject({ httpStatus: status, status, problemCause: cause });
}

export function describeChargingFlow(
  title: string,
  open: () => Promise<ChargingFlowTarget | undefined>,
  close?: () => Promise<void>,
): void {
  describe(`charging flow: ${title}`, () => {
    let target: ChargingFlowTarget | undefined;
    beforeAll(async () => {
      target = await open();
    }, 60_000);
    afterAll(async () => {
      await close?.();
    }, 60_000);
    /** The target, or undefined when the suite is skipped (tests return early). */
    const t = () => target;

    it("create, update and release charge exactly the price of use, and nothing stays reserved", async () => {
      const x = t();
      if (!x) return;
      const s = await seedSubscriber(x, { balance: "2.5" });
      expect(await balanceOf(x, s.productId)).toEqual({ available: eur("2.5"), reserved: 0n });
      const sessionsBefore = await x.sessionCount?.();

      const created = await x.chf.createChargingData({
        chargingDataRequest: chargingRequest(s.subscriber, 1, { requested: "default" }),
      });
      expect(created.location).toMatch(/\/nchf-convergedcharging\/v3\/chargingdata\/[^/]+$/);
      const ref = chargingDataRef(created.location);
      const first = created.chargingDataResponse;
      expect(first.invocationSequenceNumber).toBe(1);
      expect(first.multipleUnitInformation).toEqual([
        expect.objectContaining({
          ratingGroup: RATING_GROUP,
          resultCode: "SUCCESS",
          grantedUnit: { totalVolume: 100n * MB },
          validityTime: 3600,
        }),
      ]);
      expect(first.multipleUnitInformation?.[0].finalUnitIndication).toBeUndefined();
      // The grant's price is held: 100 MB at 1 cent.
      expect(await balanceOf(x, s.productId)).toEqual({
        available: eur("1.5"),
        reserved: eur("1"),
      });

      // 60 000 001 octets are 61 started MB: 0.61 EUR.
      const updated = await x.chf.updateChargingData({
        ChargingDataRef: ref,
        chargingDataRequest: chargingRequest(s.subscriber, 2, {
          requested: "default",
          used: 60n * MB + 1n,
        }),
      });
      expect(updated.chargingDataResponse.multipleUnitInformation?.[0]).toMatchObject({
        resultCode: "SUCCESS",
        grantedUnit: { totalVolume: 100n * MB },
      });
      expect(await balanceOf(x, s.productId)).toEqual({
        available: eur("0.89"),
        reserved: eur("1"),
      });

      await x.chf.releaseChargingData({
        ChargingDataRef: ref,
        chargingDataRequest: chargingRequest(s.subscriber, 3, { used: 10n * MB }),
      });
      // After = before − price of use (0.61 + 0.10), and the reservation is back to 0.
      expect(await balanceOf(x, s.productId)).toEqual({
        available: eur("2.5") - eur("0.71"),
        reserved: 0n,
      });
      // Neither the CHF nor the RF keeps anything of the released session.
      if (sessionsBefore !== undefined) expect(await x.sessionCount?.()).toBe(sessionsBefore);

      // The session is gone.
      await expectProblem(
        x.chf.updateChargingData({
          ChargingDataRef: ref,
          chargingDataRequest: chargingRequest(s.subscriber, 4, { used: MB }),
        }),
        404,
        "CONTEXT_NOT_FOUND",
      );
      await expectProblem(
        x.chf.releaseChargingData({
          ChargingDataRef: ref,
          chargingDataRequest: chargingRequest(s.subscriber, 4, { used: MB }),
        }),
        404,
        "CONTEXT_NOT_FOUND",
      );
      expect((await balanceOf(x, s.productId)).available).toBe(eur("1.79"));
    });

    it("grants the last units with a final unit indication, then refuses the next session", async () => {
      const x = t();
      if (!x) return;
      const s = await seedSubscriber(x, { balance: "0.5" });
      const created = await x.chf.createChargingData({
        chargingDataRequest: chargingRequest(s.subscriber, 1, { requested: "default" }),
      });
      expect(created.chargingDataResponse.multipleUnitInformation?.[0]).toMatchObject({
        resultCode: "SUCCESS",
        grantedUnit: { totalVolume: 50n * MB },
        finalUnitIndication: { finalUnitAction: "TERMINATE" },
      });
      await x.chf.releaseChargingData({
        ChargingDataRef: chargingDataRef(created.location),
        chargingDataRequest: chargingRequest(s.subscriber, 2, { used: 50n * MB }),
      });
      expect(await balanceOf(x, s.productId)).toEqual({ available: 0n, reserved: 0n });
      await expectProblem(
        x.chf.createChargingData({
          chargingDataRequest: chargingRequest(s.subscriber, 1, { requested: "default" }),
        }),
        403,
        "QUOTA_LIMIT_REACHED",
      );
    });

    it("answers 403 QUOTA_LIMIT_REACHED when the balance cannot pay one unit, and keeps no session", async () => {
      const x = t();
      if (!x) return;
      const s = await seedSubscriber(x, { balance: "0.009" });
      const sessionsBefore = await x.sessionCount?.();
      await expectProblem(
        x.chf.createChargingData({
          chargingDataRequest: chargingRequest(s.subscriber, 1, { requested: "default" }),
        }),
        403,
        "QUOTA_LIMIT_REACHED",
      );
      expect(await balanceOf(x, s.productId)).toEqual({ available: eur("0.009"), reserved: 0n });
      if (sessionsBefore !== undefined) expect(await x.sessionCount?.()).toBe(sessionsBefore);
    });

    it("answers 404 USER_UNKNOWN for a subscriber without a service", async () => {
      const x = t();
      if (!x) return;
      await expectProblem(
        x.chf.createChargingData({
          chargingDataRequest: chargingRequest(newSupi(), 1, { requested: "default" }),
        }),
        404,
        "USER_UNKNOWN",
      );
    });

    it("answers 403 END_USER_REQUEST_DENIED when the subscriber's service is not active", async () => {
      const x = t();
      if (!x) return;
      const s = await seedSubscriber(x, { balance: "2.5", serviceState: "inactive" });
      await expectProblem(
        x.chf.createChargingData({
          chargingDataRequest: chargingRequest(s.subscriber, 1, { requested: "default" }),
        }),
        403,
        "END_USER_REQUEST_DENIED",
      );
      expect(await balanceOf(x, s.productId)).toEqual({ available: eur("2.5"), reserved: 0n });
    });

    it("answers 404 for a ChargingDataRef that was never created", async () => {
      const x = t();
      if (!x) return;
      const s = await seedSubscriber(x, { balance: "1" });
      const request = chargingRequest(s.subscriber, 2, { requested: "default", used: MB });
      await expectProblem(
        x.chf.updateChargingData({ ChargingDataRef: "no-such-ref", chargingDataRequest: request }),
        404,
        "CONTEXT_NOT_FOUND",
      );
      await expectProblem(
        x.chf.releaseChargingData({ ChargingDataRef: "no-such-ref", chargingDataRequest: request }),
        404,
        "CONTEXT_NOT_FOUND",
      );
      expect(await balanceOf(x, s.productId)).toEqual({ available: eur("1"), reserved: 0n });
    });

    it("refuses a call to a contract the component did not declare, and allows the declared one", async () => {
      const x = t();
      if (!x) return;
      const s = await seedSubscriber(x, { balance: "1" });
      // The CHF declares only the RF: the ABMF is out of its reach.
      const refused = await (async () =>
        x.clientAsChf<BalanceManagement>(BalanceManagementDescriptor).debitAmount({
          debitId: `forged-${s.productId}`,
          productId: s.productId,
          amount: { units: "money", amount: eur("1"), currencyCode: "EUR" },
        }))().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(NativeCallError);
      expect((refused as NativeCallError).code).toBe("NOT_PERMITTED");
      expect(await balanceOf(x, s.productId)).toEqual({ available: eur("1"), reserved: 0n });
      // The declared contract is reachable through the same gate (here: an unknown session).
      const rf = x.clientAsChf<Rating>(RatingDescriptor);
      await expectProblem(
        rf.rate({
          phase: "update",
          ratingDataRef: "no-such-rating-session",
          request: {
            nfConsumerIdentification: { nodeFunctionality: "CHF" },
            invocationTimeStamp: new Date(),
            invocationSequenceNumber: 1,
            serviceContextId: "32255@3gpp.org",
          },
        }),
        404,
        "RATING_DATA_NOT_FOUND",
      );
    });
  });
}
