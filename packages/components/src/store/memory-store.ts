/**
 * The embedded store: a Map in this process. Values are kept as JSON text, so a caller can never
 * change a stored document by mutating an object it got back, and anything Redis could not keep is
 * refused here too. Every method is synchronous inside, hence atomic.
 */
import type {
  DocumentStore,
  ListQuery,
  ListResult,
  Mutator,
  PutIfAbsentResult,
  StoredDocument,
  WriteOptions,
} from "./document-store";
import { applyQuery } from "./filter";
import { checkId, toJsonText } from "./json-value";
import { optimisticUpdate } from "./optimistic-update";
import { versionConflict } from "./store-error";

interface Entry {
  version: number;
  text: string;
}

export class MemoryDocumentStore<T> implements DocumentStore<T> {
  /** Map iteration follows insertion order, which is creation order: a replaced entry keeps its place. */
  private readonly entries = new Map<string, Entry>();

  async get(id: string): Promise<StoredDocument<T> | undefined> {
    checkId(id);
    const entry = this.entries.get(id);
    return entry && toDocument<T>(id, entry);
  }

  async putIfAbsent(id: string, value: T): Promise<PutIfAbsentResult<T>> {
    checkId(id);
    const existing = this.entries.get(id);
    if (existing) return { created: false, document: toDocument<T>(id, existing) };
    const entry = { version: 1, text: toJsonText(id, value) };
    this.entries.set(id, entry);
    return { created: true, document: toDocument<T>(id, entry) };
  }

  async put(id: string, value: T, options?: WriteOptions): Promise<StoredDocument<T>> {
    checkId(id);
    const text = toJsonText(id, value);
    const current = this.entries.get(id)?.version ?? 0;
    if (options?.expectedVersion !== undefined && options.expectedVersion !== current) {
      throw versionConflict(id, options.expectedVersion, current);
    }
    const entry = { version: current + 1, text };
    this.entries.set(id, entry);
    return toDocument<T>(id, entry);
  }

  async delete(id: string, options?: WriteOptions): Promise<boolean> {
    checkId(id);
    const current = this.entries.get(id)?.version ?? 0;
    if (options?.expectedVersion !== undefined && options.expectedVersion !== current) {
      throw versionConflict(id, options.expectedVersion, current);
    }
    return this.entries.delete(id);
  }

  async list(query?: ListQuery<T>): Promise<ListResult<T>> {
    const entries = this.entries;
    function* documents(): Generator<StoredDocument<T>> {
      for (const [id, entry] of entries) yield toDocument<T>(id, entry);
    }
    return applyQuery(documents(), query);
  }

  update(id: string, mutate: Mutator<T>): Promise<StoredDocument<T> | undefined> {
    return optimisticUpdate(this, id, mutate);
  }
}

function toDocument<T>(id: string, entry: Entry): StoredDocument<T> {
  return { id, version: entry.version, value: JSON.parse(entry.text) as T };
}
