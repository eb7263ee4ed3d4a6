/**
 * The grant policy (docs/rating-policy.md): how many units a session gets per request, what they
 * cost, and what happens when the balance covers only part of a grant (the last units).
 */
import type { Tariff } from "./tariff";
import { priceOf, wholeRatingUnits } from "./tariff";
import { UsageUnit } from "./units";

export interface RatingPolicy {
  /** Granted when the request names no amount (Nchf `requestedUnit: {}`: centralized unit determination). */
  readonly defaultGrant: Readonly<Record<UsageUnit, bigint>>;
  /** The most one request may get, whatever it asks for. */
  readonly maxGrant: Readonly<Record<UsageUnit, bigint>>;
  /** Seconds the granted units stay valid (Nchf `validityTime`); the reservation lives as long. */
  readonly validityTimeSeconds: number;
}

export const DEFAULT_RATING_POLICY: RatingPolicy = {
  // 100 MB: the grant of the Nrf_Rating examples; an hour of time; one message (event-like).
  defaultGrant: { octets: 100_000_000n, seconds: 3_600n, messages: 1n },
  maxGrant: { octets: 1_000_000_000n, seconds: 86_400n, messages: 100n },
  validityTimeSeconds: 3_600,
};

/** What to ask the ABMF for: a grant of `units` costs `price`. */
export interface GrantPlan {
  readonly units: bigint;
  readonly price: bigint;
  /** The smallest acceptable reservation: one rating unit's price (the partial step). */
  readonly step: bigint;
}

/** The units to grant for a request (undefined: the default grant), in whole rating units. */
export function planGrant(
  tariff: Tariff,
  requested: bigint | undefined,
  policy = DEFAULT_RATING_POLICY,
): GrantPlan {
  const max = policy.maxGrant[tariff.usageUnit];
  const wanted =
    requested === undefined || requested <= 0n ? policy.defaultGrant[tariff.usageUnit] : requested;
  let units = wholeRatingUnits(tariff, wanted < max ? wanted : max);
  // Never round a capped grant above the cap: drop to the rating units that fit (at least one).
  if (units > max && units > tariff.unitSize) units -= tariff.unitSize;
  return { units, price: priceOf(tariff, units), step: tariff.unitPrice };
}

/** Nchf / Nrf FinalUnitIndication (TS 32.291): what the network does when the units run out. */
export interface FinalUnitIndication {
  readonly finalUnitAction: "TERMINATE" | "REDIRECT" | "RESTRICT_ACCESS";
}

export interface Grant {
  readonly units: bigint;
  /** What the reservation holds for these units. */
  readonly price: bigint;
  /** Present when these are the last units the balance can pay for (the grant was cut). */
  readonly finalUnitIndication?: FinalUnitIndication;
}

/**
 * The grant a reservation pays for. The ABMF reserves the plan's price, or (last units) the
 * largest multiple of `plan.step` it can: then the grant is cut to what was reserved and carries
 * a final unit indication TERMINATE. Zero-rated usage needs no reservation and gets the plan.
 */
export function grantFromReservation(tariff: Tariff, plan: GrantPlan, reserved: bigint): Grant {
  if (tariff.unitPrice === 0n || reserved >= plan.price)
    return { units: plan.units, price: plan.price };
  const ratingUnits = reserved / tariff.unitPrice;
  return {
    units: ratingUnits * tariff.unitSize,
    price: ratingUnits * tariff.unitPrice,
    finalUnitIndication: { finalUnitAction: "TERMINATE" },
  };
}

/** Nchf RequestedUnit / UsedUnitContainer and Nrf requestedUnit / consumedUnit, as far as rating reads them. */
export interface UnitContainer {
  readonly time?: number | bigint;
  readonly totalVolume?: number | bigint;
  readonly uplinkVolume?: number | bigint;
  readonly downlinkVolume?: number | bigint;
  readonly serviceSpecificUnits?: number | bigint;
  /** Nrf spells it in the singular (NOTES-RATING-NRF.md). */
  readonly serviceSpecificUnit?: number | bigint;
}

/**
 * The amount of `unit` in a container: totalVolume (else uplink + downlink, as SigScale OCS does)
 * for octets, time for seconds, service specific units for messages. Undefined when absent.
 */
export function unitsIn(container: UnitContainer | undefined, unit: UsageUnit): bigint | undefined {
  if (!container) return undefined;
  const big = (v: number | bigint | undefined) => (v === undefined ? undefined : BigInt(v));
  switch (unit) {
    case UsageUnit.OCTETS: {
      const total = big(container.totalVolume);
      if (total !== undefined) return total;
      const up = big(container.uplinkVolume);
      const down = big(container.downlinkVolume);
      return up === undefined && down === undefined ? undefined : (up ?? 0n) + (down ?? 0n);
    }
    case UsageUnit.SECONDS:
      return big(container.time);
    case UsageUnit.MESSAGES:
      return big(container.serviceSpecificUnits ?? container.serviceSpecificUnit);
  }
}

/** A container holding `units` of the tariff's unit, for a grantedUnit in a response. */
export function containerOf(unit: UsageUnit, units: bigint): UnitContainer {
  switch (unit) {
    case UsageUnit.OCTETS:
      return { totalVolume: units };
    case UsageUnit.SECONDS:
      return { time: units };
    case UsageUnit.MESSAGES:
      return { serviceSpecificUnits: units };
  }
}
