import { MemoryBalanceEngine } from "../../src/abmf";
import {
  DEFAULT_RATING_POLICY,
  chargeUsage,
  containerOf,
  endReservation,
  grantFromReservation,
  planGrant,
  reserveGrant,
  tariffFromPrice,
  unitsIn,
} from "../../src/rating";

const centPerMb = tariffFromPrice({
  priceType: "usage",
  price: { unit: "EUR", value: 0.01 },
  unitOfMeasure: { amount: 1, units: "MB" },
});
const threeCentsPer10Mb = tariffFromPrice({
  priceType: "usage",
  price: { unit: "EUR", value: 0.03 },
  unitOfMeasure: { amount: 10, units: "MB" },
});

describe("planGrant", () => {
  it("grants the default when the request names no amount (centralized unit determination)", () => {
    expect(planGrant(centPerMb, undefined)).toEqual({ units: 100_000_000n, price: 100n, step: 1n });
    expect(planGrant(centPerMb, 0n).units).toBe(DEFAULT_RATING_POLICY.defaultGrant.octets);
  });

  it("rounds a requested amount up to whole rating units", () => {
    expect(planGrant(threeCentsPer10Mb, 15_000_001n)).toEqual({
      units: 20_000_000n,
      price: 6n,
      step: 3n,
    });
  });

  it("caps the grant at the policy maximum, in whole rating units", () => {
    expect(planGrant(centPerMb, 5_000_000_000n).units).toBe(1_000_000_000n);
    const odd = tariffFromPrice({
      priceType: "usage",
      price: { unit: "EUR", value: 1 },
      unitOfMeasure: { amount: 300, units: "MB" },
    });
    expect(planGrant(odd, 5_000_000_000n)).toMatchObject({ units: 900_000_000n, price: 300n });
  });
});

describe("grantFromReservation: the last units", () => {
  const plan = planGrant(threeCentsPer10Mb, 100_000_000n); // 10 rating units, 30 cents
  it("grants the plan when the reservation covers it", () => {
    expect(grantFromReservation(threeCentsPer10Mb, plan, 30n)).toEqual({
      units: 100_000_000n,
      price: 30n,
    });
  });
  it("cuts the grant to the rating units reserved and marks it final", () => {
    expect(grantFromReservation(threeCentsPer10Mb, plan, 12n)).toEqual({
      units: 40_000_000n,
      price: 12n,
      finalUnitIndication: { finalUnitAction: "TERMINATE" },
    });
  });
  it("grants zero-rated usage in full with no reservation", () => {
    const free = tariffFromPrice({
      priceType: "usage",
      price: { unit: "EUR", value: 0 },
      unitOfMeasure: { amount: 1, units: "MB" },
    });
    expect(grantFromReservation(free, planGrant(free, undefined), 0n)).toEqual({
      units: 100_000_000n,
      price: 0n,
    });
  });
});

describe("unitsIn / containerOf (Nchf and Nrf unit containers)", () => {
  it("reads octets from totalVolume, else uplink + downlink", () => {
    expect(unitsIn({ totalVolume: 83_256_442 }, "octets")).toBe(83_256_442n);
    expect(unitsIn({ uplinkVolume: 10, downlinkVolume: 5n }, "octets")).toBe(15n);
    expect(unitsIn({ time: 60 }, "octets")).toBeUndefined();
    expect(unitsIn(undefined, "seconds")).toBeUndefined();
  });
  it("reads messages from either spelling of service specific units", () => {
    expect(unitsIn({ serviceSpecificUnits: 2 }, "messages")).toBe(2n);
    expect(unitsIn({ serviceSpecificUnit: 3 }, "messages")).toBe(3n);
  });
  it("writes a grantedUnit container", () => {
    expect(containerOf("seconds", 3_600n)).toEqual({ time: 3_600n });
  });
});

/**
 * The worked example of docs/rating-policy.md (the deterministic demo of NOTES-E2E-FLOW.md):
 * 2.50 EUR, 1 cent per MB, grants of 100 MB each fully used.
 */
