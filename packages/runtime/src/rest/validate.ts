/**
 * Constraint validation of decoded values against the schema, with the messages Smithy's
 * server frameworks send in `ValidationException` (`Value at '/path' failed to satisfy
 * constraint: Member must ...`). Paths use member names, list indexes and map keys.
 * https://smithy.io/2.0/spec/constraint-traits.html
 */
import { linearPattern } from "../linear-pattern";
import type { FieldError } from "../contract";
import { membersOf } from "./json-codec";
import type { RestConstraints, RestMember, RestServiceSchema, RestShape } from "./schema";

type Matcher = (value: string) => boolean;

interface Ctx {
  readonly schema: RestServiceSchema;
  readonly errors: FieldError[];
  readonly patterns: Map<string, Matcher>;
}

const PATTERN_CACHE = new WeakMap<RestServiceSchema, Map<string, Matcher>>();

/**
 * `@pattern` runs on RE2 (linear time), so a hostile value cannot stall the server on a
 * backtracking pattern such as `^([0-9]+)+$` (see linear-pattern.ts).
 */
export function compilePattern(pattern: string): Matcher {
  const matcher = linearPattern(pattern);
  return (value) => matcher.test(value);
}

/** Every constraint failure of a structure value (empty when valid). */
export function validateStructure(schema: RestServiceSchema, shapeId: string, value: unknown): FieldError[] {
  let patterns = PATTERN_CACHE.get(schema);
  if (!patterns) PATTERN_CACHE.set(schema, (patterns = new Map()));
  const ctx: Ctx = { schema, errors: [], patterns };
  validateShape(ctx, shapeId, undefined, value, "");
  return ctx.errors;
}

/** Whether one member's value satisfies its constraints (the compiled validator's fallback). */
export function memberIsValid(schema: RestServiceSchema, member: RestMember, name: string, value: unknown): boolean {
  let patterns = PATTERN_CACHE.get(schema);
  if (!patterns) PATTERN_CACHE.set(schema, (patterns = new Map()));
  const ctx: Ctx = { schema, errors: [], patterns };
  validateShape(ctx, member.target, member, value, "", name);
  return ctx.errors.length === 0;
}

function fail(ctx: Ctx, path: string, constraint: string, detail: string, prefix = "Value"): void {
  ctx.errors.push({
    path,
    constraint,
    message: `${prefix} at '${path}' failed to satisfy constraint: Member must ${detail}`,
  });
}

const mergedCache = new WeakMap<RestMember, RestConstraints>();

/** The member's constraints over its target's, computed once per member. */
function merged(shape: RestShape, member: RestMember | undefined): RestConstraints {
  if (!member?.constraints) return shape.constraints ?? NONE;
  let c = mergedCache.get(member);
  if (!c) mergedCache.set(member, (c = { ...shape.constraints, ...member.constraints }));
  return c;
}

const NONE: RestConstraints = {};

/** Paths are built only when a failure is reported or an aggregate is entered (the hot path). */
function pathOf(parent: string, key: string | number | undefined): string {
  return key === undefined ? parent : `${parent}/${key}`;
}

