/**
 * `@pattern` on RE2 (re2js: linear time in the input), for patterns that would backtrack
 * super-linearly on the ECMAScript engine (`^(a+)+$`). Generated validators use it for the
 * patterns the code generator flags; the REST layer uses it for every pattern.
 */
import { RE2JS } from "re2js";

/** What a validator needs of a compiled pattern: the same `test` as a RegExp (unanchored). */
export interface PatternMatcher {
  test(value: string): boolean;
}

/**
 * A linear-time matcher for `source`; patterns RE2 cannot express (lookaround, backreferences)
 * fall back to the ECMAScript engine, which the generator reports when it emits them.
 */
export function linearPattern(source: string): PatternMatcher {
  try {
    const re = RE2JS.compile(source);
    return { test: (value) => re.matcher(value).find() };
  } catch {
    return new RegExp(source, "u");
  }
}