describe("worked example: one data session until the money runs out", () => {
  it("grants 100, 100, then the last 50 MB with TERMINATE, then refuses", async () => {
    const engine = new MemoryBalanceEngine();
    await engine.createBucket({
      id: "eur",
      accountId: "imsi-001010000000001",
      unit: "EUR",
      initial: 250n,
    });
    const session = { bucketId: "eur", tariff: centPerMb };
    const reservationKey = "ref/32";

    const create = await reserveGrant(engine, { ...session, key: reservationKey });
    expect(create).toMatchObject({
      units: 100_000_000n,
      price: 100n,
      reservation: { reserved: 100n, available: 150n },
    });
    expect(create.finalUnitIndication).toBeUndefined();

    // Update 1: 100 MB used, debited from the reservation; the next grant tops it up again.
    expect(
      await chargeUsage(engine, {
        ...session,
        debitKey: "ref/32/2",
        reservationKey,
        consumed: 100_000_000n,
      }),
    ).toMatchObject({
      debited: 100n,
      fromReservation: 100n,
      reserved: 0n,
      balance: 150n,
    });
    const update1 = await reserveGrant(engine, { ...session, key: reservationKey });
    expect(update1).toMatchObject({
      units: 100_000_000n,
      reservation: { added: 100n, available: 50n },
    });

    // Update 2: only 50 cents left, so the grant is cut to 50 MB and marked final.
    await chargeUsage(engine, {
      ...session,
      debitKey: "ref/32/3",
      reservationKey,
      consumed: 100_000_000n,
    });
    const update2 = await reserveGrant(engine, { ...session, key: reservationKey });
    expect(update2).toMatchObject({
      units: 50_000_000n,
      price: 50n,
      finalUnitIndication: { finalUnitAction: "TERMINATE" },
    });
    expect(update2.reservation?.finalUnits).toBe(true);

    // Release: the network stops at the final units; 49.5 MB used cost 50 cents (started MB).
    expect(
      await chargeUsage(engine, {
        ...session,
        debitKey: "ref/32/4",
        reservationKey,
        consumed: 49_500_000n,
      }),
    ).toMatchObject({
      debited: 50n,
      reserved: 0n,
      shortfall: 0n,
      balance: 0n,
    });
    expect((await endReservation(engine, "eur", reservationKey)).released).toBe(0n);
    await expect(reserveGrant(engine, { ...session, key: "ref2/32" })).rejects.toMatchObject({
      code: "QUOTA_LIMIT_REACHED",
    });
    expect(await engine.getBucket("eur")).toMatchObject({ balance: 0n, reserved: 0n });
  });

  it("returns the unused part of the last grant at release", async () => {
    const engine = new MemoryBalanceEngine();
    await engine.createBucket({ id: "eur", accountId: "a", unit: "EUR", initial: 250n });
    await reserveGrant(engine, { bucketId: "eur", key: "ref/32", tariff: centPerMb });
    const debit = await chargeUsage(engine, {
      bucketId: "eur",
      debitKey: "ref/32/2",
      reservationKey: "ref/32",
      tariff: centPerMb,
      consumed: 83_256_442n,
    });
    expect(debit).toMatchObject({ debited: 84n, reserved: 16n, balance: 166n, available: 150n });
    expect(await endReservation(engine, "eur", "ref/32")).toMatchObject({
      released: 16n,
      available: 166n,
    });
  });

  it("never overdraws by default: usage beyond the balance is reported as shortfall", async () => {
    const engine = new MemoryBalanceEngine();
    await engine.createBucket({ id: "eur", accountId: "a", unit: "EUR", initial: 30n });
    await reserveGrant(engine, { bucketId: "eur", key: "ref/32", tariff: centPerMb }); // last units: 30 MB
    const debit = await chargeUsage(engine, {
      bucketId: "eur",
      debitKey: "ref/32/2",
      reservationKey: "ref/32",
      tariff: centPerMb,
      consumed: 35_000_000n,
    });
    expect(debit).toMatchObject({ requested: 35n, debited: 30n, shortfall: 5n, balance: 0n });
  });
});
