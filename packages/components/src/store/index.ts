export type {
  DocumentStore,
  ListQuery,
  ListResult,
  Mutator,
  PutIfAbsentResult,
  StoredDocument,
  WriteOptions,
} from "./document-store";
export { UPDATE_MAX_ATTEMPTS } from "./document-store";
export { type FieldFilter, type FilterScalar, matchesFilter, valuesAtPath } from "./filter";
export { StoreError, StoreErrorCode } from "./store-error";
export { MemoryDocumentStore } from "./memory-store";
export { RedisDocumentStore } from "./redis-store";
export { LuaScript, keyPrefix } from "./lua-script";
export { type StoreSettings, openDocumentStore } from "./open-store";
export { outageAsUnavailable } from "./outage-as-unavailable";
