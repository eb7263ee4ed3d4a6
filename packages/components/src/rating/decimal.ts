/** Exact decimals: a JSON number or string such as `0.75` or `2e-9` as an integer and a scale. */
import { RatingError } from "./rating-error";

/** value = digits / 10^scale, digits and scale integers, scale >= 0. */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-]?)\.(\d+)(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a decimal exactly. A JS number goes through its shortest round-trip string (`0.1` stays
 * `0.1`), so what was written in the JSON document is what gets rated: never binary floating point.
 */
export function parseDecimal(path: string, value: unknown): Decimal {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== "string")
    throw new RatingError(path, `expected a decimal number, got ${JSON.stringify(value)}`);
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new RatingError(path, `"${text}" is not a decimal number`);
  const sign = m[1] ?? m[5] ?? "";
  const whole = m[2] ?? "0";
  const fraction = m[3] ?? m[6] ?? "";
  const exponent = Number(m[4] ?? m[7] ?? 0);
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  // Normalise trailing zeros so that 1.50 and 1.5 are the same value.
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale -= 1;
  }
  return { digits: sign === "-" ? -digits : digits, scale };
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** ceil(a / b) for a >= 0, b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}
