/**
 * Between the BalanceManagement contract's amounts and the balance engine's buckets. A bucket's
 * engine unit is the ISO 4217 code for money (amounts in millionths of the currency, the
 * contract's `money` unit) or the contract's unit name (`octets`, `seconds`, `events`).
 */
import { parseDecimal } from "../../rating/decimal";
import type {
  BalanceAmount,
  BalanceUnit,
  Quantity,
} from "../../../../../generated/balance-management";

/** Money in the contract counts millionths of the currency unit (0.75 CAD = 750000). */
export const MONEY_EXPONENT = 6;

const CURRENCY = /^[A-Z]{3}$/;
const COUNTED_UNITS = new Set(["octets", "seconds", "events"]);

/** The engine unit of an amount: its currency for money, else the unit name. */
export function engineUnitOf(amount: { units: BalanceUnit; currencyCode?: string }): string {
  if (amount.units === "money") {
    if (!amount.currencyCode || !CURRENCY.test(amount.currencyCode))
      throw new TypeError("a money amount needs its currencyCode (ISO 4217, e.g. EUR)");
    return amount.currencyCode;
  }
  return amount.units;
}

export function isMoneyUnit(engineUnit: string): boolean {
  return CURRENCY.test(engineUnit);
}

/** A contract amount in the engine unit of a bucket. */
export function balanceAmount(engineUnit: string, amount: bigint): BalanceAmount {
  return isMoneyUnit(engineUnit)
    ? { units: "money", amount, currencyCode: engineUnit }
    : { units: engineUnit as BalanceUnit, amount };
}

/**
 * A TMF654 Quantity (`{ amount: 2.5, units: "EUR" }`) as an engine unit and an exact integer:
 * money in millionths, read from the number's shortest decimal text, never through binary float.
 */
export function fromQuantity(quantity: Quantity): { unit: string; amount: bigint } {
  const units = quantity.units?.trim() ?? "";
  const unit = CURRENCY.test(units) ? units : units.toLowerCase();
  if (!CURRENCY.test(unit) && !COUNTED_UNITS.has(unit))
    throw new TypeError(
      `amount.units must be an ISO 4217 currency code or one of octets, seconds, events; got "${quantity.units ?? ""}"`,
    );
  const exponent = CURRENCY.test(unit) ? MONEY_EXPONENT : 0;
  const decimal = parseDecimal("amount.amount", quantity.amount);
  if (decimal.scale > exponent)
    throw new TypeError(
      `amount.amount ${quantity.amount} has more decimals than ${unit} allows (${exponent})`,
    );
  return { unit, amount: decimal.digits * 10n ** BigInt(exponent - decimal.scale) };
}

/** An engine amount as a TMF654 Quantity (a float: only for display, as TMF654 specifies it). */
export function toQuantity(unit: string, amount: bigint): Quantity {
  const exponent = isMoneyUnit(unit) ? MONEY_EXPONENT : 0;
  return { amount: Number(amount) / 10 ** exponent, units: unit };
}
