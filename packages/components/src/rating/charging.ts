/**
 * Rating joined to the balance: what the RF does per request once it has the subscriber's bucket
 * and tariff (docs/rating-policy.md). One reservation per rating session and rating group holds
 * the price of the current grant: used units are debited from it, the next grant tops it up
 * again (cut to the last units when the balance is short), and release returns what is left.
 */
import type {
  BalanceEngine,
  DebitResult,
  OverdraftPolicy,
  ReleaseResult,
  ReserveResult,
} from "../abmf";
import {
  DEFAULT_RATING_POLICY,
  type Grant,
  type RatingPolicy,
  grantFromReservation,
  planGrant,
} from "./grant";
import { type Tariff, priceOf } from "./tariff";

export interface ReserveGrantRequest {
  readonly bucketId: string;
  /** The reservation key: one per rating session and rating group, e.g. `<RatingDataRef>/32`. */
  readonly key: string;
  readonly tariff: Tariff;
  /** Units asked for (undefined or 0: the policy's default grant). */
  readonly requested?: bigint;
  readonly policy?: RatingPolicy;
}

export interface ReservedGrant extends Grant {
  /** What the ABMF answered; absent for zero-rated usage, which needs no reservation. */
  readonly reservation?: ReserveResult;
}

/**
 * Makes the session's reservation hold the price of the next grant, and returns that grant. Throws
 * AbmfError QUOTA_LIMIT_REACHED when the reservation cannot hold even one rating unit.
 */
export async function reserveGrant(
  engine: BalanceEngine,
  request: ReserveGrantRequest,
): Promise<ReservedGrant> {
  const policy = request.policy ?? DEFAULT_RATING_POLICY;
  const plan = planGrant(request.tariff, request.requested, policy);
  if (plan.price === 0n) return grantFromReservation(request.tariff, plan, 0n);
  const reservation = await engine.reserve({
    bucketId: request.bucketId,
    key: request.key,
    amount: plan.price,
    partialStep: plan.step,
    ttlMs: policy.validityTimeSeconds * 1000,
  });
  return { ...grantFromReservation(request.tariff, plan, reservation.reserved), reservation };
}

export interface ChargeUsageRequest {
  readonly bucketId: string;
  /** The debit's idempotency key, one per report: e.g. `<RatingDataRef>/32/<invocationSequenceNumber>`. */
  readonly debitKey: string;
  /** The session's reservation, consumed first. */
  readonly reservationKey: string;
  readonly tariff: Tariff;
  /** Base units used (octets, seconds, messages). */
  readonly consumed: bigint;
  /** Default `cap`: usage the balance cannot pay is reported as `shortfall`, never overdrawn. */
  readonly overdraft?: OverdraftPolicy;
}

/** Debits the price of the used units, from the session's reservation first. */
export function chargeUsage(
  engine: BalanceEngine,
  request: ChargeUsageRequest,
): Promise<DebitResult> {
  return engine.debit({
    bucketId: request.bucketId,
    key: request.debitKey,
    reservationKey: request.reservationKey,
    amount: priceOf(request.tariff, request.consumed),
    overdraft: request.overdraft ?? "cap",
  });
}

/** Ends the session's reservation: what it still holds goes back to the balance. */
export function endReservation(
  engine: BalanceEngine,
  bucketId: string,
  reservationKey: string,
): Promise<ReleaseResult> {
  return engine.release({ bucketId, key: reservationKey });
}
