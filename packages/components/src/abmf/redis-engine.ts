/**
 * The balance engine on Redis. Each action is one run of BALANCE_SCRIPT (balance-script.ts), so
 * concurrent sessions on one bucket, from any number of processes, apply one at a time. Keys of
 * one bucket share a hash tag, so the script also runs on a Redis Cluster. Results are recorded
 * with the state change in the same script: a retry after a lost reply (Redis or network
 * restart) finds the record and is answered from it, never applied twice. Reserve and release
 * need no record: they set a reservation's state, which a repeat leaves as it is.
 */
import type { Redis } from "ioredis";
import { AbmfError, AbmfErrorCode, bucketNotFound, quotaLimitReached } from "./abmf-error";
import { BALANCE_SCRIPT, CREATE_BUCKET_SCRIPT } from "./balance-script";
import { checkAmount, checkName, checkTtl } from "./checks";
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

type Action = "get" | "reserve" | "debit" | "release" | "topUp" | "adjust";
type Raw = Record<string, string | boolean>;

export class RedisBalanceEngine implements BalanceEngine {
  private readonly ttlMs: number;
  private readonly windowMs: number;
  private readonly clock: () => number;

  /** `prefix` from keyPrefix({ lattice, component, collection: "balances" }); the caller owns `redis`. */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    options: BalanceEngineOptions = {},
  ) {
    this.ttlMs = options.reservationTtlMs ?? DEFAULT_RESERVATION_TTL_MS;
    this.windowMs = Math.max(
      options.idempotencyWindowMs ?? DEFAULT_IDEMPOTENCY_WINDOW_MS,
      this.ttlMs,
    );
    this.clock = options.clock ?? Date.now;
  }

  private bucketTag(bucketId: string): string {
    return `${this.prefix}:{${bucketId}}`;
  }
  private accountKey(accountId: string): string {
    return `${this.prefix}:account:${accountId}`;
  }

  async createBucket(spec: BucketSpec): Promise<Bucket> {
    checkName("bucket id", spec.id);
    checkName("account id", spec.accountId);
    checkName("unit", spec.unit);
    const initial = spec.initial ?? 0n;
    checkAmount("initial", initial, "nonNegative");
    const reply = await this.guard(() =>
      CREATE_BUCKET_SCRIPT.run(
        this.redis,
        [`${this.bucketTag(spec.id)}:b`],
        [spec.accountId, spec.unit, initial.toString()],
      ),
    );
    const [, accountId, unit] = reply as [number, string, string];
    if (accountId !== spec.accountId || unit !== spec.unit) {
      throw new AbmfError(
        AbmfErrorCode.BUCKET_EXISTS,
        `bucket "${spec.id}" exists with another account or unit`,
      );
    }
    // Membership is a separate key (another hash slot); adding twice is harmless.
    await this.guard(() => this.redis.sadd(this.accountKey(spec.accountId), spec.id));
    return (await this.getBucket(spec.id)) ?? Promise.reject(bucketNotFound(spec.id));
  }

  async getBucket(bucketId: string): Promise<Bucket | undefined> {
    checkName("bucket id", bucketId);
    const meta = await this.guard(() =>
      this.redis.hmget(`${this.bucketTag(bucketId)}:b`, "account", "unit"),
    );
    if (meta[0] === null || meta[1] === null) return undefined;
    const { raw } = await this.apply("get", bucketId, "-", 0n, "");
    const balance = BigInt(raw.balance as string);
    const reserved = BigInt(raw.reserved as string);
    return {
      id: bucketId,
      accountId: meta[0],
      unit: meta[1],
      balance,
      reserved,
      available: balance - reserved,
    };
  }

  async getAccount(accountId: string): Promise<Bucket[]> {
    checkName("account id", accountId);
    const ids = (await this.guard(() => this.redis.smembers(this.accountKey(accountId)))).sort();
    const buckets = await Promise.all(ids.map((id) => this.getBucket(id)));
    return buckets.filter((b): b is Bucket => b !== undefined);
  }

  async reserve(request: ReserveRequest): Promise<ReserveResult> {
    checkAmount("amount", request.amount, "positive");
    if (request.partialStep !== undefined)
      checkAmount("partialStep", request.partialStep, "positive");
    const ttlMs = request.ttlMs ?? this.ttlMs;
    checkTtl(ttlMs);
    const option = request.partialStep?.toString() ?? "";
    const { raw } = await this.apply(
      "reserve",
      request.bucketId,
      request.key,
      request.amount,
      option,
      { ttlMs },
    );
    return {
      action: "reserve",
      bucketId: request.bucketId,
      key: request.key,
      requested: BigInt(raw.requested as string),
      reserved: BigInt(raw.reserved as string),
      added: BigInt(raw.added as string),
      finalUnits: raw.finalUnits === true,
      expiresAt: Number(raw.expiresAt),
      available: BigInt(raw.available as string),
    };
  }

  async debit(request: DebitRequest): Promise<DebitResult> {
    checkAmount("amount", request.amount, "nonNegative");
    if (request.reservationKey !== undefined) checkName("reservation key", request.reservationKey);
    const { raw, replayed } = await this.apply(
      "debit",
      request.bucketId,
      request.key,
      request.amount,
      request.overdraft ?? "refuse",
      {
        reservationKey: request.reservationKey,
      },
    );
    return {
      action: "debit",
      bucketId: request.bucketId,
      key: request.key,
      requested: BigInt(raw.requested as string),
      debited: BigInt(raw.debited as string),
      fromReservation: BigInt(raw.fromReservation as string),
      reserved: BigInt(raw.reserved as string),
      shortfall: BigInt(raw.shortfall as string),
      balance: BigInt(raw.balance as string),
      available: BigInt(raw.available as string),
      replayed,
    };
  }

  async release(request: ReleaseRequest): Promise<ReleaseResult> {
    const { raw } = await this.apply("release", request.bucketId, request.key, 0n, "");
    return {
      action: "release",
      bucketId: request.bucketId,
      key: request.key,
      released: BigInt(raw.released as string),
      available: BigInt(raw.available as string),
    };
  }

  async topUp(request: CreditRequest): Promise<CreditResult> {
    checkAmount("amount", request.amount, "positive");
    return this.credit("topUp", request);
  }

  async adjust(request: CreditRequest): Promise<CreditResult> {
    checkAmount("amount", request.amount, "nonZero");
    return this.credit("adjust", request);
  }

  private async credit(action: "topUp" | "adjust", request: CreditRequest): Promise<CreditResult> {
    const { raw, replayed } = await this.apply(
      action,
      request.bucketId,
      request.key,
      request.amount,
      "",
    );
    return {
      action,
      bucketId: request.bucketId,
      key: request.key,
      amount: BigInt(raw.amount as string),
      balance: BigInt(raw.balance as string),
      available: BigInt(raw.available as string),
      replayed,
    };
  }

  private async apply(
    action: Action,
    bucketId: string,
    key: string,
    amount: bigint,
    option: string,
    extra: { ttlMs?: number; reservationKey?: string } = {},
  ): Promise<{ raw: Raw; replayed: boolean }> {
    checkName("bucket id", bucketId);
    checkName("key", key);
    const tag = this.bucketTag(bucketId);
    const keys = [`${tag}:b`, `${tag}:r`, `${tag}:e`, `${tag}:op:${action}:${key}`];
    const args = [
      action,
      key,
      amount.toString(),
      this.clock(),
      extra.ttlMs ?? this.ttlMs,
      option,
      this.windowMs,
      extra.reservationKey ?? "",
    ];
    const reply = await this.guard(() => BALANCE_SCRIPT.run(this.redis, keys, args));
    const [replayed, json] = reply as [number, string];
    const raw = JSON.parse(json) as Raw;
    if (raw.error !== undefined) throw refusal(raw, bucketId);
    return { raw, replayed: Number(replayed) === 1 };
  }

  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (cause) {
      if (cause instanceof AbmfError) throw cause;
      throw new AbmfError(
        AbmfErrorCode.UNAVAILABLE,
        `redis failed: ${(cause as Error)?.message ?? cause}`,
        { cause },
      );
    }
  }
}

function refusal(raw: Raw, bucketId: string): AbmfError {
  switch (raw.error) {
    case "BUCKET_NOT_FOUND":
      return bucketNotFound(bucketId);
    case "QUOTA_LIMIT_REACHED":
      return quotaLimitReached(
        bucketId,
        BigInt(raw.wanted as string),
        BigInt(raw.available as string),
      );
    case "INVALID_AMOUNT":
      return new AbmfError(
        AbmfErrorCode.INVALID_AMOUNT,
        `bucket "${bucketId}" would exceed the maximum amount`,
      );
    default:
      return new AbmfError(
        AbmfErrorCode.UNAVAILABLE,
        `unexpected script answer ${JSON.stringify(raw)}`,
      );
  }
}
