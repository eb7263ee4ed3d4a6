/** Contract cases: buckets, reservations and debits. */
import { AbmfError, AbmfErrorCode } from "../../src/abmf";
import { quota, type ContractContext } from "./abmf-contract-context";

export function reservationCases({ setup, clock }: ContractContext): void {
  it("creates buckets idempotently, lists an account's buckets, refuses a conflicting re-create", async () => {
    const engine = await setup();
    if (!engine) return;
    await engine.createBucket({
      id: "b0",
      accountId: "acct-1",
      unit: "octets",
      initial: 10n ** 9n,
    });
    const again = await engine.createBucket({
      id: "b1",
      accountId: "acct-1",
      unit: "EUR",
      initial: 999n,
    });
    expect(again).toEqual({
      id: "b1",
      accountId: "acct-1",
      unit: "EUR",
      balance: 250n,
      reserved: 0n,
      available: 250n,
    });
    await expect(
      engine.createBucket({ id: "b1", accountId: "acct-2", unit: "EUR" }),
    ).rejects.toMatchObject({
      code: AbmfErrorCode.BUCKET_EXISTS,
    });
    expect((await engine.getAccount("acct-1")).map((b) => [b.id, b.unit])).toEqual([
      ["b0", "octets"],
      ["b1", "EUR"],
    ]);
    expect(await engine.getAccount("nobody")).toEqual([]);
    expect(await engine.getBucket("missing")).toBeUndefined();
    await expect(
      engine.reserve({ bucketId: "missing", key: "k", amount: 1n }),
    ).rejects.toMatchObject({
      code: AbmfErrorCode.BUCKET_NOT_FOUND,
    });
  });

  it("reserves from the available units; a repeat changes nothing", async () => {
    const engine = await setup();
    if (!engine) return;
    const first = await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n });
    expect(first).toEqual({
      action: "reserve",
      bucketId: "b1",
      key: "s1/32",
      requested: 100n,
      reserved: 100n,
      added: 100n,
      finalUnits: false,
      expiresAt: clock.now + 60_000,
      available: 150n,
    });
    const repeat = await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n });
    expect(repeat).toEqual({ ...first, added: 0n });
    // Asking for less than is held changes nothing either.
    expect(await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 40n })).toMatchObject({
      reserved: 100n,
      added: 0n,
    });
    expect(await engine.getBucket("b1")).toMatchObject({
      balance: 250n,
      reserved: 100n,
      available: 150n,
    });
  });

  it("grows a reservation to the amount asked, taking only the difference", async () => {
    const engine = await setup();
    if (!engine) return;
    await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n });
    await engine.debit({ bucketId: "b1", key: "s1/32/2", reservationKey: "s1/32", amount: 70n });
    const next = await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n });
    expect(next).toMatchObject({ reserved: 100n, added: 70n, finalUnits: false, available: 80n });
  });

  it("refuses a reservation it cannot cover with QUOTA_LIMIT_REACHED and keeps nothing", async () => {
    const engine = await setup(50n);
    if (!engine) return;
    const refused = engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n });
    await expect(refused).rejects.toBeInstanceOf(AbmfError);
    await expect(
      engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n }),
    ).rejects.toMatchObject({
      ...quota,
      available: 50n,
    });
    expect(await engine.getBucket("b1")).toMatchObject({ reserved: 0n, available: 50n });
    expect((await engine.release({ bucketId: "b1", key: "s1/32" })).released).toBe(0n);
    // A refusal is not remembered: after a top-up the same reservation succeeds.
    await engine.topUp({ bucketId: "b1", key: "t1", amount: 50n });
    expect((await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n })).reserved).toBe(
      100n,
    );
  });

  it("grants the last units in whole steps when partialStep is given", async () => {
    const engine = await setup(50n);
    if (!engine) return;
    const last = await engine.reserve({
      bucketId: "b1",
      key: "s1/32",
      amount: 100n,
      partialStep: 3n,
    });
    expect(last).toMatchObject({
      requested: 100n,
      reserved: 48n,
      added: 48n,
      finalUnits: true,
      available: 2n,
    });
    // The same reservation asked again: nothing more to add, still the last units, no error.
    expect(
      await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n, partialStep: 3n }),
    ).toMatchObject({
      reserved: 48n,
      added: 0n,
      finalUnits: true,
    });
    await expect(
      engine.reserve({ bucketId: "b1", key: "s2/32", amount: 100n, partialStep: 3n }),
    ).rejects.toMatchObject({
      ...quota,
      available: 2n,
    });
  });

  it("debits the reservation first, keeps the rest held, and a repeated debit key is a replay", async () => {
    const engine = await setup();
    if (!engine) return;
    await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n });
    await engine.reserve({ bucketId: "b1", key: "s2/32", amount: 100n });
    const debit = await engine.debit({
      bucketId: "b1",
      key: "s1/32/1",
      reservationKey: "s1/32",
      amount: 60n,
    });
    expect(debit).toEqual({
      action: "debit",
      bucketId: "b1",
      key: "s1/32/1",
      requested: 60n,
      debited: 60n,
      fromReservation: 60n,
      reserved: 40n,
      shortfall: 0n,
      balance: 190n,
      available: 50n,
      replayed: false,
    });
    expect(
      await engine.debit({
        bucketId: "b1",
        key: "s1/32/1",
        reservationKey: "s1/32",
        amount: 60n,
      }),
    ).toEqual({
      ...debit,
      replayed: true,
    });
    expect(await engine.getBucket("b1")).toMatchObject({ balance: 190n, reserved: 140n });
    const release = await engine.release({ bucketId: "b1", key: "s1/32" });
    expect(release).toEqual({
      action: "release",
      bucketId: "b1",
      key: "s1/32",
      released: 40n,
      available: 90n,
    });
    expect(await engine.release({ bucketId: "b1", key: "s1/32" })).toMatchObject({
      released: 0n,
      available: 90n,
    });
  });

  it("refuses, caps or overdraws usage beyond the reservation, as asked", async () => {
    const engine = await setup(150n);
    if (!engine) return;
    await engine.reserve({ bucketId: "b1", key: "s1/32", amount: 100n });
    const debit = { bucketId: "b1", reservationKey: "s1/32", amount: 180n };
    await expect(engine.debit({ ...debit, key: "d1" })).rejects.toMatchObject({
      ...quota,
      available: 50n,
    });
    expect(await engine.getBucket("b1")).toMatchObject({ balance: 150n, reserved: 100n }); // refused: unchanged
    const capped = await engine.debit({ ...debit, key: "d2", overdraft: "cap" });
    expect(capped).toMatchObject({
      debited: 150n,
      fromReservation: 100n,
      reserved: 0n,
      shortfall: 30n,
      balance: 0n,
      available: 0n,
    });
    const overdrawn = await engine.debit({
      bucketId: "b1",
      key: "d3",
      amount: 25n,
      overdraft: "allow",
    });
    expect(overdrawn).toMatchObject({
      debited: 25n,
      shortfall: 0n,
      balance: -25n,
      available: -25n,
    });
    // An overdrawn bucket grants nothing until topped up past zero.
    await expect(
      engine.reserve({ bucketId: "b1", key: "s2/32", amount: 1n, partialStep: 1n }),
    ).rejects.toMatchObject(quota);
    expect((await engine.topUp({ bucketId: "b1", key: "t", amount: 30n })).available).toBe(5n);
  });

  it("debits directly without a reservation", async () => {
    const engine = await setup(10n);
    if (!engine) return;
    expect(await engine.debit({ bucketId: "b1", key: "sms-1", amount: 4n })).toMatchObject({
      debited: 4n,
      fromReservation: 0n,
      reserved: 0n,
      balance: 6n,
    });
    await expect(engine.debit({ bucketId: "b1", key: "sms-2", amount: 7n })).rejects.toMatchObject(
      quota,
    );
    expect((await engine.getBucket("b1"))?.balance).toBe(6n);
  });
}
