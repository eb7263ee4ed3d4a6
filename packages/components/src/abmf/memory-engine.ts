/**
 * The balance engine in this process. Each action runs synchronously from its first read to its
 * last write, so concurrent calls cannot interleave inside one: that is the atomicity the Redis
 * engine gets from its Lua script. The two are checked by one contract test suite.
 */
import { AbmfError, AbmfErrorCode, bucketNotFound, quotaLimitReached } from "./abmf-error";
import { checkAmount, checkBalanceLimit, checkName, checkTtl, wholeSteps } from "./checks";
import {
  DEFAULT_IDEMPOTENCY_WINDOW_MS,
  DEFAULT_RESERVATION_TTL_MS,
  type BalanceEngine,
  type BalanceEngineOptions,
  type Bucket,
  type BucketSpec,
  type CreditRequest,
  type CreditResult,
  type DebitRequest,
  type DebitResult,
  type ReleaseRequest,
  type ReleaseResult,
  type ReserveRequest,
  type ReserveResult,
} from "./types";

interface BucketState {
  readonly id: string;
  readonly accountId: string;
  readonly unit: string;
  balance: bigint;
  reserved: bigint;
  readonly reservations: Map<string, { amount: bigint; expiresAt: number }>;
}

type RecordedResult = DebitResult | CreditResult;

