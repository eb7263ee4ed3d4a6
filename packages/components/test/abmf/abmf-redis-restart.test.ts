/**
 * Reliability across a Redis crash: a debit Redis acknowledged is never lost, and a client that
 * retries every unacknowledged debit with the same key never applies one twice. Runs on a
 * private redis-server (appendfsync always) that the test SIGKILLs mid-run and restarts.
 */
import { Redis } from "ioredis";
import { AbmfError, AbmfErrorCode, RedisBalanceEngine, type DebitResult } from "../../src/abmf";
import { keyPrefix } from "../../src/store";
import { startPrivateRedis, type PrivateRedis } from "../support/redis-server";

let server: PrivateRedis | undefined;
let client: Redis | undefined;

beforeAll(async () => {
  server = await startPrivateRedis();
  // No automatic resend: the retry with the same key below is the mechanism under test.
  client = new Redis(server.url, {
    maxRetriesPerRequest: 1,
    retryStrategy: () => 20,
    autoResendUnfulfilledCommands: false,
  });
});
afterAll(async () => {
  client?.disconnect();
  await server?.dispose();
});

/** Retries with the same key until Redis answers: what the RF does with an unacknowledged debit. */
const retried = new Set<string>();
async function debitUntilAnswered(
  engine: RedisBalanceEngine,
  key: string,
  amount: bigint,
): Promise<DebitResult> {
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) retried.add(key);
    try {
      return await engine.debit({ bucketId: "b", key, amount });
    } catch (error) {
      if (!AbmfError.is(error, AbmfErrorCode.UNAVAILABLE) || attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

it("keeps every acknowledged debit and applies none twice across a SIGKILL of Redis", async () => {
  const engine = new RedisBalanceEngine(
    client!,
    keyPrefix({ component: "abmf", collection: "restart" }),
  );
  await engine.createBucket({ id: "b", accountId: "a", unit: "EUR", initial: 100_000n });
  const acknowledged = await engine.debit({ bucketId: "b", key: "before", amount: 1_000n });
  await engine.reserve({ bucketId: "b", key: "held", amount: 500n, ttlMs: 60_000 });

  // 12 sessions debit one after another (240 debits); Redis dies after the 60th answer.
  const prices = Array.from({ length: 240 }, (_, i) => BigInt(10 + i));
  const results: DebitResult[] = [];
  let answered = 0;
  let killed: Promise<void> | undefined;
  const worker = async (w: number) => {
    for (let i = w; i < prices.length; i += 12) {
      results[i] = await debitUntilAnswered(engine, `d${i}`, prices[i]);
      if (++answered === 60) {
        killed = server!
          .kill()
          .then(() => new Promise((resolve) => setTimeout(resolve, 100)))
          .then(() => server!.start());
      }
    }
  };
  await Promise.all(Array.from({ length: 12 }, (_, w) => worker(w)));
  await killed;

  // The acknowledged debit survived (a retry is a replay), and so did the reservation.
  expect(await engine.debit({ bucketId: "b", key: "before", amount: 1_000n })).toEqual({
    ...acknowledged,
    replayed: true,
  });
  const bucket = await engine.getBucket("b");
  const sum = prices.reduce((a, b) => a + b, 0n);
  expect(results.map((r) => r.debited)).toEqual(prices);
  expect(bucket).toMatchObject({ balance: 100_000n - 1_000n - sum, reserved: 500n });
  // The crash must really have cut calls off, or this test proves nothing.
  expect(retried.size).toBeGreaterThan(0);
  const replays = results.filter((r) => r.replayed).length;
  console.log(
    `redis SIGKILL: ${retried.size} debits retried, ${replays} answered as replays of an applied debit`,
  );
});
