/**
 * The ABMF balance engine (Account Balance Management Function, 3GPP TS 32.240 / TS 32.296 Rc;
 * TMF654 Prepay Balance Management for the vocabulary). An account holds buckets; a bucket holds
 * an integer amount of one unit: money in minor units (cents), or octets, seconds, messages.
 * Amounts are bigint and never floating point.
 *
 * Every action can be retried safely. Debits, top-ups and adjustments are recorded by their key:
 * a repeat returns the first result (with `replayed: true`) and changes nothing. Reserve and
 * release act on a reservation's state (hold at least N; end it), so repeating them changes
 * nothing either. Unless a debit explicitly allows an overdraft, a bucket is never overdrawn:
 * `available` (balance minus live reservations) stays at or above zero. Reservations expire,
 * returning their units.
 */

/** The largest amount or balance magnitude: both implementations keep integers exact up to 2^53 − 1. */
export const MAX_AMOUNT = BigInt(Number.MAX_SAFE_INTEGER);

export interface BucketSpec {
  readonly id: string;
  readonly accountId: string;
  /** ISO 4217 code for money (amounts in minor units), or `octets`, `seconds`, `messages`. */
  readonly unit: string;
  /** Opening balance, default 0. */
  readonly initial?: bigint;
}

export interface Bucket {
  readonly id: string;
  readonly accountId: string;
  readonly unit: string;
  /** Everything in the bucket, reserved or not (negative only after an allowed overdraft). */
  readonly balance: bigint;
  /** The sum of the live (unexpired) reservations. */
  readonly reserved: bigint;
  /** balance − reserved: what a new reservation or a debit can still take. */
  readonly available: bigint;
}

export interface ReserveRequest {
  readonly bucketId: string;
  /**
   * The reservation key: one per rating session and rating group, e.g. `<RatingDataRef>/<ratingGroup>`.
   * Reserve means "make sure the reservation holds at least `amount`": a reservation already holding
   * that much changes nothing (so a retry is harmless); a smaller one grows by the difference.
   */
  readonly key: string;
  /** Positive: what the reservation must hold after the call. */
  readonly amount: bigint;
  /** Lifetime from now (default the engine's `reservationTtlMs`); every reserve call renews it. */
  readonly ttlMs?: number;
  /**
   * Last units: when the difference is not available, add the largest multiple of `step` that
   * is, and report `finalUnits`. Without it the reservation is all or nothing (QUOTA_LIMIT_REACHED).
   */
  readonly partialStep?: bigint;
}

export interface ReserveResult {
  readonly action: "reserve";
  readonly bucketId: string;
  readonly key: string;
  readonly requested: bigint;
  /** What the reservation holds after the call. */
  readonly reserved: bigint;
  /** What this call took from the available units (0 when the reservation already held enough). */
  readonly added: bigint;
  /** True when the reservation holds less than requested: the last units of the balance. */
  readonly finalUnits: boolean;
  /** Epoch milliseconds after which the reservation no longer holds units. */
  readonly expiresAt: number;
  /** What was left available right after this action. */
  readonly available: bigint;
}

/**
 * What a debit does when the reservation and the available units cannot cover it:
 * - `refuse` (default): QUOTA_LIMIT_REACHED, and nothing changes (immediate event charging).
 * - `cap`: charge what can be covered and report the rest as `shortfall`; never below zero.
 * - `allow`: charge it all, taking the balance below zero (usage already consumed, as SigScale
 *   charges final usage; the contract's `allowOverdraft`).
 */
export type OverdraftPolicy = "refuse" | "cap" | "allow";

export interface DebitRequest {
  readonly bucketId: string;
  /** The debit's own idempotency key (the debitId), e.g. `<RatingDataRef>/<ratingGroup>/<sequence>`. */
  readonly key: string;
  /** The reservation consumed first; it stays open with what it still holds. Absent: a direct debit. */
  readonly reservationKey?: string;
  /** Non-negative: the price of the units used. */
  readonly amount: bigint;
  readonly overdraft?: OverdraftPolicy;
}

export interface DebitResult {
  readonly action: "debit";
  readonly bucketId: string;
  readonly key: string;
  readonly requested: bigint;
  /** What left the balance: fromReservation + what came from the available units. */
  readonly debited: bigint;
  readonly fromReservation: bigint;
  /** What the reservation still holds after the debit (0 without one). */
  readonly reserved: bigint;
  /** requested − debited: usage not charged (only with overdraft `cap`). */
  readonly shortfall: bigint;
  /** May be negative only after an `allow` overdraft. */
  readonly balance: bigint;
  readonly available: bigint;
  readonly replayed: boolean;
}

export interface ReleaseRequest {
  readonly bucketId: string;
  readonly key: string;
}

/** Release ends a reservation; releasing an unknown, expired or released key returns 0 and succeeds. */
export interface ReleaseResult {
  readonly action: "release";
  readonly bucketId: string;
  readonly key: string;
  /** What the reservation still held, credited back to the available units. */
  readonly released: bigint;
  readonly available: bigint;
}

export interface CreditRequest {
  readonly bucketId: string;
  readonly key: string;
  /** topUp: positive. adjust: non-zero, negative to take units away (never below zero). */
  readonly amount: bigint;
}

export interface CreditResult {
  readonly action: "topUp" | "adjust";
  readonly bucketId: string;
  readonly key: string;
  readonly amount: bigint;
  readonly balance: bigint;
  readonly available: bigint;
  readonly replayed: boolean;
}

export interface BalanceEngine {
  /** Creates the bucket; when it exists already, returns it unchanged (BUCKET_EXISTS if it differs). */
  createBucket(spec: BucketSpec): Promise<Bucket>;
  getBucket(bucketId: string): Promise<Bucket | undefined>;
  /** The buckets of an account, ordered by id. */
  getAccount(accountId: string): Promise<Bucket[]>;
  reserve(request: ReserveRequest): Promise<ReserveResult>;
  debit(request: DebitRequest): Promise<DebitResult>;
  /** Ends a reservation, returning what it still holds (the refund of the unused units). */
  release(request: ReleaseRequest): Promise<ReleaseResult>;
  topUp(request: CreditRequest): Promise<CreditResult>;
  adjust(request: CreditRequest): Promise<CreditResult>;
}

export interface BalanceEngineOptions {
  /** Default reservation lifetime (default 10 minutes). */
  readonly reservationTtlMs?: number;
  /** How long an action's result is remembered for replays (default 24 hours, at least the TTL). */
  readonly idempotencyWindowMs?: number;
  /** Epoch milliseconds; injectable for tests. Default Date.now. */
  readonly clock?: () => number;
}

export const DEFAULT_RESERVATION_TTL_MS = 10 * 60 * 1000;
export const DEFAULT_IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
