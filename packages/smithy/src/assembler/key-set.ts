/**
 * A read-only set view over a map's keys: a shape's `localTraits` when its own traits are exactly
 * its trait map, without allocating a second hash table per shape.
 */
export class KeySet<K> implements ReadonlySet<K> {
  constructor(private readonly map: ReadonlyMap<K, unknown>) {}

  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  forEach(callback: (value: K, key: K, set: ReadonlySet<K>) => void, thisArg?: unknown): void {
    for (const key of this.map.keys()) callback.call(thisArg, key, key, this);
  }

  keys(): SetIterator<K> {
    return this.map.keys() as SetIterator<K>;
  }

  values(): SetIterator<K> {
    return this.map.keys() as SetIterator<K>;
  }

  *entries(): SetIterator<[K, K]> {
    for (const key of this.map.keys()) yield [key, key];
  }

  [Symbol.iterator](): SetIterator<K> {
    return this.map.keys() as SetIterator<K>;
  }
}

/** Never written to. */
export const EMPTY_TRAITS: ReadonlyMap<string, never> = new Map<string, never>();
export const EMPTY_KEYS: ReadonlySet<string> = new KeySet(EMPTY_TRAITS);
