/** Contract cases: expiry, credits, limits and concurrency. */
import { AbmfError, AbmfErrorCode, MAX_AMOUNT } from "../../src/abmf";
import { quota, type ContractContext } from "./abmf-contract-context";

export function balanceCases({ make, setup, clock }: ContractContext): void {
  it("expires abandoned reservations: their units come back", async () => {
    const engine = await setup();
    if (!engine) return;
    await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 200n, ttlMs: 1_000 });
    clock.now += 999;
    expect(await engine.getBucket("b1")).toMatchObject({ reserved: 200n, available: 50n });
    clock.now += 1;
    expect(await engine.getBucket("b1")).toMatchObject({
      balance: 250n,
      reserved: 0n,
      available: 250n,
    });
    expect((await engine.reserve({ bucketId: "b1", key: "s2/32", amount: 250n })).reserved).toBe(
      250n,
    );
    // A late debit against the expired reservation cannot take units reserved by someone else.
    await expect(
      engine.debit({ bucketId: "b1", key: "late", reservationKey: "s1/32", amount: 10n }),
    ).rejects.toMatchObject(quota);
    expect(
      await engine.debit({
        bucketId: "b1",
        key: "late",
        reservationKey: "s1/32",
        amount: 10n,
        overdraft: "cap",
      }),
    ).toMatchObject({
      debited: 0n,
      shortfall: 10n,
    });
  });

  it("renews a reservation's lifetime on every reserve", async () => {
    const engine = await setup();
    if (!engine) return;
    await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n, ttlMs: 1_000 });
    clock.now += 800;
    expect(
      (await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n, ttlMs: 1_000 }))
        .expiresAt,
    ).toBe(clock.now + 1_000);
    clock.now += 800;
    expect((await engine.getBucket("b1"))?.reserved).toBe(100n);
  });

  it("tops up and adjusts, never below zero, each idempotent", async () => {
    const engine = await setup(100n);
    if (!engine) return;
    const topUp = await engine.topUp({ bucketId: "b1", key: "voucher-1", amount: 500n });
    expect(topUp).toEqual({
      action: "topUp",
      bucketId: "b1",
      key: "voucher-1",
      amount: 500n,
      balance: 600n,
      available: 600n,
      replayed: false,
    });
    expect((await engine.topUp({ bucketId: "b1", key: "voucher-1", amount: 500n })).replayed).toBe(
      true,
    );
    await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 550n });
    await expect(
      engine.adjust({ bucketId: "b1", key: "adj-1", amount: -51n }),
    ).rejects.toMatchObject({ ...quota, available: 50n });
    expect(await engine.adjust({ bucketId: "b1", key: "adj-1", amount: -50n })).toMatchObject({
      balance: 550n,
      available: 0n,
    });
    expect(await engine.adjust({ bucketId: "b1", key: "adj-2", amount: 7n })).toMatchObject({
      balance: 557n,
    });
    // Keys are per action: the same key names a different top-up.
    expect(await engine.topUp({ bucketId: "b1", key: "adj-2", amount: 3n })).toMatchObject({
      balance: 560n,
      replayed: false,
    });
  });

  it("refuses amounts out of range with INVALID_AMOUNT and bad keys with INVALID_REQUEST", async () => {
    const engine = await setup();
    if (!engine) return;
    const invalid = { code: AbmfErrorCode.INVALID_AMOUNT };
    await expect(engine.reserve({ bucketId: "b1", key: "k", amount: 0n })).rejects.toMatchObject(
      invalid,
    );
    await expect(engine.debit({ bucketId: "b1", key: "k", amount: -1n })).rejects.toMatchObject(
      invalid,
    );
    await expect(engine.adjust({ bucketId: "b1", key: "k", amount: 0n })).rejects.toMatchObject(
      invalid,
    );
    await expect(
      engine.topUp({ bucketId: "b1", key: "k", amount: MAX_AMOUNT + 1n }),
    ).rejects.toMatchObject(invalid);
    await expect(
      engine.topUp({ bucketId: "b1", key: "k", amount: 1 as unknown as bigint }),
    ).rejects.toMatchObject(invalid);
    await expect(engine.reserve({ bucketId: "b1", key: "", amount: 1n })).rejects.toMatchObject({
      code: AbmfErrorCode.INVALID_REQUEST,
    });
    await expect(
      engine.reserve({ bucketId: "b1", key: "k", amount: 1n, ttlMs: 0 }),
    ).rejects.toMatchObject({
      code: AbmfErrorCode.INVALID_REQUEST,
    });
  });

  it("stays exact at 2^53 − 1 and refuses to go beyond", async () => {
    const engine = make({ clock: () => clock.now });
    if (!engine) return;
    await engine.createBucket({
      id: "big",
      accountId: "a",
      unit: "octets",
      initial: MAX_AMOUNT - 2n,
    });
    expect((await engine.topUp({ bucketId: "big", key: "t1", amount: 2n })).balance).toBe(
      MAX_AMOUNT,
    );
    await expect(engine.topUp({ bucketId: "big", key: "t2", amount: 1n })).rejects.toMatchObject({
      code: AbmfErrorCode.INVALID_AMOUNT,
    });
    const reserve = await engine.reserve({
      bucketId: "big",
      key: "r",
      amount: MAX_AMOUNT,
      partialStep: 1n,
    });
    expect(reserve.reserved).toBe(MAX_AMOUNT);
    const debit = await engine.debit({
      bucketId: "big",
      key: "d",
      reservationKey: "r",
      amount: MAX_AMOUNT - 1n,
    });
    expect(debit).toMatchObject({
      debited: MAX_AMOUNT - 1n,
      reserved: 1n,
      balance: 1n,
      available: 0n,
    });
    expect(await engine.release({ bucketId: "big", key: "r" })).toMatchObject({
      released: 1n,
      available: 1n,
    });
  });

  it("never overdraws under concurrent reservations", async () => {
    const engine = await setup(205n);
    if (!engine) return;
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        engine.reserve({ bucketId: "b1", key: `c${i}`, amount: 10n }),
      ),
    );
    const granted = attempts.filter((a) => a.status === "fulfilled").length;
    const refused = attempts.filter(
      (a) => a.status === "rejected" && AbmfError.is(a.reason, "QUOTA_LIMIT_REACHED"),
    ).length;
    expect([granted, refused]).toEqual([20, 30]);
    expect(await engine.getBucket("b1")).toMatchObject({
      balance: 205n,
      reserved: 200n,
      available: 5n,
    });
  });
}
