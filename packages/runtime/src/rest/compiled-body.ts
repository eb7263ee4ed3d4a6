/**
 * Compiled fast paths for restJson1 structure bodies, built once per operation with
 * `new Function` (as ajv does). A *plain* member (string, enum, boolean, or a non-sparse list of
 * strings/enums, with a constant default) has the same JSON and TypeScript form, so it is read,
 * validated and written by straight-line code; any other member (timestamps, numbers, maps,
 * unions, nested structures, ...) is handed to the interpreted code for that member alone.
 *
 * Each fast path handles only the happy case: on anything else it answers BAIL (reader, writer)
 * or `false` (validator), and the interpreted walk (json-codec.ts, validate.ts) runs and produces
 * the exact result or error. Behaviour is therefore the interpreted one by construction.
 *
 * Injection: member names and JSON keys enter the generated source only as JSON string literals
 * (`JSON.stringify`); every other constant (enum sets, pattern matchers, defaults) is passed in an
 * array and referenced by index.
 */
import { membersOf, readDefault, readJson, shapeOf, writeJson } from "./json-codec";
import type { RestConstraints, RestMember, RestServiceSchema, RestShape } from "./schema";
import { codePoints, compilePattern, memberIsValid } from "./validate";

/** The fast path declines: run the interpreted walk. */
export const BAIL: unique symbol = Symbol("oda.rest.bail");

export type FastReader = (json: unknown) => Record<string, unknown> | typeof BAIL;
export type FastValidator = (value: Record<string, unknown>) => boolean;
export type FastWriter = (value: Record<string, unknown>) => string | typeof BAIL;

/** String checks of one value: enum set, length bounds in code points, pattern. */
interface StringChecks {
  enumSet?: ReadonlySet<string>;
  length?: { min?: number; max?: number };
  pattern?: (value: string) => boolean;
}

interface FastMember {
  readonly name: string;
  readonly key: string;
  readonly member: RestMember;
  /** Handled by generated code; otherwise by the interpreted code for this member. */
  readonly plain: boolean;
  readonly list: boolean;
  readonly item: StringChecks;
  /** List constraints (list members only). */
  readonly listLength?: { min?: number; max?: number };
  readonly uniqueItems: boolean;
}

/** The members of a structure, each plain or not; undefined when the shape is not a structure. */
function fastMembers(schema: RestServiceSchema, shape: RestShape): FastMember[] | undefined {
  if (shape.type !== "structure") return undefined;
  const out: FastMember[] = [];
  for (const [name, member] of membersOf(shape)) {
    if (name === "__proto__") return undefined;
    const key = member.jsonName ?? name;
    const fast = plainMember(schema, member);
    out.push(fast ? { name, key, member, ...fast } : { name, key, member, plain: false, list: false, item: {}, uniqueItems: false });
  }
  return out;
}

function plainMember(schema: RestServiceSchema, member: RestMember): Omit<FastMember, "name" | "key" | "member"> | undefined {
  const target = shapeOf(schema, member.target);
  const d = member.default;
  if (d !== undefined && typeof d !== "string" && typeof d !== "boolean") return undefined;
  if (target.type === "string" || target.type === "enum" || target.type === "boolean") {
    const item = stringChecks(target, merged(target, member));
    return item ? { plain: true, list: false, item, uniqueItems: false } : undefined;
  }
  if (target.type === "list" && !target.sparse && d === undefined) {
    const m = target.member!;
    const itemShape = shapeOf(schema, m.target);
    if (itemShape.type !== "string" && itemShape.type !== "enum") return undefined;
    const item = stringChecks(itemShape, merged(itemShape, m));
    const c = merged(target, member);
    if (!item || c.pattern !== undefined || c.range) return undefined;
    return { plain: true, list: true, item, listLength: c.length, uniqueItems: c.uniqueItems === true };
  }
  return undefined;
}

function merged(shape: RestShape, member: RestMember): RestConstraints {
  return { ...shape.constraints, ...member.constraints };
}

function stringChecks(shape: RestShape, c: RestConstraints): StringChecks | undefined {
  if (c.range || c.uniqueItems) return undefined;
  if (shape.type === "boolean") return c.length || c.pattern !== undefined ? undefined : {};
  const enumValues = shape.enumValues;
  if (enumValues && !enumValues.every((v) => typeof v === "string")) return undefined;
  return {
    enumSet: enumValues ? new Set(enumValues as string[]) : undefined,
    length: c.length,
    pattern: c.pattern === undefined ? undefined : compilePattern(c.pattern),
  };
}

