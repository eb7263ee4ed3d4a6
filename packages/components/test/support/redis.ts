/**
 * Real Redis for the component tests (never mocked). Each suite gets its own key namespace,
 * `oda:test-<random>:...`, deleted after the suite. Outside CI an absent Redis skips the tests.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { REDIS_URL, requireService } from "../../../../test/support/services";

export interface RedisFixture {
  /** False when Redis is unreachable outside CI: the test should return early. */
  readonly available: boolean;
  /** A shared connection, opened in beforeAll. */
  readonly redis: Redis;
  /** The suite's lattice name: put it in every key prefix so that cleanup finds the keys. */
  readonly lattice: string;
  /** Extra connections (closed after the suite), for tests that need real parallelism. */
  connect(): Redis;
}

export function useRedis(): RedisFixture {
  const lattice = `test-${randomUUID().slice(0, 8)}`;
  const extra: Redis[] = [];
  const state = { available: false, redis: undefined as Redis | undefined };
  beforeAll(async () => {
    state.available = await requireService("redis");
    if (state.available)
      state.redis = new Redis(REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 });
  });
  afterAll(async () => {
    const redis = state.redis;
    if (!redis) return;
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `*oda:${lattice}:*`, "COUNT", 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
    await Promise.all([...extra, redis].map((r) => r.quit()));
  });
  return {
    get available() {
      return state.available;
    },
    get redis() {
      if (!state.redis) throw new Error("redis fixture used outside a test or while unavailable");
      return state.redis;
    },
    lattice,
    connect() {
      const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
      extra.push(redis);
      return redis;
    },
  };
}
