/**
 * Shared state while emitting one service's codecs: which helper functions the code uses (only
 * those are written, so there is no dead code) and the module-level constants it needs.
 */
import { superLinearReason } from "./pattern-safety";
import { constantCase, literal } from "../names";

export const HELPERS = [
  "isObject",
  "show",
  "redacted",
  "at",
  "fail",
  "missing",
  "expectObject",
  "expectArray",
  "expectString",
  "expectBoolean",
  "expectInteger",
  "expectLong",
  "expectNumber",
  "expectBigInt",
  "expectDecimal",
  "expectTimestamp",
  "expectBlob",
  "codePointLength",
  "optionalString",
  "requiredString",
  "optionalBoolean",
  "requiredBoolean",
  "optionalNumber",
  "requiredNumber",
  "optionalLong",
  "requiredLong",
  "optionalTimestamp",
  "requiredTimestamp",
  "optionalInteger",
  "requiredInteger",
  "relocate",
  "firstDuplicate",
  "readEpochSeconds",
  "readDateString",
  "readBase64",
  "readBigInt",
  "readFloat",
  "readDecimal",
  "floatToJson",
  "toBase64",
] as const;
export type Helper = (typeof HELPERS)[number];

/** Helpers that call other helpers. */
const HELPER_DEPENDENCIES: Partial<Record<Helper, Helper[]>> = {
  fail: ["at", "show"],
  missing: ["at"],
  relocate: ["at"],
  optionalString: ["expectString"],
  requiredString: ["expectString", "missing"],
  optionalBoolean: ["expectBoolean"],
  requiredBoolean: ["expectBoolean", "missing"],
  optionalNumber: ["expectNumber"],
  requiredNumber: ["expectNumber", "missing"],
  optionalLong: ["expectLong"],
  requiredLong: ["expectLong", "missing"],
  optionalTimestamp: ["expectTimestamp"],
  requiredTimestamp: ["expectTimestamp", "missing"],
  optionalInteger: ["expectInteger"],
  requiredInteger: ["expectInteger", "missing"],
  expectObject: ["fail", "isObject"],
  expectArray: ["fail"],
  expectString: ["fail"],
  expectBoolean: ["fail"],
  expectInteger: ["fail"],
  expectLong: ["fail"],
  expectNumber: ["fail"],
  expectBigInt: ["fail"],
  expectDecimal: ["fail"],
  expectTimestamp: ["fail"],
  expectBlob: ["fail"],
};

export class EmitState {
  readonly helpers = new Set<Helper>();
  /** Module-level constants in creation order: patterns and enum value sets. */
  readonly constants: string[] = [];
  private readonly constantNames = new Set<string>();
  private readonly patterns = new Map<string, string>();
  private readonly enumSets = new Map<string, string>();

  use(...helpers: Helper[]): void {
    for (const h of helpers) {
      this.helpers.add(h);
      for (const dep of HELPER_DEPENDENCIES[h] ?? []) this.use(dep);
    }
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let n = 2; this.constantNames.has(name); n++) name = `${base}_${n}`;
    this.constantNames.add(name);
    return name;
  }

  /** Whether a pattern runs on the runtime's `linearPattern` (RE2) instead of a RegExp. */
  usesLinearPattern = false;
  /** What generation reports about this file: patterns that would backtrack super-linearly. */
  readonly warnings: string[] = [];

  /**
   * A module-level matcher for a Smithy `@pattern` (ECMA 262, unanchored): a RegExp, or the
   * runtime's RE2 matcher when the pattern could backtrack super-linearly (ReDoS).
   */
  pattern(source: string, owner: string): string {
    const existing = this.patterns.get(source);
    if (existing) return existing;
    const name = this.uniqueName(`${constantCase(owner)}_PATTERN`);
    const reason = superLinearReason(source);
    if (reason === undefined) {
      this.constants.push(`const ${name} = ${regExpExpression(source)};`);
    } else {
      this.usesLinearPattern = true;
      this.warnings.push(
        `@pattern ${JSON.stringify(source)} (${owner}) could backtrack super-linearly: ${reason}; its validator runs on RE2 (linear time)`,
      );
      this.constants.push(
        "// Could backtrack super-linearly on RegExp: evaluated on RE2, in time linear in the value.",
        `const ${name} = linearPattern(${literal(source)});`,
      );
    }
    this.patterns.set(source, name);
    return name;
  }

  /** A module-level `Set` of an enum's values, for membership checks. */
  enumSet(enumName: string, values: readonly (string | number)[]): string {
    const existing = this.enumSets.get(enumName);
    if (existing) return existing;
    const name = this.uniqueName(`${constantCase(enumName)}_VALUES`);
    const elementType = typeof values[0] === "number" ? "number" : "string";
    this.constants.push(
      `const ${name}: ReadonlySet<unknown> = new Set<${elementType}>([${values.map((v) => (typeof v === "number" ? String(v) : literal(v))).join(", ")}]);`,
    );
    this.enumSets.set(enumName, name);
    return name;
  }
}

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined " +
    "value path errors json key item i"
  ).split(" "),
);

/** A local variable name for a member: the member name unless reserved or taken. */
export function localName(memberName: string): string {
  return RESERVED.has(memberName) ? `${memberName}Value` : memberName;
}

/** `new RegExp(…)` for a pattern: unicode mode unless only the legacy grammar accepts it. */
function regExpExpression(source: string): string {
  try {
    new RegExp(source, "u");
    return `new RegExp(${literal(source)}, "u")`;
  } catch {
    // Some models use escapes that only the legacy (non-unicode) grammar accepts.
    return `new RegExp(${literal(source)})`;
  }
}