const lit = (text: string) => JSON.stringify(text);

/** `json[key]` for an own key only (a key such as `constructor` must not reach the prototype). */
function ownRead(object: string, key: string): string {
  return key in Object.prototype ? `(hasOwn.call(${object}, ${lit(key)}) ? ${object}[${lit(key)}] : undefined)` : `${object}[${lit(key)}]`;
}

/**
 * `function <signature> { <lines> }` over the given bindings; undefined where code generation from
 * strings is disabled (`--disallow-code-generation-from-strings`): the interpreted walk serves.
 */
function generate<T>(signature: string, lines: readonly string[], scope: Record<string, unknown>): T | undefined {
  const names = Object.keys(scope);
  try {
    const factory = new Function(...names, `return function ${signature} {\n${lines.join("\n")}\n};`) as (...args: unknown[]) => T;
    return factory(...names.map((name) => scope[name]));
  } catch {
    return undefined;
  }
}

/** Constants of one generated function, referenced by index (`k[3]`). */
class Constants {
  readonly values: unknown[] = [];
  ref(value: unknown): string {
    this.values.push(value);
    return `k[${this.values.length - 1}]`;
  }
}

/**
 * Reader of the body members `only` of a structure (no merge-patch nulls): the result
 * `readStructure` gives for a well-formed body, or BAIL. Non-plain members are read by `readJson`
 * (which throws the interpreted errors, in the same member order).
 */
export function compileReader(schema: RestServiceSchema, shape: RestShape, only: ReadonlySet<string>): FastReader | undefined {
  const members = fastMembers(schema, shape);
  if (!members) return undefined;
  const k = new Constants();
  const lines = [`if (typeof json !== "object" || json === null || Array.isArray(json)) return BAIL;`, `const out = {};`, `let v;`];
  for (const m of members) {
    if (!only.has(m.name)) continue;
    const name = lit(m.name);
    const path = `/${m.name}`;
    let absent = "";
    if (m.member.default !== undefined) {
      absent = m.plain
        ? `out[${name}] = ${k.ref(m.member.default)};`
        : `out[${name}] = ${k.ref(() => readDefault(schema, m.member, path))}();`;
    }
    let present: string;
    if (!m.plain) {
      present = `out[${name}] = ${k.ref((v: unknown) => readJson(schema, m.member.target, v, path, m.member))}(v);`;
    } else if (m.list) {
      present = `if (Array.isArray(v) && allStrings(v)) out[${name}] = v.slice(); else return BAIL;`;
    } else {
      const type = shapeOf(schema, m.member.target).type === "boolean" ? "boolean" : "string";
      present = `if (typeof v === ${lit(type)}) out[${name}] = v; else return BAIL;`;
    }
    lines.push(`v = ${ownRead("json", m.key)};`, `if (v === undefined) { ${absent} } else if (v !== null) { ${present} }`);
  }
  lines.push(`return out;`);
  return generate<FastReader>("read(json)", lines, { BAIL, k: k.values, hasOwn: Object.prototype.hasOwnProperty, allStrings });
}

function allStrings(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) if (typeof items[i] !== "string") return false;
  return true;
}

/**
 * Validator of a whole structure value: `true` when `validateStructure` would find nothing,
 * `false` when it might (it then runs to build the messages).
 */
