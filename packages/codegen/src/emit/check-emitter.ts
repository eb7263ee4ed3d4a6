/**
 * Emits the validation half of a codec: a `checkX` function per aggregate shape, straight-line
 * code that pushes every failure (path, constraint, value) of one input into a shared `errors`
 * array. Scalar type checks call small `expectX` helpers; constraints are inlined.
 * https://smithy.io/2.0/spec/constraint-traits.html
 */
import { UNIT, isNodeObject, isPreludeId, type MemberShape, type Shape } from "@oda-codegen/smithy";
import { literal } from "../names";
import type { GenContext } from "../view-model/context";
import {
  TRAIT,
  constraintsOf,
  isRequired,
  type Bounds,
  type Constraints,
} from "../view-model/traits";
import { localName, type EmitState, type Helper } from "./emit-state";

const INTEGER_BOUNDS: Readonly<Record<string, [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
};

/** Where a value sits: failures are reported at `at(base, key)`; nested checks get `nested`. */
export interface Loc {
  /** Expression of the parent's path. */
  readonly base: string;
  /** Expression of the key under the parent: a string literal, an index or a key variable. */
  readonly key: string;
  /** Expression of the full path, for calls into nested `checkX` functions. */
  readonly nested: string;
}

export const ROOT: Loc = { base: "path", key: "undefined", nested: "path" };

export function memberLoc(name: string): Loc {
  return { base: "path", key: literal(name), nested: `\`\${path}/${name}\`` };
}

/** Values of Smithy 1.0's `@enum` trait on a string shape (deprecated, still found in models). */
export function enumTraitValues(shape: Shape): string[] | undefined {
  const trait = shape.traits.get(TRAIT.enumTrait);
  if (!Array.isArray(trait)) return undefined;
  return trait.flatMap((e) => (isNodeObject(e) && typeof e.value === "string" ? [e.value] : []));
}

/** Whether a shape gets its own `checkX` function (aggregates) or is checked inline. */
export function hasCheckFunction(shape: Shape): boolean {
  return (
    !isPreludeId(shape.id) &&
    ["structure", "union", "list", "set", "map", "enum", "intEnum"].includes(shape.type)
  );
}

function boundsText(bounds: Bounds, unit: string): string {
  const u = unit ? ` ${unit}` : "";
  if (bounds.min !== undefined && bounds.max !== undefined) {
    return bounds.min === bounds.max
      ? `exactly ${bounds.min}${u}`
      : `between ${bounds.min} and ${bounds.max}${u}`;
  }
  return bounds.min !== undefined ? `at least ${bounds.min}${u}` : `at most ${bounds.max}${u}`;
}

function outside(expr: string, bounds: Bounds, numeric: (n: number) => string = String): string {
  const parts: string[] = [];
  if (bounds.min !== undefined) parts.push(`${expr} < ${numeric(bounds.min)}`);
  if (bounds.max !== undefined) parts.push(`${expr} > ${numeric(bounds.max)}`);
  return parts.join(" || ");
}

/** `if (guard) <one statement>` or `if (guard) { … }`; no guard means unconditional. */
function guardedBlock(guard: string, checks: string[]): string[] {
  if (checks.length === 0) return [`${guard};`];
  return [`if (${guard}) ${block(checks)}`];
}

