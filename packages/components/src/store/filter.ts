/**
 * Attribute filtering as the TMF Open API guidelines (TMF630 part 1, "Filtering") use it on list
 * operations: `?state=active&serviceCharacteristic.value=x`. A dotted path walks into objects;
 * when it meets an array, any element may match. Values compare by their string form, because
 * query strings carry strings; several values for one path mean "any of" (TMF's comma list).
 */
import { StoreError, StoreErrorCode } from "./store-error";
import type { ListQuery, ListResult, StoredDocument } from "./document-store";

export type FilterScalar = string | number | boolean;
export type FieldFilter = Readonly<Record<string, FilterScalar | readonly FilterScalar[]>>;

/** The values found at a dotted path, flattening arrays met on the way. */
export function valuesAtPath(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const segment of path.split(".")) {
    const next: unknown[] = [];
    for (const item of current.flatMap((v) => (Array.isArray(v) ? v : [v]))) {
      if (item !== null && typeof item === "object" && segment in item) {
        next.push((item as Record<string, unknown>)[segment]);
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

export function matchesFilter(value: unknown, filter: FieldFilter | undefined): boolean {
  if (!filter) return true;
  for (const [path, wanted] of Object.entries(filter)) {
    const accepted = new Set((Array.isArray(wanted) ? wanted : [wanted]).map(String));
    const found = valuesAtPath(value, path).filter((v) => v === null || typeof v !== "object");
    if (!found.some((v) => accepted.has(String(v)))) return false;
  }
  return true;
}

/** Throws INVALID for a negative or fractional offset or limit. */
export function checkPaging(
  query: { readonly offset?: number; readonly limit?: number } | undefined,
): { offset: number; limit: number } {
  const offset = query?.offset ?? 0;
  const limit = query?.limit ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new StoreError(
      StoreErrorCode.INVALID,
      `offset must be a non-negative integer, got ${offset}`,
    );
  }
  if (limit !== Number.POSITIVE_INFINITY && (!Number.isInteger(limit) || limit < 0)) {
    throw new StoreError(
      StoreErrorCode.INVALID,
      `limit must be a non-negative integer, got ${limit}`,
    );
  }
  return { offset, limit };
}

/** Filters documents (already in creation order), counts them, and cuts the page. */
export function applyQuery<T>(
  documents: Iterable<StoredDocument<T>>,
  query?: ListQuery<T>,
): ListResult<T> {
  const { offset, limit } = checkPaging(query);
  const items: StoredDocument<T>[] = [];
  let total = 0;
  for (const document of documents) {
    if (!matchesFilter(document.value, query?.where)) continue;
    if (query?.predicate && !query.predicate(document.value)) continue;
    if (total >= offset && items.length < limit) items.push(document);
    total += 1;
  }
  return { items, total };
}
