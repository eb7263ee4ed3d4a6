// Public API of @oda-codegen/components: the domain logic and infrastructure the ODA Components
// and the host are built on. Named exports only (STYLE.md point 12).

// Stores: one DocumentStore interface, in memory and on Redis.
export {
  MemoryDocumentStore,
  RedisDocumentStore,
  StoreError,
  StoreErrorCode,
  UPDATE_MAX_ATTEMPTS,
  keyPrefix,
  matchesFilter,
  openDocumentStore,
  valuesAtPath,
  type DocumentStore,
  type FieldFilter,
  type FilterScalar,
  type ListQuery,
  type ListResult,
  type Mutator,
  type PutIfAbsentResult,
  type StoreSettings,
  type StoredDocument,
  type WriteOptions,
} from "./store";

// ABMF: the balance engine.
export * from "./abmf";

// Rating: the rating policy as pure functions, and its use of the balance engine.
export * from "./rating";

// Events: TMF hub listeners and their notification, with retries.
export * from "./events";

// Host: manifest, NATS permissions, capability gate, local-first routing.
export * from "./host";

// The implementations the host knows by name.
export { BUILT_IN_COMPONENTS } from "./builtin-registry";

// ODA Component manifests (oda.tmforum.org/v1) from the model and the host manifest.
export * from "./oda-component";

// For tests and tools (@private: may change without notice)
export { LuaScript } from "./store";

// TMF components: Service Inventory, Product Inventory, Product Catalog, and their host modules.
export * from "./tmf";
