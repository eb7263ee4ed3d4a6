/**
 * A Smithy node value: the JSON data model that traits and metadata use.
 * Numbers stay JS numbers, as the reference's `Number` does for the values models carry.
 */
export type NodeValue = null | boolean | number | string | NodeValue[] | NodeObject;
export interface NodeObject {
  [key: string]: NodeValue;
}

export function isNodeObject(value: NodeValue | undefined): value is NodeObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Structural equality of two node values; object key order does not matter. */
export function nodeEquals(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => nodeEquals(v, b[i]));
  }
  if (isNodeObject(a)) {
    if (!isNodeObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && nodeEquals(a[k], b[k]));
  }
  return false;
}
