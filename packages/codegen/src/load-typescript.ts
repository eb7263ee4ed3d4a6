/**
 * The TypeScript compiler, loaded on first use: requiring it costs about half a second, which a
 * run whose type checks all hit the cache (or `check`, which type-checks nothing) need not pay.
 */
import type * as TypeScript from "typescript";

let loaded: typeof TypeScript | undefined;

export function typescript(): typeof TypeScript {
  return (loaded ??= require("typescript") as typeof TypeScript);
}

/** The compiler's version, for cache keys, without loading the compiler. */
export const TYPESCRIPT_VERSION = (require("typescript/package.json") as { version: string })
  .version;
