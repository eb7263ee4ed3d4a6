/**
 * The ABMF component through its generated native client, on both balance engines: the native Rc
 * operations the RF uses (reserve with a partial step, debit with an overdraft policy and a
 * debitId, release by product), and the TMF654 top-up and buckets that seed them.
 */
import { randomUUID } from "node:crypto";
import {
  NativeCallError,
  createInProcessTransport,
  type Served,
  type Transport,
} from "@oda-codegen/runtime";
import {
  createBalanceManagementNativeClient,
  serveBalanceManagement,
  type BalanceManagement,
} from "../../../../generated/balance-management";
import { MemoryBalanceEngine, RedisBalanceEngine, type BalanceEngine } from "../../src/abmf";
import { BalanceManagementComponent } from "../../src/ccs";
import { MemoryDocumentStore, RedisDocumentStore, keyPrefix } from "../../src/store";
import { useRedis } from "../support/redis";

const redis = useRedis();

interface Engines {
  engine(): BalanceEngine;
  stores(): ConstructorParameters<typeof BalanceManagementComponent>[1];
}

const memory: Engines = {
  engine: () => new MemoryBalanceEngine(),
  stores: () => ({ buckets: new MemoryDocumentStore(), actions: new MemoryDocumentStore() }),
};

const onRedis: Engines = {
  engine: () =>
    new RedisBalanceEngine(
      redis.redis,
      keyPrefix({ lattice: redis.lattice, component: "abmf", collection: "balances" }),
    ),
  stores: () => ({
    buckets: new RedisDocumentStore(
      redis.redis,
      keyPrefix({ lattice: redis.lattice, component: "abmf", collection: "buckets" }),
    ),
    actions: new RedisDocumentStore(
      redis.redis,
      keyPrefix({ lattice: redis.lattice, component: "abmf", collection: "actions" }),
    ),
  }),
};

const EUR = (amount: bigint) => ({ units: "money" as const, amount, currencyCode: "EUR" });

async function failure(call: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error === undefined) throw new Error("expected the call to fail");
  return error as Record<string, unknown>;
}

