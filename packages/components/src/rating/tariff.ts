/**
 * From a TMF620 ProductOfferingPrice (priceType "usage": `price` Money {unit, value} per
 * `unitOfMeasure` Quantity {amount, units}) to a tariff in integers: `unitPrice` minor units of
 * money per `unitSize` base units of usage. Rating then never touches floating point.
 */
import { ceilDiv, gcd, parseDecimal } from "./decimal";
import { RatingError } from "./rating-error";
import { minorUnitExponent, parseUnitOfMeasure, type UsageUnit } from "./units";

/** The fields of a TMF620 v4 ProductOfferingPrice that rating reads. */
export interface ProductOfferingPriceLike {
  readonly id?: string;
  readonly priceType?: string;
  readonly price?: { readonly unit?: string; readonly value?: number | string };
  readonly unitOfMeasure?: { readonly amount?: number | string; readonly units?: string };
}

export interface Tariff {
  /** ISO 4217 code. */
  readonly currency: string;
  /** Amounts are in 10^-moneyExponent of the currency: its minor units (2 for EUR) unless chosen. */
  readonly moneyExponent: number;
  readonly usageUnit: UsageUnit;
  /** Base units (octets, seconds, messages) in one rating unit: usage is charged per started rating unit. */
  readonly unitSize: bigint;
  /** Money (in 10^-moneyExponent currency units) per rating unit. 0 for zero-rated usage. */
  readonly unitPrice: bigint;
  /** The ProductOfferingPrice id, for traces. */
  readonly priceId?: string;
}

/**
 * The tariff of a usage price. When the price of one catalog unit is not a whole number of minor
 * units (0.5 cent per MB), the rating unit grows to the fewest catalog units whose price is whole
 * (1 cent per 2 MB): the price per octet is exactly the catalog's, and usage is charged in blocks.
 */
export interface TariffOptions {
  /**
   * Count money in 10^-moneyExponent of the currency instead of its minor units, e.g. 6 for the
   * millionths of the BalanceManagement contract's `money` unit (0.75 CAD = 750000).
   */
  readonly moneyExponent?: number;
}

export function tariffFromPrice(
  pop: ProductOfferingPriceLike,
  options: TariffOptions = {},
): Tariff {
  if (pop.priceType !== "usage") {
    throw new RatingError(
      "priceType",
      `only "usage" prices rate usage, got ${JSON.stringify(pop.priceType)}`,
    );
  }
  if (!pop.price) throw new RatingError("price", "missing");
  if (!pop.unitOfMeasure)
    throw new RatingError("unitOfMeasure", "missing: a usage price needs its unit");
  const currency = pop.price.unit;
  const minor = minorUnitExponent("price.unit", currency);
  const exponent = options.moneyExponent ?? minor;
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 18) {
    throw new RatingError("moneyExponent", `must be an integer in 0..18, got ${exponent}`);
  }
  const value = parseDecimal("price.value", pop.price.value);
  if (value.digits < 0n) throw new RatingError("price.value", "a usage price cannot be negative");
  const [usageUnit, perUnit] = parseUnitOfMeasure("unitOfMeasure.units", pop.unitOfMeasure.units);
  const amount = parseDecimal("unitOfMeasure.amount", pop.unitOfMeasure.amount ?? 1);
  // Base units in `amount` catalog units: amount.digits * perUnit / 10^amount.scale, which must be whole.
  const scaledAmount = amount.digits * perUnit;
  const amountDivisor = 10n ** BigInt(amount.scale);
  if (amount.digits <= 0n || scaledAmount % amountDivisor !== 0n) {
    throw new RatingError(
      "unitOfMeasure.amount",
      `must be a positive whole number of ${usageUnit}`,
    );
  }
  const baseUnits = scaledAmount / amountDivisor;
  // Price in minor units = value.digits * 10^exponent / 10^value.scale = numerator / denominator.
  const shift = exponent - value.scale;
  const numerator = value.digits * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const denominator = shift < 0 ? 10n ** BigInt(-shift) : 1n;
  const blocks = denominator / gcd(numerator, denominator); // 1 when the price is whole already
  return {
    currency: currency as string,
    moneyExponent: exponent,
    usageUnit,
    unitSize: baseUnits * blocks,
    unitPrice: (numerator * blocks) / denominator,
    ...(pop.id !== undefined ? { priceId: pop.id } : {}),
  };
}

/** The price of `usage` base units: per started rating unit, rounded up (0 usage costs 0). */
export function priceOf(tariff: Tariff, usage: bigint): bigint {
  if (usage < 0n) throw new RatingError("usage", `cannot be negative, got ${usage}`);
  return ceilDiv(usage, tariff.unitSize) * tariff.unitPrice;
}

/** `units` rounded up to a whole number of rating units. */
export function wholeRatingUnits(tariff: Tariff, units: bigint): bigint {
  return ceilDiv(units, tariff.unitSize) * tariff.unitSize;
}
