import { randomUUID } from "node:crypto";
import {
  LuaScript,
  MemoryDocumentStore,
  RedisDocumentStore,
  keyPrefix,
  openDocumentStore,
} from "../../src/store";
import { useRedis } from "../support/redis";
import { storeContract } from "./store-contract";

storeContract("memory", () => new MemoryDocumentStore());

const redis = useRedis();
storeContract("redis", () =>
  redis.available
    ? new RedisDocumentStore(
        redis.redis,
        keyPrefix({ lattice: redis.lattice, component: "si", collection: randomUUID() }),
      )
    : undefined,
);

describe("Redis store keys", () => {
  it("keeps two components apart on one Redis", async () => {
    if (!redis.available) return;
    const a = new RedisDocumentStore<{ n: number }>(
      redis.redis,
      keyPrefix({ lattice: redis.lattice, component: "a", collection: "x" }),
    );
    const b = new RedisDocumentStore<{ n: number }>(
      redis.redis,
      keyPrefix({ lattice: redis.lattice, component: "b", collection: "x" }),
    );
    await a.put("1", { n: 1 });
    expect(await b.get("1")).toBeUndefined();
    expect((await b.list()).total).toBe(0);
    expect(await redis.redis.exists(`{oda:${redis.lattice}:a:x}:d:1`)).toBe(1);
  });

  it("refuses prefix parts that would break the key scheme", () => {
    expect(() => keyPrefix({ component: "a:b", collection: "x" })).toThrow(/component/);
  });

  it("runs a script the server has never seen (NOSCRIPT falls back to EVAL, then EVALSHA works)", async () => {
    if (!redis.available) return;
    // A unique source, so the script cannot be cached yet; no SCRIPT FLUSH on a shared Redis.
    const script = new LuaScript("test.echo", `-- ${randomUUID()}\nreturn ARGV[1] .. '!'`);
    expect(await redis.redis.script("EXISTS", script.sha)).toEqual([0]);
    expect(await script.run(redis.redis, [], ["hi"])).toBe("hi!");
    expect(await redis.redis.script("EXISTS", script.sha)).toEqual([1]);
    expect(await script.run(redis.redis, [], ["again"])).toBe("again!");
  });
});

describe("openDocumentStore", () => {
  it("opens the kind a manifest entry names", async () => {
    expect(openDocumentStore({ kind: "memory", lattice: "l", component: "c" }, "x")).toBeInstanceOf(
      MemoryDocumentStore,
    );
    expect(() => openDocumentStore({ kind: "redis", lattice: "l", component: "c" }, "x")).toThrow(
      /no connection/,
    );
    if (!redis.available) return;
    const store = openDocumentStore<{ n: number }>(
      { kind: "redis", lattice: redis.lattice, component: "open", redis: redis.redis },
      "things",
    );
    await store.put("1", { n: 1 });
    expect(await redis.redis.hget(`{oda:${redis.lattice}:open:things}:d:1`, "j")).toBe('{"n":1}');
  });
});
