/** A Redis that cannot be reached fails every call with a typed UNAVAILABLE, never a crash. */
import { Redis } from "ioredis";
import { AbmfErrorCode, RedisBalanceEngine } from "../../src/abmf";
import { NativeCode } from "@oda-codegen/runtime";
import {
  RedisDocumentStore,
  StoreErrorCode,
  keyPrefix,
  outageAsUnavailable,
} from "../../src/store";
import { freePort } from "../../../../test/support/services";

let redis: Redis;
beforeAll(async () => {
  // Nothing listens on this port; no offline queue, so commands fail at once.
  redis = new Redis(await freePort(), "127.0.0.1", {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    disconnectTimeout: 10, // the socket is already closed: no need to wait for it
  });
  await redis.connect().catch(() => undefined);
});
afterAll(() => redis.disconnect());

it("fails store calls with StoreError UNAVAILABLE", async () => {
  const store = new RedisDocumentStore<{ n: number }>(
    redis,
    keyPrefix({ component: "c", collection: "x" }),
  );
  const unavailable = { code: StoreErrorCode.UNAVAILABLE };
  await expect(store.get("1")).rejects.toMatchObject(unavailable);
  await expect(store.put("1", { n: 1 })).rejects.toMatchObject(unavailable);
  await expect(store.list()).rejects.toMatchObject(unavailable);
  await expect(store.list({ limit: 0 })).rejects.toMatchObject(unavailable);
});

it("fails balance actions with AbmfError UNAVAILABLE", async () => {
  const engine = new RedisBalanceEngine(redis, keyPrefix({ component: "abmf", collection: "x" }));
  const unavailable = { code: AbmfErrorCode.UNAVAILABLE };
  await expect(engine.reserve({ bucketId: "b", key: "k", amount: 1n })).rejects.toMatchObject(
    unavailable,
  );
  await expect(engine.getBucket("b")).rejects.toMatchObject(unavailable);
  await expect(engine.createBucket({ id: "b", accountId: "a", unit: "EUR" })).rejects.toMatchObject(
    unavailable,
  );
});

it("answers an outage as the native UNAVAILABLE code, wrapped once however often it is asked", async () => {
  const raw = new RedisDocumentStore<{ n: number }>(
    redis,
    keyPrefix({ component: "c", collection: "y" }),
  );
  const store = outageAsUnavailable(raw);
  expect(outageAsUnavailable(store)).toBe(store);
  await expect(store.get("1")).rejects.toMatchObject({ code: NativeCode.UNAVAILABLE });
});
