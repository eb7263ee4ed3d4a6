/** The store a manifest entry asks for: in memory, or Redis under the component's own key prefix. */
import type { Redis } from "ioredis";
import type { DocumentStore } from "./document-store";
import { keyPrefix } from "./lua-script";
import { MemoryDocumentStore } from "./memory-store";
import { RedisDocumentStore } from "./redis-store";

export interface StoreSettings {
  readonly kind: "memory" | "redis";
  readonly lattice: string;
  readonly component: string;
  /** Required for kind "redis"; the caller owns the connection. */
  readonly redis?: Redis;
}

export function openDocumentStore<T>(
  settings: StoreSettings,
  collection: string,
): DocumentStore<T> {
  if (settings.kind === "memory") return new MemoryDocumentStore<T>();
  if (!settings.redis)
    throw new TypeError(
      `component "${settings.component}" uses the redis store but no connection was given`,
    );
  return new RedisDocumentStore<T>(
    settings.redis,
    keyPrefix({ lattice: settings.lattice, component: settings.component, collection }),
  );
}
