/**
 * The host's Redis connection on a private redis-server that the tests SIGKILL and restart:
 * nothing sent during an outage runs after it, and nothing in flight at the crash hangs.
 */
import type { Redis } from "ioredis";
import { COMMAND_TIMEOUT_MS, connectRedis, firstConnection } from "../../src/host/redis-connection";
import { startPrivateRedis, type PrivateRedis } from "../support/redis-server";

let server: PrivateRedis;
let redis: Redis;

beforeAll(async () => {
  server = await startPrivateRedis();
});
beforeEach(async () => {
  redis = connectRedis(server.url);
  redis.on("error", () => undefined); // reconnect attempts while the server is down
  await firstConnection(redis);
});
afterEach(() => redis.disconnect());
afterAll(() => server.dispose());

const until = async (ready: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await ready().catch(() => false)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

it("refuses a command while Redis is down, and never runs it once Redis is back", async () => {
  await redis.del("late");
  await server.kill();
  await expect(redis.set("late", "written during the outage")).rejects.toThrow(/writeable/);
  await server.start();
  await until(async () => (await redis.ping()) === "PONG");
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await redis.get("late")).toBeNull();
});

it("settles a command that was in flight when Redis died and came straight back", async () => {
  // A 400 ms script: still running when the server is killed; the first reconnect succeeds.
  const busy =
    "local t = redis.call('TIME') while true do local n = redis.call('TIME') " +
    "if (n[1] - t[1]) * 1000000 + (n[2] - t[2]) > 400000 then break end end return 1";
  const started = Date.now();
  const outcome = redis.eval(busy, 0).then(
    () => "answered",
    (error: Error) => `refused: ${error.message}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  await server.kill();
  await server.start();
  expect(await outcome).toMatch(/^refused: /);
  expect(Date.now() - started).toBeLessThan(COMMAND_TIMEOUT_MS + 3000);
}, 20_000);
