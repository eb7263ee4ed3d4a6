/** Read-modify-write with retries on version conflicts, shared by every store implementation. */
import {
  UPDATE_MAX_ATTEMPTS,
  type DocumentStore,
  type Mutator,
  type StoredDocument,
} from "./document-store";
import { StoreError, StoreErrorCode } from "./store-error";

export async function optimisticUpdate<T>(
  store: Pick<DocumentStore<T>, "get" | "put" | "delete">,
  id: string,
  mutate: Mutator<T>,
): Promise<StoredDocument<T> | undefined> {
  for (let attempt = 0; attempt < UPDATE_MAX_ATTEMPTS; attempt++) {
    const current = await store.get(id);
    const next = mutate(current);
    const expectedVersion = current?.version ?? 0;
    try {
      if (next === undefined) {
        if (current) await store.delete(id, { expectedVersion });
        return undefined;
      }
      return await store.put(id, next, { expectedVersion });
    } catch (error) {
      if (!StoreError.is(error, StoreErrorCode.VERSION_CONFLICT)) throw error;
      // Another writer won: read again and re-apply, with a little jitter to spread the retries.
      await new Promise((resolve) =>
        setTimeout(resolve, Math.random() * Math.min(2 ** attempt, 50)),
      );
    }
  }
  throw new StoreError(
    StoreErrorCode.CONTENTION,
    `document "${id}" kept changing under ${UPDATE_MAX_ATTEMPTS} attempts`,
  );
}