describe.each([
  ["memory engine", memory, false],
  ["Redis engine", onRedis, true],
])("ABMF component, %s", (_name, engines, needsRedis) => {
  let transport: Transport;
  let served: Served;
  let abmf: BalanceManagement;

  beforeAll(async () => {
    if (needsRedis && !redis.available) return;
    transport = createInProcessTransport();
    served = await serveBalanceManagement(
      new BalanceManagementComponent(engines.engine(), engines.stores()),
      transport,
    );
    abmf = createBalanceManagementNativeClient(transport);
  });
  afterAll(async () => {
    await served?.close();
    await transport?.close();
  });
  const skip = () => needsRedis && !redis.available;

  /** A product with a EUR bucket holding `eur` (decimal text). */
  async function product(eur: string): Promise<string> {
    const productId = `product-${randomUUID()}`;
    await abmf.createTopupBalance({
      topupBalance: {
        bucket: { id: `bucket-${productId}` },
        product: [{ id: productId }],
        partyAccount: { id: "account-1" },
        usageType: "monetary",
        amount: { amount: Number(eur), units: "EUR" },
      },
    });
    return productId;
  }

  it("tops up exactly (money in millionths) and shows the bucket through TMF654", async () => {
    if (skip()) return;
    const productId = await product("2.37");
    const { balances } = await abmf.getProductBalance({ productId });
    expect(balances).toEqual([
      { available: EUR(2_370_000n), reserved: EUR(0n), bucketIds: [`bucket-${productId}`] },
    ]);
    const { bucket } = await abmf.retrieveBucket({ id: `bucket-${productId}` });
    expect(bucket).toMatchObject({
      id: `bucket-${productId}`,
      product: [{ id: productId }],
      remainingValue: { amount: 2.37, units: "EUR" },
      reservedValue: { amount: 0, units: "EUR" },
    });
    const listed = await abmf.listBucket({ filters: { "product.id": productId } });
    expect(listed.buckets.map((b) => b.id)).toEqual([`bucket-${productId}`]);
    // A second top-up credits the same bucket; an adjustment may take units away.
    const again = await abmf.createTopupBalance({
      topupBalance: {
        bucket: { id: `bucket-${productId}` },
        partyAccount: { id: "account-1" },
        usageType: "monetary",
        amount: { amount: 0.63, units: "EUR" },
      },
    });
    expect(again.topupBalance).toMatchObject({
      status: "completed",
      bucket: { id: `bucket-${productId}` },
    });
    expect(
      (await abmf.retrieveTopupBalance({ id: again.topupBalance.id! })).topupBalance.amount,
    ).toEqual({
      amount: 0.63,
      units: "EUR",
    });
    await abmf.createAdjustBalance({
      adjustBalance: {
        bucket: { id: `bucket-${productId}` },
        usageType: "monetary",
        amount: { amount: -0.5, units: "EUR" },
      },
    });
    expect((await abmf.getProductBalance({ productId })).balances[0].available).toEqual(
      EUR(2_500_000n),
    );
  });

  it("reserves the last whole steps with allowPartial, and refuses below one step", async () => {
    if (skip()) return;
    const productId = await product("0.25");
    const partial = await abmf.reserveAmount({
      reservationKey: "s1/32",
      productId,
      amount: EUR(1_000_000n),
      allowPartial: true,
      partialStep: 100_000n,
    });
    expect(partial).toMatchObject({
      reserved: EUR(200_000n),
      available: EUR(50_000n),
      finalUnits: true,
    });
    const refused = await failure(
      abmf.reserveAmount({
        reservationKey: "s2/32",
        productId,
        amount: EUR(1_000_000n),
        allowPartial: true,
        partialStep: 100_000n,
      }),
    );
    expect(refused).toMatchObject({
      name: "InsufficientBalance",
      httpStatus: 403,
      code: "QUOTA_LIMIT_REACHED",
      available: EUR(50_000n),
    });
    // All or nothing without allowPartial.
    expect(
      await failure(
        abmf.reserveAmount({ reservationKey: "s3/32", productId, amount: EUR(60_000n) }),
      ),
    ).toMatchObject({ name: "InsufficientBalance" });
    // A repeat of a reserve that holds enough changes nothing.
    expect(
      await abmf.reserveAmount({ reservationKey: "s1/32", productId, amount: EUR(200_000n) }),
    ).toMatchObject({ reserved: EUR(200_000n), available: EUR(50_000n), finalUnits: false });
  });

  it("debits once per debitId, from the reservation first, and releases what is left", async () => {
    if (skip()) return;
    const productId = await product("1");
    await abmf.reserveAmount({ reservationKey: "r/32", productId, amount: EUR(400_000n) });
    const debit = {
      debitId: "r/32/2",
      reservationKey: "r/32",
      productId,
      amount: EUR(150_000n),
    };
    const first = await abmf.debitAmount(debit);
    expect(first).toMatchObject({
      debited: EUR(150_000n),
      fromReservation: EUR(150_000n),
      reserved: EUR(250_000n),
      available: EUR(600_000n),
      replayed: false,
    });
    const again = await abmf.debitAmount(debit);
    expect(again).toMatchObject({ debited: EUR(150_000n), replayed: true });
    const released = await abmf.releaseReservation({ reservationKey: "r/32", productId });
    expect(released).toEqual({ refunded: EUR(250_000n), available: EUR(850_000n) });
    expect(await abmf.releaseReservation({ reservationKey: "r/32", productId })).toEqual({});
    expect((await abmf.getProductBalance({ productId })).balances[0]).toMatchObject({
      available: EUR(850_000n),
      reserved: EUR(0n),
    });
  });

  it("applies the overdraft policy: refuse changes nothing, cap reports a shortfall, allow goes below zero", async () => {
    if (skip()) return;
    const productId = await product("0.1");
    const over = (debitId: string, overdraft: "refuse" | "cap" | "allow") =>
      abmf.debitAmount({ debitId, productId, amount: EUR(300_000n), overdraft });
    expect(await failure(over("d1", "refuse"))).toMatchObject({ name: "InsufficientBalance" });
    expect(await over("d2", "cap")).toMatchObject({
      debited: EUR(100_000n),
      shortfall: EUR(200_000n),
      available: EUR(0n),
    });
    expect(await over("d3", "allow")).toMatchObject({ available: EUR(-300_000n) });
  });

  it("answers 404 for a product without a bucket in the unit, 400 for bad top-ups, 501 for what it lacks", async () => {
    if (skip()) return;
    expect(
      await failure(
        abmf.reserveAmount({ reservationKey: "x/1", productId: "no-such", amount: EUR(1n) }),
      ),
    ).toMatchObject({ name: "NotFound", httpStatus: 404 });
    const productId = await product("1");
    expect(
      await failure(
        abmf.reserveAmount({
          reservationKey: "x/1",
          productId,
          amount: { units: "money", amount: 1n, currencyCode: "USD" },
        }),
      ),
    ).toMatchObject({ name: "NotFound" });
    const topup = (amount: { amount: number; units: string }, withProduct = true) =>
      abmf.createTopupBalance({
        topupBalance: {
          bucket: { id: `bucket-${randomUUID()}` },
          ...(withProduct ? { product: [{ id: productId }] } : {}),
          partyAccount: { id: "a" },
          usageType: "monetary",
          amount,
        },
      });
    for (const bad of [
      topup({ amount: 1, units: "parsecs" }),
      topup({ amount: 0.0000001, units: "EUR" }),
      topup({ amount: -1, units: "EUR" }),
      topup({ amount: 1, units: "EUR" }, false),
    ]) {
      expect(await failure(bad)).toMatchObject({ name: "BadRequest", httpStatus: 400 });
    }
    expect(
      await failure(
        abmf.reserveAmount({
          reservationKey: "x/2",
          productId,
          amount: EUR(1n),
          expiresAt: new Date(Date.now() - 1000),
        }),
      ),
    ).toMatchObject({ name: "BadRequest" });
    const lacking = await failure(abmf.listTransferBalance({}));
    expect(lacking).toBeInstanceOf(NativeCallError);
    expect(lacking).toMatchObject({ code: "UNKNOWN_OPERATION", httpStatus: 501 });
  });
});
