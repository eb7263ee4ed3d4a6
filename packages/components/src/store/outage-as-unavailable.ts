/**
 * A store as components use it: an outage of the backing service (StoreError UNAVAILABLE) reaches
 * callers as the native UNAVAILABLE code — 503 over REST, with the front end's error body —
 * instead of a generic 500. The host wraps every component's stores in it.
 */
import { NativeCallError, NativeCode } from "@oda-codegen/runtime";
import type { DocumentStore } from "./document-store";
import { StoreError, StoreErrorCode } from "./store-error";

/** Stores this module made: wrapping one again (the host did, then a TMF component) adds nothing. */
const wrapped = new WeakSet<DocumentStore<unknown>>();

export function outageAsUnavailable<T>(store: DocumentStore<T>): DocumentStore<T> {
  if (wrapped.has(store as DocumentStore<unknown>)) return store;
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        if (!StoreError.is(error, StoreErrorCode.UNAVAILABLE)) throw error;
        throw new NativeCallError(NativeCode.UNAVAILABLE, "the store is unavailable", {
          cause: error,
        });
      }
    };
  const guarded: DocumentStore<T> = {
    get: guard((id) => store.get(id)),
    putIfAbsent: guard((id, value) => store.putIfAbsent(id, value)),
    put: guard((id, value, options) => store.put(id, value, options)),
    delete: guard((id, options) => store.delete(id, options)),
    list: guard((query) => store.list(query)),
    update: guard((id, mutate) => store.update(id, mutate)),
  };
  wrapped.add(guarded as DocumentStore<unknown>);
  return guarded;
}
