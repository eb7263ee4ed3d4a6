/**
 * One Nrf service rating item against the ABMF (docs/rating-policy.md §4–§6): a DEBIT charges the
 * price of the consumed units, from the session's reservation first (key
 * `<ref>/<ratingGroup>/<invocationSequenceNumber>`, so a retry is a replay); a RESERVE makes the
 * reservation `<ref>/<ratingGroup>` hold the price of the next grant, cut to whole rating units
 * when the balance is short (the last units, with a final unit indication).
 */
import { isModeledError } from "@oda-codegen/runtime";
import {
  grantFromReservation,
  planGrant,
  priceOf,
  unitsIn,
  type RatingPolicy,
  type Tariff,
  type UsageUnit,
} from "../../rating";
import type {
  BalanceAmount,
  BalanceManagement,
  OverdraftPolicy,
} from "../../../../../generated/balance-management";
import type {
  GrantedUnit,
  ServiceRatingRequest,
  ServiceRatingResult,
} from "../../../../../generated/rating";
import { MONEY_EXPONENT } from "../abmf/amounts";

export interface ItemContext {
  readonly abmf: BalanceManagement;
  /** The RatingDataRef (for an event, a fresh id that is never kept). */
  readonly ref: string;
  readonly sequence: number;
  readonly productId: string;
  readonly tariff: Tariff;
  readonly policy: RatingPolicy;
  readonly now: number;
  readonly overdraft: OverdraftPolicy;
}

export type ItemKind = "debit" | "grant" | "other";

export interface ItemResult {
  readonly kind: ItemKind;
  readonly result: ServiceRatingResult;
}

export async function rateItem(ctx: ItemContext, item: ServiceRatingRequest): Promise<ItemResult> {
  const ratingGroup = item.ratingGroup ?? 0;
  const base = {
    ...(item.serviceId !== undefined ? { serviceId: item.serviceId } : {}),
    ratingGroup,
  };
  switch (item.requestSubType) {
    case "DEBIT":
      return { kind: "debit", result: { ...base, ...(await debit(ctx, ratingGroup, item)) } };
    case "RESERVE":
      return { kind: "grant", result: { ...base, ...(await reserve(ctx, ratingGroup, item)) } };
    case "RELEASE":
      await releaseReservation(ctx, ratingGroup);
      return { kind: "other", result: { ...base, resultCode: "SUCCESS" } };
    default:
      // AOC and REFUND are not offered by this RF.
      return { kind: "other", result: { ...base, resultCode: "RATING_FAILED" } };
  }
}

/** Ends the reservation of a rating group; what it still holds returns to the balance. */
export async function releaseReservation(ctx: ItemContext, ratingGroup: number): Promise<void> {
  await ctx.abmf.releaseReservation({
    reservationKey: reservationKey(ctx, ratingGroup),
    productId: ctx.productId,
  });
}

function reservationKey(ctx: ItemContext, ratingGroup: number): string {
  return `${ctx.ref}/${ratingGroup}`;
}

function money(ctx: ItemContext, amount: bigint): BalanceAmount {
  return { units: "money", amount, currencyCode: ctx.tariff.currency };
}

function price(ctx: ItemContext, amount: bigint): ServiceRatingResult["price"] {
  return {
    currencyCode: ctx.tariff.currency,
    amount: { valueDigits: amount, exponent: -MONEY_EXPONENT },
  };
}

function isInsufficientBalance(error: unknown): boolean {
  return isModeledError(error) && error.shapeId === "oda.ccs.abmf#InsufficientBalance";
}

async function debit(
  ctx: ItemContext,
  ratingGroup: number,
  item: ServiceRatingRequest,
): Promise<Omit<ServiceRatingResult, "ratingGroup">> {
  const consumed = unitsIn(item.consumedUnit, ctx.tariff.usageUnit) ?? 0n;
  const amount = priceOf(ctx.tariff, consumed);
  const echo = item.consumedUnit ? { consumedUnit: item.consumedUnit } : {};
  if (amount === 0n) return { ...echo, price: price(ctx, 0n), resultCode: "SUCCESS" };
  try {
    const result = await ctx.abmf.debitAmount({
      debitId: `${reservationKey(ctx, ratingGroup)}/${ctx.sequence}`,
      ...(ctx.overdraft === "refuse" ? {} : { reservationKey: reservationKey(ctx, ratingGroup) }),
      productId: ctx.productId,
      amount: money(ctx, amount),
      overdraft: ctx.overdraft,
    });
    return { ...echo, price: price(ctx, result.debited.amount), resultCode: "SUCCESS" };
  } catch (error) {
    if (isInsufficientBalance(error)) return { ...echo, resultCode: "QUOTA_LIMIT_REACHED" };
    throw error;
  }
}

async function reserve(
  ctx: ItemContext,
  ratingGroup: number,
  item: ServiceRatingRequest,
): Promise<Omit<ServiceRatingResult, "ratingGroup">> {
  const requested = unitsIn(item.requestedUnit, ctx.tariff.usageUnit);
  const plan = planGrant(ctx.tariff, requested, ctx.policy);
  if (ctx.overdraft === "refuse") return immediateEvent(ctx, ratingGroup, plan);
  let reserved = 0n;
  if (plan.price > 0n) {
    try {
      const result = await ctx.abmf.reserveAmount({
        reservationKey: reservationKey(ctx, ratingGroup),
        productId: ctx.productId,
        amount: money(ctx, plan.price),
        allowPartial: true,
        partialStep: plan.step,
        expiresAt: new Date(ctx.now + ctx.policy.validityTimeSeconds * 1000),
      });
      reserved = result.reserved.amount;
    } catch (error) {
      if (isInsufficientBalance(error)) return { resultCode: "QUOTA_LIMIT_REACHED" };
      throw error;
    }
  }
  const grant = grantFromReservation(ctx.tariff, plan, reserved);
  return {
    grantedUnit: grantedUnit(ctx.tariff.usageUnit, grant.units),
    price: price(ctx, grant.price),
    ...(grant.finalUnitIndication ? { finalUnitIndication: grant.finalUnitIndication } : {}),
    resultCode: "SUCCESS",
  };
}

/**
 * Immediate event charging (a one-time event): the units asked for are charged at once, whole or
 * not at all, and no reservation is left behind.
 */
async function immediateEvent(
  ctx: ItemContext,
  ratingGroup: number,
  plan: { units: bigint; price: bigint },
): Promise<Omit<ServiceRatingResult, "ratingGroup">> {
  if (plan.price > 0n) {
    try {
      await ctx.abmf.debitAmount({
        debitId: `${reservationKey(ctx, ratingGroup)}/${ctx.sequence}/event`,
        productId: ctx.productId,
        amount: money(ctx, plan.price),
        overdraft: "refuse",
      });
    } catch (error) {
      if (isInsufficientBalance(error)) return { resultCode: "QUOTA_LIMIT_REACHED" };
      throw error;
    }
  }
  return {
    grantedUnit: grantedUnit(ctx.tariff.usageUnit, plan.units),
    price: price(ctx, plan.price),
    resultCode: "SUCCESS",
  };
}

/** Nrf GrantedUnit (singular `serviceSpecificUnit`; `time` is a Uint32 number). */
function grantedUnit(unit: UsageUnit, units: bigint): GrantedUnit {
  switch (unit) {
    case "octets":
      return { totalVolume: units };
    case "seconds":
      return { time: Number(units) };
    case "messages":
      return { serviceSpecificUnit: units };
  }
}
