/**
 * A Lua script run with EVALSHA, falling back to EVAL when the server does not know the script
 * (NOSCRIPT: first use, or the script cache was flushed by a Redis restart).
 */
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { StoreError, StoreErrorCode } from "./store-error";

export type RedisArg = string | number;

export class LuaScript {
  readonly sha: string;

  constructor(
    readonly name: string,
    readonly source: string,
  ) {
    this.sha = createHash("sha1").update(source).digest("hex");
  }

  async run(redis: Redis, keys: readonly string[], args: readonly RedisArg[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!String((error as Error)?.message).startsWith("NOSCRIPT"))
        throw unavailable(this.name, error);
    }
    try {
      return await redis.eval(this.source, keys.length, ...keys, ...args);
    } catch (error) {
      throw unavailable(this.name, error);
    }
  }
}

function unavailable(script: string, cause: unknown): StoreError {
  return new StoreError(
    StoreErrorCode.UNAVAILABLE,
    `redis script ${script} failed: ${(cause as Error)?.message ?? cause}`,
    {
      cause,
    },
  );
}

/** Redis key prefixes: one per lattice and component, so that components can share one Redis. */
export function keyPrefix(parts: {
  lattice?: string;
  component: string;
  collection: string;
}): string {
  for (const [name, value] of Object.entries(parts)) {
    if (value !== undefined && !/^[A-Za-z0-9_.-]+$/.test(value)) {
      throw new StoreError(
        StoreErrorCode.INVALID,
        `${name} "${value}" may use only letters, digits, "_", "." and "-"`,
      );
    }
  }
  return `oda:${parts.lattice ?? "default"}:${parts.component}:${parts.collection}`;
}