export class MemoryBalanceEngine implements BalanceEngine {
  private readonly buckets = new Map<string, BucketState>();
  private readonly results = new Map<string, { result: RecordedResult; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly windowMs: number;
  private readonly clock: () => number;
  private lastPrune = Number.NEGATIVE_INFINITY;

  constructor(options: BalanceEngineOptions = {}) {
    this.ttlMs = options.reservationTtlMs ?? DEFAULT_RESERVATION_TTL_MS;
    this.windowMs = Math.max(
      options.idempotencyWindowMs ?? DEFAULT_IDEMPOTENCY_WINDOW_MS,
      this.ttlMs,
    );
    this.clock = options.clock ?? Date.now;
  }

  async createBucket(spec: BucketSpec): Promise<Bucket> {
    checkName("bucket id", spec.id);
    checkName("account id", spec.accountId);
    checkName("unit", spec.unit);
    const initial = spec.initial ?? 0n;
    checkAmount("initial", initial, "nonNegative");
    const existing = this.buckets.get(spec.id);
    if (existing) {
      if (existing.accountId !== spec.accountId || existing.unit !== spec.unit) {
        throw new AbmfError(
          AbmfErrorCode.BUCKET_EXISTS,
          `bucket "${spec.id}" exists with another account or unit`,
        );
      }
      return view(this.sweep(existing));
    }
    const state: BucketState = { ...spec, balance: initial, reserved: 0n, reservations: new Map() };
    this.buckets.set(spec.id, state);
    return view(state);
  }

  async getBucket(bucketId: string): Promise<Bucket | undefined> {
    checkName("bucket id", bucketId);
    const state = this.buckets.get(bucketId);
    return state && view(this.sweep(state));
  }

  async getAccount(accountId: string): Promise<Bucket[]> {
    checkName("account id", accountId);
    return [...this.buckets.values()]
      .filter((b) => b.accountId === accountId)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((b) => view(this.sweep(b)));
  }

  async reserve(request: ReserveRequest): Promise<ReserveResult> {
    checkAmount("amount", request.amount, "positive");
    if (request.partialStep !== undefined)
      checkAmount("partialStep", request.partialStep, "positive");
    const ttlMs = request.ttlMs ?? this.ttlMs;
    checkTtl(ttlMs);
    checkName("key", request.key);
    const { bucket, now } = this.open(request.bucketId);
    const held = bucket.reservations.get(request.key)?.amount ?? 0n;
    const need = request.amount > held ? request.amount - held : 0n;
    const available = bucket.balance - bucket.reserved;
    let added = need;
    if (need > available) {
      added =
        request.partialStep === undefined
          ? 0n
          : wholeSteps(available > 0n ? available : 0n, request.partialStep);
      if (request.partialStep === undefined || held + added === 0n) {
        throw quotaLimitReached(bucket.id, request.partialStep ?? need, available);
      }
    }
    const expiresAt = now + ttlMs;
    bucket.reservations.set(request.key, { amount: held + added, expiresAt });
    bucket.reserved += added;
    return {
      action: "reserve",
      bucketId: bucket.id,
      key: request.key,
      requested: request.amount,
      reserved: held + added,
      added,
      finalUnits: held + added < request.amount,
      expiresAt,
      available: bucket.balance - bucket.reserved,
    };
  }

  async debit(request: DebitRequest): Promise<DebitResult> {
    checkAmount("amount", request.amount, "nonNegative");
    if (request.reservationKey !== undefined) checkName("reservation key", request.reservationKey);
    return this.once(request.bucketId, "debit", request.key, (bucket) => {
      const reservation =
        request.reservationKey === undefined
          ? undefined
          : bucket.reservations.get(request.reservationKey);
      const held = reservation?.amount ?? 0n;
      const available = bucket.balance - bucket.reserved;
      const fromReservation = min(request.amount, held);
      const rest = request.amount - fromReservation;
      const fromAvailable = min(rest, available > 0n ? available : 0n);
      let shortfall = rest - fromAvailable;
      const overdraft = request.overdraft ?? "refuse";
      if (shortfall > 0n && overdraft === "refuse")
        throw quotaLimitReached(bucket.id, rest, available);
      if (overdraft === "allow") shortfall = 0n;
      const debited = request.amount - shortfall;
      checkBalanceLimit(bucket.id, -(bucket.balance - debited));
      bucket.balance -= debited;
      bucket.reserved -= fromReservation;
      if (reservation) {
        reservation.amount -= fromReservation;
        if (reservation.amount === 0n) bucket.reservations.delete(request.reservationKey as string);
      }
      return {
        action: "debit",
        bucketId: bucket.id,
        key: request.key,
        requested: request.amount,
        debited,
        fromReservation,
        reserved: held - fromReservation,
        shortfall,
        balance: bucket.balance,
        available: bucket.balance - bucket.reserved,
        replayed: false,
      };
    });
  }

  async release(request: ReleaseRequest): Promise<ReleaseResult> {
    checkName("key", request.key);
    const { bucket } = this.open(request.bucketId);
    const held = bucket.reservations.get(request.key)?.amount ?? 0n;
    bucket.reserved -= held;
    bucket.reservations.delete(request.key);
    return {
      action: "release",
      bucketId: bucket.id,
      key: request.key,
      released: held,
      available: bucket.balance - bucket.reserved,
    };
  }

  async topUp(request: CreditRequest): Promise<CreditResult> {
    checkAmount("amount", request.amount, "positive");
    return this.once(request.bucketId, "topUp", request.key, (bucket) =>
      this.credit(bucket, "topUp", request),
    );
  }

  async adjust(request: CreditRequest): Promise<CreditResult> {
    checkAmount("amount", request.amount, "nonZero");
    return this.once(request.bucketId, "adjust", request.key, (bucket) =>
      this.credit(bucket, "adjust", request),
    );
  }

  private credit(
    bucket: BucketState,
    action: "topUp" | "adjust",
    request: CreditRequest,
  ): CreditResult {
    const available = bucket.balance - bucket.reserved;
    if (request.amount < 0n && -request.amount > available) {
      throw quotaLimitReached(bucket.id, -request.amount, available);
    }
    checkBalanceLimit(bucket.id, bucket.balance + request.amount);
    bucket.balance += request.amount;
    return {
      action,
      bucketId: bucket.id,
      key: request.key,
      amount: request.amount,
      balance: bucket.balance,
      available: bucket.balance - bucket.reserved,
      replayed: false,
    };
  }

  /** The bucket, after returning the units of its expired reservations. */
  private open(bucketId: string): { bucket: BucketState; now: number } {
    checkName("bucket id", bucketId);
    const bucket = this.buckets.get(bucketId);
    if (!bucket) throw bucketNotFound(bucketId);
    const now = this.clock();
    this.sweep(bucket, now);
    return { bucket, now };
  }

  /** Runs `apply` unless this action and key already ran: then returns the first result. */
  private once<R extends RecordedResult>(
    bucketId: string,
    action: R["action"],
    key: string,
    apply: (bucket: BucketState) => R,
  ): R {
    checkName("key", key);
    const { bucket, now } = this.open(bucketId);
    const recordKey = `${bucketId}\u0000${action}\u0000${key}`;
    const prior = this.results.get(recordKey);
    if (prior && prior.expiresAt > now) return { ...(prior.result as R), replayed: true };
    const result = apply(bucket); // a throw leaves nothing recorded: a refused action may be retried
    this.results.set(recordKey, { result, expiresAt: now + this.windowMs });
    return result;
  }

  /** Returns the units of expired reservations (expiresAt <= now), and forgets old results. */
  private sweep(bucket: BucketState, now = this.clock()): BucketState {
    for (const [key, reservation] of bucket.reservations) {
      if (reservation.expiresAt <= now) {
        bucket.reserved -= reservation.amount;
        bucket.reservations.delete(key);
      }
    }
    if (now - this.lastPrune >= 1000) {
      this.lastPrune = now;
      for (const [key, record] of this.results)
        if (record.expiresAt <= now) this.results.delete(key);
    }
    return bucket;
  }
}

function view(state: BucketState): Bucket {
  return {
    id: state.id,
    accountId: state.accountId,
    unit: state.unit,
    balance: state.balance,
    reserved: state.reserved,
    available: state.balance - state.reserved,
  };
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
