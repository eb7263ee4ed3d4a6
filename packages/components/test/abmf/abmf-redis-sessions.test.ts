/**
 * 200 concurrent charging sessions on one balance in Redis, over several connections (so the
 * calls really interleave in the server): no overdraft, and the final balance is the initial
 * balance minus the sum of the prices charged. Each session reserves, debits and releases; every
 * debit is sent twice at once, as a client retrying after a lost reply would: the repeat must be
 * a replay, never a second charge.
 */
import {
  AbmfError,
  RedisBalanceEngine,
  type DebitResult,
  type ReleaseResult,
  type ReserveResult,
} from "../../src/abmf";
import { keyPrefix } from "../../src/store";
import { useRedis } from "../support/redis";

const redis = useRedis();
const SESSIONS = 200;
const GRANT = 100n; // cents reserved per session
const INITIAL = 12_345n; // covers about 123 grants at once: the rest must be refused or cut

/** The price of session i's usage: deterministic, 1..100 cents, never above its grant. */
const usagePrice = (i: number, reserved: bigint): bigint => {
  const price = BigInt(((i * 37) % 100) + 1);
  return price < reserved ? price : reserved;
};

describe("ABMF on Redis: 200 concurrent sessions on one balance", () => {
  it("never overdraws; final = initial − Σ prices; retried debits are replays", async () => {
    if (!redis.available) return;
    const prefix = keyPrefix({ lattice: redis.lattice, component: "abmf", collection: "sessions" });
    const engines = Array.from(
      { length: 4 },
      () => new RedisBalanceEngine(redis.connect(), prefix),
    );
    await engines[0].createBucket({
      id: "shared",
      accountId: "acct",
      unit: "EUR",
      initial: INITIAL,
    });

    let lowest = INITIAL;
    const watch = setInterval(() => {
      void engines[0].getBucket("shared").then((b) => {
        if (b && b.available < lowest) lowest = b.available;
      });
    }, 2);

    const session = async (i: number) => {
      const engine = engines[i % engines.length];
      const key = `session-${i}/32`;
      let reservation: ReserveResult;
      try {
        reservation = await engine.reserve({
          bucketId: "shared",
          key,
          amount: GRANT,
          partialStep: 1n,
        });
      } catch (error) {
        if (AbmfError.is(error, "QUOTA_LIMIT_REACHED")) return { i, refused: true as const };
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5));
      const price = usagePrice(i, reservation.reserved);
      const debit = { bucketId: "shared", key: `${key}/1`, reservationKey: key, amount: price };
      const [a, b] = await Promise.all([
        engine.debit(debit),
        engines[(i + 1) % engines.length].debit(debit),
      ]);
      const release: ReleaseResult = await engine.release({ bucketId: "shared", key });
      return {
        i,
        refused: false as const,
        reservation,
        price,
        debits: [a, b] as DebitResult[],
        release,
      };
    };

    const outcomes = await Promise.all(Array.from({ length: SESSIONS }, (_, i) => session(i)));
    clearInterval(watch);

    const charged = outcomes.filter((o) => !o.refused);
    let sumOfPrices = 0n;
    for (const o of charged) {
      if (o.refused) continue;
      const [first, second] = o.debits.sort((x, y) => Number(x.replayed) - Number(y.replayed));
      expect([first.replayed, second.replayed]).toEqual([false, true]);
      expect(second).toEqual({ ...first, replayed: true });
      expect(first).toMatchObject({
        debited: o.price,
        shortfall: 0n,
        reserved: o.reservation.reserved - o.price,
      });
      expect(o.release.released).toBe(o.reservation.reserved - o.price);
      expect(o.reservation.available).toBeGreaterThanOrEqual(0n);
      sumOfPrices += o.price;
    }
    const final = await engines[0].getBucket("shared");
    expect(final).toMatchObject({
      balance: INITIAL - sumOfPrices,
      reserved: 0n,
      available: INITIAL - sumOfPrices,
    });
    expect(lowest).toBeGreaterThanOrEqual(0n);
    // The balance covers ~123 grants at once, so contention must have refused or cut some.
    const cut = charged.filter((o) => !o.refused && o.reservation.reserved < GRANT).length;
    expect(outcomes.length - charged.length + cut).toBeGreaterThan(0);
    console.log(
      `200 sessions: ${charged.length} charged (${cut} with last units), ${SESSIONS - charged.length} refused; ` +
        `Σ prices ${sumOfPrices}, final balance ${final?.balance}`,
    );
  });

  it("refuses a session that cannot get one unit with QUOTA_LIMIT_REACHED and keeps nothing", async () => {
    if (!redis.available) return;
    const prefix = keyPrefix({ lattice: redis.lattice, component: "abmf", collection: "empty" });
    const engine = new RedisBalanceEngine(redis.redis, prefix);
    await engine.createBucket({ id: "poor", accountId: "acct", unit: "EUR", initial: 2n });
    await expect(
      engine.reserve({ bucketId: "poor", key: "s/32", amount: 100n, partialStep: 3n }),
    ).rejects.toMatchObject({
      code: "QUOTA_LIMIT_REACHED",
    });
    expect(await redis.redis.hlen(`${prefix}:{poor}:r`)).toBe(0);
    expect(await redis.redis.zcard(`${prefix}:{poor}:e`)).toBe(0);
    expect(await engine.getBucket("poor")).toMatchObject({ balance: 2n, reserved: 0n });
  });
});