export function compileValidator(schema: RestServiceSchema, shape: RestShape): FastValidator | undefined {
  const members = fastMembers(schema, shape);
  if (!members) return undefined;
  const k = new Constants();
  const stringCode = (variable: string, checks: StringChecks): string => {
    const parts: string[] = [];
    if (checks.enumSet) parts.push(`if (!${k.ref(checks.enumSet)}.has(${variable})) return false;`);
    const l = checks.length;
    if (l && (l.min !== undefined || l.max !== undefined)) {
      parts.push(`n = codePoints(${variable});`);
      if (l.min !== undefined) parts.push(`if (n < ${Number(l.min)}) return false;`);
      if (l.max !== undefined) parts.push(`if (n > ${Number(l.max)}) return false;`);
    }
    if (checks.pattern) parts.push(`if (!${k.ref(checks.pattern)}(${variable})) return false;`);
    return parts.length ? `if (typeof ${variable} === "string") { ${parts.join(" ")} }` : "";
  };
  const lines = [`let v, n, item;`];
  for (const m of members) {
    lines.push(`v = value[${lit(m.name)}];`);
    const checks: string[] = [];
    let guard = "true";
    if (!m.plain) {
      checks.push(`if (!${k.ref((v: unknown) => memberIsValid(schema, m.member, m.name, v))}(v)) return false;`);
    } else if (!m.list) {
      checks.push(stringCode("v", m.item));
    } else {
      guard = "Array.isArray(v)";
      const l = m.listLength;
      if (l?.min !== undefined) checks.push(`if (v.length < ${Number(l.min)}) return false;`);
      if (l?.max !== undefined) checks.push(`if (v.length > ${Number(l.max)}) return false;`);
      if (m.uniqueItems) checks.push(`if (!allStrings(v) || new Set(v).size !== v.length) return false;`);
      const item = stringCode("item", m.item);
      if (item) checks.push(`for (let i = 0; i < v.length; i++) { item = v[i]; ${item} }`);
    }
    const body = checks.filter(Boolean).join(" ");
    lines.push(`if (v === undefined || v === null) { ${m.member.required ? "return false;" : ""} }` + (body ? ` else if (${guard}) { ${body} }` : ""));
  }
  lines.push(`return true;`);
  return generate<FastValidator>("validate(value)", lines, { k: k.values, codePoints, allStrings });
}

/**
 * Writer of the members `only` of a structure as JSON text, with server defaults: the text
 * `JSON.stringify(writeStructure(..., "server"))` gives, or BAIL. Non-plain members are written
 * by `writeJson`.
 */
export function compileWriter(schema: RestServiceSchema, shape: RestShape, only: ReadonlySet<string> | undefined): FastWriter | undefined {
  const members = fastMembers(schema, shape);
  if (!members) return undefined;
  const k = new Constants();
  const lines = [`let s = "", v, t;`];
  for (const m of members) {
    if (only && !only.has(m.name)) continue;
    const prefix = lit(`,${JSON.stringify(m.key)}:`);
    let absent = "";
    if (m.member.default !== undefined) {
      absent = m.plain ? `v = ${k.ref(m.member.default)};` : `v = ${k.ref(() => readDefault(schema, m.member, `/${m.name}`))}();`;
    }
    lines.push(`v = value[${lit(m.name)}];`, `if (v === undefined || v === null) { ${absent} }`);
    if (m.plain) {
      lines.push(
        `if (v !== undefined && v !== null) {`,
        `  t = typeof v;`,
        // The interpreted writer passes these values through as they are; anything else (a Date,
        // an object with toJSON, a function) goes back to it.
        `  if (t === "string") s += ${prefix} + jsonString(v);`,
        `  else if (Array.isArray(v)) s += ${prefix} + jsonStrings(v);`,
        `  else if (t === "boolean" || t === "number") s += ${prefix} + JSON.stringify(v);`,
        `  else return BAIL;`,
        `}`,
      );
    } else {
      const write = k.ref((v: unknown) => JSON.stringify(writeJson(schema, m.member.target, v, m.member, "server")));
      // JSON.stringify gives undefined where an object member would be left out.
      lines.push(`if (v !== undefined && v !== null) { t = ${write}(v); if (t !== undefined) s += ${prefix} + t; }`);
    }
  }
  lines.push(`return s === "" ? "{}" : "{" + s.slice(1) + "}";`);
  return generate<FastWriter>("write(value)", lines, { BAIL, k: k.values, jsonString, jsonStrings });
}

/** Characters JSON.stringify escapes (controls, quote, backslash) or may escape (surrogates). */
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** `JSON.stringify(text)`, without its call overhead for the common short, plain string. */
export function jsonString(text: string): string {
  return text.length < 1024 && !NEEDS_ESCAPE.test(text) ? `"${text}"` : JSON.stringify(text);
}

/** `JSON.stringify(items)` for an array (strings fast, anything else as JSON.stringify does). */
export function jsonStrings(items: readonly unknown[]): string {
  let out = "[";
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== "string") return JSON.stringify(items);
    out += i === 0 ? jsonString(item) : `,${jsonString(item)}`;
  }
  return `${out}]`;
}