function validateShape(
  ctx: Ctx,
  id: string,
  member: RestMember | undefined,
  value: unknown,
  parent: string,
  key?: string | number,
): void {
  const shape = ctx.schema.shapes[id];
  if (!shape || value === undefined || value === null) return;
  const c = merged(shape, member);
  switch (shape.type) {
    case "string":
    case "enum":
      if (typeof value !== "string") return;
      if (shape.enumValues && !shape.enumValues.includes(value)) {
        fail(ctx, pathOf(parent, key), "enum", `satisfy enum value set: [${(shape.listedEnumValues ?? shape.enumValues).join(", ")}]`);
        return;
      }
      if (c.length) checkLength(ctx, c, codePoints(value), parent, key);
      if (c.pattern !== undefined) checkPattern(ctx, c, value, parent, key);
      return;
    case "intEnum":
      if (shape.enumValues && !shape.enumValues.includes(value as number)) {
        fail(ctx, pathOf(parent, key), "enum", `satisfy enum value set: [${(shape.listedEnumValues ?? shape.enumValues).join(", ")}]`);
      }
      return;
    case "blob":
      if (value instanceof Uint8Array && c.length) checkLength(ctx, c, value.byteLength, parent, key);
      return;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
      if (typeof value === "number" && c.range) checkRange(ctx, c, value, parent, key);
      return;
    case "bigInteger":
    case "bigDecimal":
      if (c.range) checkRange(ctx, c, Number(value), parent, key);
      return;
    case "list": {
      if (!Array.isArray(value)) return;
      const path = pathOf(parent, key);
      if (c.length) checkLength(ctx, c, value.length, path, undefined);
      if (c.uniqueItems && hasDuplicates(value)) fail(ctx, path, "uniqueItems", "have unique values");
      const m = shape.member!;
      for (let i = 0; i < value.length; i++) validateShape(ctx, m.target, m, value[i], path, i);
      return;
    }
    case "map": {
      const path = pathOf(parent, key);
      const entries = Object.entries(value as Record<string, unknown>);
      if (c.length) checkLength(ctx, c, entries.length, path, undefined);
      for (const [k, item] of entries) {
        // Key failures are reported at the map's path, as the reference servers do.
        validateShape(ctx, shape.key!.target, shape.key, k, path);
        validateShape(ctx, shape.value!.target, shape.value, item, path, k);
      }
      return;
    }
    case "structure":
    case "union": {
      const path = pathOf(parent, key);
      for (const [name, m] of membersOf(shape)) {
        const item = (value as Record<string, unknown>)[name];
        if (item === undefined || item === null) {
          if (m.required && shape.type === "structure") fail(ctx, `${path}/${name}`, "required", "not be null");
          continue;
        }
        validateShape(ctx, m.target, m, item, path, name);
      }
      return;
    }
    default:
      return;
  }
}

/** Smithy counts string length in Unicode code points (`"👍"` has length 1). */
export function codePoints(value: string): number {
  let n = value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function checkLength(ctx: Ctx, c: RestConstraints, length: number, parent: string, key: string | number | undefined): void {
  const l = c.length;
  if (!l) return;
  if ((l.min === undefined || length >= l.min) && (l.max === undefined || length <= l.max)) return;
  const path = pathOf(parent, key);
  const prefix = `Value with length ${length}`;
  if (l.min !== undefined && l.max !== undefined) {
    fail(ctx, path, "length", `have length between ${l.min} and ${l.max}, inclusive`, prefix);
  } else if (l.min !== undefined) {
    fail(ctx, path, "length", `have length greater than or equal to ${l.min}`, prefix);
  } else {
    fail(ctx, path, "length", `have length less than or equal to ${l.max}`, prefix);
  }
}

function checkRange(ctx: Ctx, c: RestConstraints, n: number, parent: string, key: string | number | undefined): void {
  const r = c.range;
  if (!r) return;
  if ((r.min === undefined || n >= r.min) && (r.max === undefined || n <= r.max)) return;
  const path = pathOf(parent, key);
  if (r.min !== undefined && r.max !== undefined) {
    fail(ctx, path, "range", `be between ${r.min} and ${r.max}, inclusive`);
  } else if (r.min !== undefined) {
    fail(ctx, path, "range", `be greater than or equal to ${r.min}`);
  } else {
    fail(ctx, path, "range", `be less than or equal to ${r.max}`);
  }
}

function checkPattern(ctx: Ctx, c: RestConstraints, value: string, parent: string, key: string | number | undefined): void {
  if (c.pattern === undefined) return;
  let matches = ctx.patterns.get(c.pattern);
  if (!matches) ctx.patterns.set(c.pattern, (matches = compilePattern(c.pattern)));
  if (!matches(value)) fail(ctx, pathOf(parent, key), "pattern", `satisfy regular expression pattern: ${c.pattern}`);
}

/** `@uniqueItems` compares values structurally (timestamps by instant, blobs by bytes). */
function hasDuplicates(items: readonly unknown[]): boolean {
  if (items.every((i) => typeof i === "string") || items.every((i) => typeof i === "number" || typeof i === "boolean")) {
    return new Set<unknown>(items).size !== items.length;
  }
  const seen = new Set<string>();
  for (const item of items) {
    const key = canonical(item);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function canonical(value: unknown): string {
  if (value instanceof Date) return `t:${value.getTime()}`;
  if (value instanceof Uint8Array) return `b:${Buffer.from(value).toString("base64")}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "bigint") return `n:${value}`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** The restJson1 `ValidationException` message: "N validation error(s) detected. ...". */
export function validationSummary(errors: readonly FieldError[]): string {
  const n = errors.length;
  return `${n} validation error${n === 1 ? "" : "s"} detected. ${errors.map((e) => e.message).join("; ")}`;
}
