/**
 * Units of usage (what is rated) and of money (what is charged). Usage is counted in base units:
 * octets, seconds or messages, the three unit kinds of Nchf `RequestedUnit`/`UsedUnitContainer`
 * (totalVolume, time, serviceSpecificUnits). Money is counted in minor units of its currency.
 */
import { RatingError } from "./rating-error";

export const UsageUnit = {
  OCTETS: "octets",
  SECONDS: "seconds",
  MESSAGES: "messages",
} as const;
export type UsageUnit = (typeof UsageUnit)[keyof typeof UsageUnit];

/** Catalog spellings of a unit of measure → base unit and how many base units one of it is. */
const UNITS_OF_MEASURE: Record<string, readonly [UsageUnit, bigint]> = {
  octet: [UsageUnit.OCTETS, 1n],
  byte: [UsageUnit.OCTETS, 1n],
  b: [UsageUnit.OCTETS, 1n],
  kb: [UsageUnit.OCTETS, 1_000n],
  mb: [UsageUnit.OCTETS, 1_000_000n],
  gb: [UsageUnit.OCTETS, 1_000_000_000n],
  tb: [UsageUnit.OCTETS, 1_000_000_000_000n],
  kib: [UsageUnit.OCTETS, 1n << 10n],
  mib: [UsageUnit.OCTETS, 1n << 20n],
  gib: [UsageUnit.OCTETS, 1n << 30n],
  s: [UsageUnit.SECONDS, 1n],
  sec: [UsageUnit.SECONDS, 1n],
  second: [UsageUnit.SECONDS, 1n],
  min: [UsageUnit.SECONDS, 60n],
  minute: [UsageUnit.SECONDS, 60n],
  h: [UsageUnit.SECONDS, 3_600n],
  hour: [UsageUnit.SECONDS, 3_600n],
  msg: [UsageUnit.MESSAGES, 1n],
  message: [UsageUnit.MESSAGES, 1n],
  sms: [UsageUnit.MESSAGES, 1n],
  event: [UsageUnit.MESSAGES, 1n],
};

/** A catalog unit of measure (`MB`, `Octets`, `min`, `messages`): any case, singular or plural. */
export function parseUnitOfMeasure(path: string, units: unknown): readonly [UsageUnit, bigint] {
  if (typeof units !== "string")
    throw new RatingError(path, `expected a unit of measure, got ${JSON.stringify(units)}`);
  const key = units.trim().toLowerCase();
  const found =
    UNITS_OF_MEASURE[key] ?? (key.endsWith("s") ? UNITS_OF_MEASURE[key.slice(0, -1)] : undefined);
  if (!found) {
    throw new RatingError(
      path,
      `unknown unit of measure "${units}" (known: ${Object.keys(UNITS_OF_MEASURE).join(", ")})`,
    );
  }
  return found;
}

/** ISO 4217 minor-unit exponents that are not 2; every other alphabetic code uses 2. */
const MINOR_UNIT_EXPONENT: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

export function minorUnitExponent(path: string, currency: unknown): number {
  if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency)) {
    throw new RatingError(
      path,
      `expected an ISO 4217 currency code such as "EUR", got ${JSON.stringify(currency)}`,
    );
  }
  return MINOR_UNIT_EXPONENT[currency] ?? 2;
}
