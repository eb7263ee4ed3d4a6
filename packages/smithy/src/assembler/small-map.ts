/**
 * A ReadonlyMap for the model's many small maps (a shape's members, a shape's or member's traits):
 * keys and values alternate in one array, found by a linear scan, which for a handful of entries
 * beats hashing and takes about a third of the memory of a Map (whose table starts at 4 entries
 * with a header and buckets). Past INDEX_AT entries a Map index keeps lookups constant-time.
 * Mutable only while the assembler builds a shape; the model exposes it as ReadonlyMap.
 */
const INDEX_AT = 8;

export class SmallMap<K, V> implements ReadonlyMap<K, V> {
  /** k0, v0, k1, v1, ... in insertion order. */
  private items: unknown[];
  /** Key → position of the key in `items`, once the map is large. */
  private index: Map<K, number> | undefined = undefined;

  constructor(entries?: Iterable<readonly [K, V]>) {
    if (entries instanceof SmallMap) {
      this.items = (entries as SmallMap<K, V>).items.slice();
      if (this.items.length > INDEX_AT * 2) this.buildIndex();
      return;
    }
    this.items = [];
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /**
   * A map over `items` (k0, v0, k1, v1, ... with distinct keys), which it takes as is: the
   * assembler builds a map whose entries it knows in one exact-size array, instead of one copy
   * per set().
   */
  static fromItems<K, V>(items: unknown[]): SmallMap<K, V> {
    const map = new SmallMap<K, V>();
    map.items = items;
    if (items.length > INDEX_AT * 2) map.buildIndex();
    return map;
  }

  get size(): number {
    return this.items.length >> 1;
  }

  /**
   * The i-th key and value in insertion order: the assembler's loops over a map use these rather
   * than the iterators, which allocate a generator, a result per step and an entry array.
   */
  keyAt(i: number): K {
    return this.items[i << 1] as K;
  }

  valueAt(i: number): V {
    return this.items[(i << 1) + 1] as V;
  }

  private find(key: K): number {
    if (this.index) return this.index.get(key) ?? -1;
    const items = this.items;
    for (let i = 0; i < items.length; i += 2) if (items[i] === key) return i;
    return -1;
  }

  get(key: K): V | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : (this.items[i + 1] as V);
  }

  has(key: K): boolean {
    return this.find(key) >= 0;
  }

  set(key: K, value: V): this {
    const i = this.find(key);
    if (i >= 0) {
      this.items[i + 1] = value;
      return this;
    }
    const items = this.items;
    const at = items.length;
    if (at < INDEX_AT * 2) {
      // Copy to an exact-size array: push would leave spare capacity for the model's lifetime.
      const next = new Array<unknown>(at + 2);
      for (let j = 0; j < at; j++) next[j] = items[j];
      next[at] = key;
      next[at + 1] = value;
      this.items = next;
    } else {
      items.push(key, value);
      if (this.index) this.index.set(key, at);
      else this.buildIndex();
    }
    return this;
  }

  delete(key: K): boolean {
    const i = this.find(key);
    if (i < 0) return false;
    this.items.splice(i, 2);
    this.index = undefined;
    if (this.items.length > INDEX_AT * 2) this.buildIndex();
    return true;
  }

  private buildIndex(): void {
    const index = new Map<K, number>();
    for (let i = 0; i < this.items.length; i += 2) index.set(this.items[i] as K, i);
    this.index = index;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    const items = this.items;
    for (let i = 0; i < items.length; i += 2)
      callback.call(thisArg, items[i + 1] as V, items[i] as K, this);
  }

  *entries(): MapIterator<[K, V]> {
    const items = this.items;
    for (let i = 0; i < items.length; i += 2) yield [items[i] as K, items[i + 1] as V];
  }

  *keys(): MapIterator<K> {
    const items = this.items;
    for (let i = 0; i < items.length; i += 2) yield items[i] as K;
  }

  *values(): MapIterator<V> {
    const items = this.items;
    for (let i = 0; i < items.length; i += 2) yield items[i + 1] as V;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return "SmallMap";
  }
}

/** True for Map and SmallMap: anything the model exposes as a ReadonlyMap. */
export function isReadonlyMap(value: unknown): value is ReadonlyMap<unknown, unknown> {
  return value instanceof Map || value instanceof SmallMap;
}
