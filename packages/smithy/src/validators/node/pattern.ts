/**
 * Compiles an ECMA 262 pattern from a `@pattern` trait (https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait).
 * Returns undefined when JavaScript cannot compile it; the PatternTrait validator reports that.
 */
const cache = new Map<string, RegExp | undefined>();

export function compileSmithyPattern(pattern: string): RegExp | undefined {
  if (cache.has(pattern)) return cache.get(pattern);
  let regex: RegExp | undefined;
  try {
    regex = new RegExp(pattern, "u");
  } catch {
    try {
      regex = new RegExp(pattern);
    } catch {
      regex = undefined;
    }
  }
  cache.set(pattern, regex);
  return regex;
}
