/**
 * Strings that are used as keys of the model's large maps are built flat. `a + b` makes a V8
 * cons string (two halves); comparing it with another key of the same length in a hash bucket,
 * as Map lookups do, leaves the fast path for a runtime call, and hashing it flattens it into a
 * second copy anyway. Array.join writes one sequential string.
 */
export function flatConcat(a: string, b: string, c?: string): string {
  return c === undefined ? [a, b].join("") : [a, b, c].join("");
}
