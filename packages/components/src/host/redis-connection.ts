/**
 * The host's Redis connection. A command is sent on a live connection or refused at once
 * (UNAVAILABLE, 503): never queued through an outage, never re-sent after a reconnect. Either
 * would run it after its caller gave up and retried on another instance — a reserve run that
 * late re-opens a reservation its session has already released, holding units nobody releases.
 */
import { Redis } from "ioredis";

/** No Redis command the components send takes this long; a command that does never answers. */
export const COMMAND_TIMEOUT_MS = 5000;

export function connectRedis(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    // Commands in flight when the connection drops are not re-sent, and ioredis never settles
    // them once it reconnects: they are rejected at the second failed reconnect attempt
    // (maxRetriesPerRequest), or by the command timeout when Redis is back before that.
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
  });
}

/**
 * Until Redis first answers or first fails: without an offline queue, commands sent while the
 * connection is still being made would be refused. A Redis down at start-up is an outage like
 * any other (503s until it is back), so a failure or a hung connect ends the wait too.
 */
export function firstConnection(redis: Redis, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off("ready", done);
      redis.off("error", done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    redis.once("ready", done);
    redis.once("error", done);
  });
}

/**
 * ioredis emits "error" on every failed reconnect, and an emitter without a listener prints
 * "[ioredis] Unhandled error event" each time: log one line when Redis goes away and one when
 * it is back instead.
 */
export function reportRedisOutages(redis: Redis, log: (line: string) => void): void {
  let down = false;
  redis.on("error", (error: Error) => {
    if (down) return;
    down = true;
    log(`redis: ${error.message}; reconnecting (callers get 503 meanwhile)`);
  });
  redis.on("ready", () => {
    if (!down) return;
    down = false;
    log("redis: connected again");
  });
}
