/**
 * The real TMF638 Service Inventory component (packages/components/src/tmf) over stores the
 * runner owns: in memory, or Redis under a unique prefix. `services` is the collection the
 * component keeps its Services in, so a section can count what was stored.
 */
import type { Redis } from "ioredis";
import {
  MemoryDocumentStore,
  RedisDocumentStore,
  keyPrefix,
  type DocumentStore,
} from "@oda-codegen/components/src/store";
import {
  createServiceInventory,
  type ServiceInventoryComponent,
} from "@oda-codegen/components/src/tmf";

export interface Inventory {
  readonly component: ServiceInventoryComponent;
  readonly services: DocumentStore<Record<string, unknown>>;
}

export function inventoryOn(open: (collection: string) => DocumentStore<unknown>): Inventory {
  const stores = new Map<string, DocumentStore<unknown>>();
  const store = <T>(collection: string): DocumentStore<T> => {
    let s = stores.get(collection);
    if (!s) stores.set(collection, (s = open(collection)));
    return s as DocumentStore<T>;
  };
  const component = createServiceInventory({ store });
  return { component, services: store<Record<string, unknown>>("Service") };
}

export const memoryInventory = (): Inventory =>
  inventoryOn(() => new MemoryDocumentStore<unknown>());

export function redisInventory(redis: Redis, lattice: string): Inventory {
  return inventoryOn(
    (collection) =>
      new RedisDocumentStore<unknown>(
        redis,
        keyPrefix({ lattice, component: "service-inventory", collection }),
      ),
  );
}
