/**
 * A small typed document store: what every component keeps its resources in. Documents are JSON
 * values under a string id, with a version that grows by one on every write, so that callers can
 * update optimistically (read, change, write if the version is still the one read).
 *
 * Two implementations share this contract and one test suite: in memory (the embedded default)
 * and Redis (memory-store.ts, redis-store.ts).
 */
import type { FieldFilter } from "./filter";

/** A stored document: its id, its version (1 after the first write) and its value. */
export interface StoredDocument<T> {
  readonly id: string;
  readonly version: number;
  readonly value: T;
}

export interface ListQuery<T> {
  /** Attribute equality on dotted paths (TMF attribute filtering), see filter.ts. */
  readonly where?: FieldFilter;
  /** Extra in-process filter, applied after `where`. */
  readonly predicate?: (value: T) => boolean;
  /** Items to skip (TMF `offset`), default 0. */
  readonly offset?: number;
  /** Items to return at most (TMF `limit`), default all. */
  readonly limit?: number;
}

export interface ListResult<T> {
  /** The page, in creation order (the order in which ids were first written). */
  readonly items: readonly StoredDocument<T>[];
  /** How many documents match the filters, ignoring offset and limit (TMF `X-Total-Count`). */
  readonly total: number;
}

export interface WriteOptions {
  /** Write only if the stored version is this one (0: only if absent); else VERSION_CONFLICT. */
  readonly expectedVersion?: number;
}

/** The result of putIfAbsent: the new document, or the one that was already there. */
export type PutIfAbsentResult<T> =
  | { readonly created: true; readonly document: StoredDocument<T> }
  | { readonly created: false; readonly document: StoredDocument<T> };

/** `undefined` from a mutator deletes the document (or leaves it absent). */
export type Mutator<T> = (current: StoredDocument<T> | undefined) => T | undefined;

export interface DocumentStore<T> {
  get(id: string): Promise<StoredDocument<T> | undefined>;
  /** Creates the document unless the id exists; never overwrites. */
  putIfAbsent(id: string, value: T): Promise<PutIfAbsentResult<T>>;
  /** Creates or replaces; with `expectedVersion`, only when the stored version matches. */
  put(id: string, value: T, options?: WriteOptions): Promise<StoredDocument<T>>;
  /** True when a document was deleted; with `expectedVersion`, only when it matches. */
  delete(id: string, options?: WriteOptions): Promise<boolean>;
  list(query?: ListQuery<T>): Promise<ListResult<T>>;
  /**
   * Read-modify-write, retried on version conflicts (optimistic concurrency). Returns the
   * document written, or undefined when the mutator deleted it or left it absent.
   */
  update(id: string, mutate: Mutator<T>): Promise<StoredDocument<T> | undefined>;
}

/** How many times `update` retries after a VERSION_CONFLICT before giving up. */
export const UPDATE_MAX_ATTEMPTS = 32;