/** `expectX(value.m, path, "m", errors[, min, max]);`: a type check and nothing else. */
const PLAIN_EXPECT =
  /^expect(String|Boolean|Number|Long|Timestamp|Integer)\((value\.[A-Za-z_$][\w$]*), path, ("[^"\\]*"), errors((?:, -?\d+){2})?\);$/;

export class CheckEmitter {
  constructor(
    private readonly ctx: GenContext,
    private readonly state: EmitState,
  ) {}

  /** Set while emitting checks of a `@sensitive` value: messages then do not show it. */
  private redact = false;

  private fail(loc: Loc, constraint: string, message: string, value: string): string {
    this.state.use("fail");
    if (this.redact) this.state.use("redacted");
    const shown = this.redact ? "REDACTED" : value;
    return `fail(errors, ${loc.base}, ${loc.key}, ${literal(constraint)}, ${literal(message)}, ${shown});`;
  }

  private expect(helper: Helper, v: string, loc: Loc, extra = ""): string {
    this.state.use(helper);
    return `${helper}(${v}, ${loc.base}, ${loc.key}, errors${extra})`;
  }

  private lengthCheck(
    v: string,
    measure: string,
    constraints: Constraints,
    unit: string,
    loc: Loc,
  ): string[] {
    if (!constraints.length) return [];
    return [
      `if (${outside(measure, constraints.length)}) ${this.fail(loc, "length", `length must be ${boundsText(constraints.length, unit)}`, v)}`,
    ];
  }

  private rangeCheck(
    v: string,
    constraints: Constraints,
    loc: Loc,
    numeric: (n: number) => string = String,
  ): string[] {
    if (!constraints.range) return [];
    return [
      `if (${outside(v, constraints.range, numeric)}) ${this.fail(loc, "range", `must be ${boundsText(constraints.range, "")}`, v)}`,
    ];
  }

  /**
   * Statements checking `v` (a local holding a present, non-null value) against the target shape
   * and the constraints in effect (the member's over the target's).
   */
  valueChecks(
    targetId: string,
    member: MemberShape | undefined,
    v: string,
    loc: Loc,
    stem = v,
  ): string[] {
    const outer = this.redact;
    this.redact =
      outer ||
      member?.traits.has(TRAIT.sensitive) === true ||
      this.ctx.shape(targetId).traits.has(TRAIT.sensitive);
    try {
      return this.unredactedValueChecks(targetId, member, v, loc, stem);
    } finally {
      this.redact = outer;
    }
  }

  private unredactedValueChecks(
    targetId: string,
    member: MemberShape | undefined,
    v: string,
    loc: Loc,
    stem: string,
  ): string[] {
    if (targetId === UNIT) return [`${this.expect("expectObject", v, loc)};`];
    const target = this.ctx.shape(targetId);
    const constraints = constraintsOf(isPreludeId(targetId) ? undefined : target, member);
    if (hasCheckFunction(target)) {
      const call = `check${this.ctx.typeName(targetId)}(${v}, ${loc.nested}, errors);`;
      // Member-level @length on a list or map adds to the target's own checks.
      const own = constraintsOf(member).length;
      if (own && (target.type === "list" || target.type === "set" || target.type === "map")) {
        const size = target.type === "map" ? `Object.keys(${v}).length` : `${v}.length`;
        const isShape = target.type === "map" ? `typeof ${v} === "object"` : `Array.isArray(${v})`;
        const text = `length must be ${boundsText(own, target.type === "map" ? "entries" : "items")}`;
        return [
          call,
          `if (${isShape} && (${outside(size, own)})) ${this.fail(loc, "length", text, v)}`,
        ];
      }
      return [call];
    }
    switch (target.type) {
      case "string": {
        const checks: string[] = [];
        if (constraints.length) {
          this.state.use("codePointLength");
          const both = constraints.length.min !== undefined && constraints.length.max !== undefined;
          if (both) checks.push(`const ${stem}Length = codePointLength(${v});`);
          checks.push(
            ...this.lengthCheck(
              v,
              both ? `${stem}Length` : `codePointLength(${v})`,
              constraints,
              "code points",
              loc,
            ),
          );
        }
        const legacyEnum = enumTraitValues(target);
        if (legacyEnum !== undefined) {
          const set = this.state.enumSet(this.ctx.typeName(targetId), legacyEnum);
          const listed = legacyEnum.map((e) => JSON.stringify(e)).join(", ");
          checks.push(
            `if (!${set}.has(${v})) ${this.fail(loc, "enum", `must be one of ${listed}`, v)}`,
          );
        }
        if (constraints.pattern !== undefined) {
          // Name the RegExp after whoever declares the pattern: the member, else the target shape.
          const own = member?.traits.has(TRAIT.pattern) || isPreludeId(targetId);
          const owner =
            own && member
              ? `${this.ctx.typeName(member.container)}_${member.name}`
              : this.ctx.typeName(targetId);
          const re = this.state.pattern(constraints.pattern, owner);
          checks.push(
            `if (!${re}.test(${v})) ${this.fail(loc, "pattern", `must match ${constraints.pattern}`, v)}`,
          );
        }
        return guardedBlock(this.expect("expectString", v, loc), checks);
      }
      case "boolean":
        return [`${this.expect("expectBoolean", v, loc)};`];
      case "byte":
      case "short":
      case "integer": {
        const [min, max] = INTEGER_BOUNDS[target.type]!;
        return guardedBlock(
          this.expect("expectInteger", v, loc, `, ${min}, ${max}`),
          this.rangeCheck(v, constraints, loc),
        );
      }
      case "long":
        return guardedBlock(
          this.expect("expectLong", v, loc),
          this.rangeCheck(v, constraints, loc),
        );
      case "float":
      case "double":
        return guardedBlock(
          this.expect("expectNumber", v, loc),
          this.rangeCheck(v, constraints, loc),
        );
      case "bigInteger":
        return guardedBlock(
          this.expect("expectBigInt", v, loc),
          this.rangeCheck(v, constraints, loc, (n) => (Number.isInteger(n) ? `${n}n` : String(n))),
        );
      case "bigDecimal":
        return guardedBlock(
          this.expect("expectDecimal", v, loc),
          this.rangeCheck(`Number(${v})`, constraints, loc),
        );
      case "timestamp":
        return [`${this.expect("expectTimestamp", v, loc)};`];
      case "blob":
        return guardedBlock(
          this.expect("expectBlob", v, loc),
          this.lengthCheck(v, `${v}.length`, constraints, "bytes", loc),
        );
      case "document":
        return [];
      default:
        throw new Error(`No validation for ${target.type} ${target.id}`);
    }
  }

  /** `checkX(value, path, errors)` for a structure, union, list, map or enum shape. */
  checkFunction(shape: Shape): string {
    const name = `check${this.ctx.typeName(shape.id)}`;
    return `function ${name}(value: unknown, path: string, errors: FieldError[]): void {\n${this.checkBody(shape).join("\n")}\n}`;
  }

  private checkBody(shape: Shape): string[] {
    switch (shape.type) {
      case "structure":
        return this.structureBody(shape);
      case "union":
        return this.unionBody(shape);
      case "list":
      case "set":
        return this.listBody(shape);
      case "map":
        return this.mapBody(shape);
      case "enum":
      case "intEnum":
        return this.enumBody(shape);
      default:
        throw new Error(`No check function for ${shape.type}`);
    }
  }

  private structureBody(shape: Shape): string[] {
    const lines = [`if (!${this.expect("expectObject", "value", ROOT)}) return;`];
    for (const member of shape.members.values()) {
      // `value.x` itself, not a local: type predicates narrow property accesses too.
      const v = `value.${member.name}`;
      const loc = memberLoc(member.name);
      const checks = this.valueChecks(member.target, member, v, loc, localName(member.name));
      const required = isRequired(member) && !member.traits.has(TRAIT.default);
      // A type check and nothing else: one call to a helper that also handles absence (the
      // same failures in the same order, less code to format and type-check).
      const plain = checks.length === 1 ? PLAIN_EXPECT.exec(checks[0]!) : null;
      if (plain !== null && plain[2] === v && plain[3] === loc.key) {
        const helper = `${required ? "required" : "optional"}${plain[1]!}` as Helper;
        this.state.use(helper);
        lines.push(`${helper}(${v}, path, ${loc.key}, errors${plain[4] ?? ""});`);
        continue;
      }
      if (required) {
        this.state.use("missing");
        lines.push(`if (${v} == null) missing(errors, path, ${loc.key});`);
        if (checks.length > 0) lines.push(`else ${block(checks)}`);
      } else if (checks.length > 0) {
        lines.push(`if (${v} != null) ${block(checks)}`);
      }
    }
    return lines;
  }

  private unionBody(shape: Shape): string[] {
    const lines = [`if (!${this.expect("expectObject", "value", ROOT)}) return;`];
    lines.push(`let set = 0;`, `for (const key in value) if (value[key] != null) set++;`);
    lines.push(
      `if (set !== 1) {`,
      this.fail(ROOT, "union", "must have exactly one member set", "value"),
      `return;`,
      `}`,
    );
    let first = true;
    for (const member of shape.members.values()) {
      const checks = this.valueChecks(member.target, member, "variant", memberLoc(member.name));
      const present = `value.${member.name} != null`;
      const body =
        checks.length > 0
          ? [`const variant = value.${member.name};`, ...checks]
          : ["// Any document is valid."];
      lines.push(`${first ? "" : "else "}if (${present}) {`, ...body, `}`);
      first = false;
    }
    const names = [...shape.members.keys()].join(", ");
    lines.push(
      `${first ? "" : "else "}if (value.$unknown === undefined) ${this.fail(ROOT, "union", `must set one of: ${names}`, "value")}`,
    );
    return lines;
  }

  private listBody(shape: Shape): string[] {
    const member = shape.members.get("member")!;
    const lines = [`if (!${this.expect("expectArray", "value", ROOT)}) return;`];
    const own = constraintsOf(shape);
    lines.push(...this.lengthCheck("value", "value.length", own, "items", ROOT));
    if (own.uniqueItems || shape.type === "set") {
      this.state.use("firstDuplicate");
      lines.push(`const duplicate = firstDuplicate(value);`);
      // Reported at the list itself, as Smithy's ValidationException does; the message names the item.
      lines.push(
        `if (duplicate >= 0) ${this.fail(ROOT, "uniqueItems", "items must be unique; a repeated item is", "value[duplicate]")}`,
      );
    }
    // Items that are aggregates are checked at path "" and their failures moved under
    // `${path}/${i}` afterwards: valid items, the common case, cost no path string at all.
    const relocated =
      hasCheckFunction(this.ctx.shape(member.target)) && constraintsOf(member).length === undefined;
    if (relocated) this.state.use("relocate");
    const itemLoc = relocated
      ? { base: "path", key: "i", nested: '""' }
      : { base: "path", key: "i", nested: "`${path}/${i}`" };
    const checks = this.valueChecks(member.target, member, "item", itemLoc);
    if (relocated) {
      checks.unshift("const mark = errors.length;");
      checks.push("if (errors.length > mark) relocate(errors, mark, path, i);");
    }
    if (checks.length > 0) {
      lines.push(`for (let i = 0; i < value.length; i++) {`, `const item: unknown = value[i];`);
      lines.push(
        shape.traits.has(TRAIT.sparse) ? `if (item === null) continue;` : "",
        ...checks,
        `}`,
      );
    }
    return lines.filter((l) => l !== "");
  }

  private mapBody(shape: Shape): string[] {
    const keyMember = shape.members.get("key")!;
    const valueMember = shape.members.get("value")!;
    const lines = [`if (!${this.expect("expectObject", "value", ROOT)}) return;`];
    const own = constraintsOf(shape);
    lines.push(...this.lengthCheck("value", "Object.keys(value).length", own, "entries", ROOT));
    const loc: Loc = { base: "path", key: "key", nested: "at(path, key)" };
    // A bad key is reported at the map, as Smithy's ValidationException does.
    const keyChecks = this.keyChecks(keyMember, ROOT);
    const valueChecks = this.valueChecks(valueMember.target, valueMember, "item", loc);
    if (valueChecks.some((c) => c.includes("at(path, key)"))) this.state.use("at");
    if (keyChecks.length + valueChecks.length > 0) {
      lines.push(`for (const key in value) {`, ...keyChecks);
      if (valueChecks.length > 0) {
        lines.push(`const item = value[key];`);
        if (shape.traits.has(TRAIT.sparse)) lines.push(`if (item === null) continue;`);
        lines.push(...valueChecks);
      }
      lines.push(`}`);
    }
    return lines;
  }

  /** Map keys are strings by construction; only their constraints and enum membership matter. */
  private keyChecks(keyMember: MemberShape, loc: Loc): string[] {
    const target = this.ctx.shape(keyMember.target);
    if (target.type === "enum")
      return [`check${this.ctx.typeName(target.id)}(key, ${loc.nested}, errors);`];
    if (enumTraitValues(target) !== undefined)
      return this.valueChecks(keyMember.target, keyMember, "key", loc).map((c) =>
        c.replace(/^if \(expectString\(key, [^)]*\)\) /, ""),
      );
    const constraints = constraintsOf(isPreludeId(target.id) ? undefined : target, keyMember);
    if (!constraints.length && constraints.pattern === undefined) return [];
    const checks = this.valueChecks(keyMember.target, keyMember, "key", loc);
    // Drop the string guard: `if (expectString(key, …)) X` becomes `X`.
    return checks.map((c) => c.replace(/^if \(expectString\(key, [^)]*\)\) /, ""));
  }

  private enumBody(shape: Shape): string[] {
    const values = [...shape.members.values()].map((m) => {
      const v = m.traits.get(TRAIT.enumValue);
      return shape.type === "intEnum" ? Number(v) : typeof v === "string" ? v : m.name;
    });
    const set = this.state.enumSet(this.ctx.typeName(shape.id), values);
    const listed = values
      .map((v) => (typeof v === "number" ? String(v) : JSON.stringify(v)))
      .join(", ");
    return [
      `if (!${set}.has(value)) ${this.fail(ROOT, "enum", `must be one of ${listed}`, "value")}`,
    ];
  }
}

/** One statement as is, several in braces. */
export function block(statements: string[]): string {
  return statements.length === 1 ? statements[0]! : `{\n${statements.join("\n")}\n}`;
}
