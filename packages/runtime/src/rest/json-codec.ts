/**
 * restJson1 document bodies, driven by the schema: `@jsonName`, timestamps (epoch seconds by
 * default), blobs as base64, NaN/Infinity as strings, unions as single-key objects, documents as
 * is. Reading is strict (a wrong JSON type is a SerializationError), and never assigns an
 * attacker-chosen key through `obj[key] = v` on an ordinary object, so `__proto__` and
 * `constructor` keys stay plain data.
 * https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#json-shape-serialization
 */
import type { JsonValue } from "../contract";
import type { RestMember, RestServiceSchema, RestShape, TimestampFormat } from "./schema";
import {
  SerializationError,
  checkInteger,
  decodeBase64,
  encodeBase64,
  epochSecondsToDate,
  floatToJson,
  formatTimestamp,
  parseTimestampText,
} from "./scalars";

/** Sets an own property whatever the key (no `__proto__` setter). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

const memberLists = new WeakMap<RestShape, ReadonlyArray<readonly [string, RestMember]>>();

/** The members of a structure or union as a list, computed once per shape (hot path). */
export function membersOf(shape: RestShape): ReadonlyArray<readonly [string, RestMember]> {
  let list = memberLists.get(shape);
  if (!list) memberLists.set(shape, (list = Object.entries(shape.members ?? {})));
  return list;
}

export function shapeOf(schema: RestServiceSchema, id: string): RestShape {
  const shape = schema.shapes[id];
  if (!shape) throw new Error(`REST schema of ${schema.name} lacks shape ${id}`);
  return shape;
}

export interface ReadOptions {
  /** Client side: accept date-time offsets and unknown enum values. */
  lenient?: boolean;
  /** JSON Merge Patch bodies: an explicit `null` member is kept (it removes the attribute). */
  keepNulls?: boolean;
}

function expected(what: string, json: unknown, path: string): never {
  throw new SerializationError(`expected ${what}, got ${typeName(json)}`, path);
}

function typeName(json: unknown): string {
  return json === null ? "null" : Array.isArray(json) ? "array" : typeof json;
}

/** Reads the JSON form of a value of shape `id` into its TypeScript form. */
export function readJson(
  schema: RestServiceSchema,
  id: string,
  json: unknown,
  path: string,
  member?: RestMember,
  options: ReadOptions = {},
): unknown {
  const shape = shapeOf(schema, id);
  switch (shape.type) {
    case "string":
    case "enum":
      return typeof json === "string" ? json : expected("a string", json, path);
    case "boolean":
      return typeof json === "boolean" ? json : expected("a boolean", json, path);
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "intEnum":
      return typeof json === "number" ? checkInteger(shape.type, json, path) : expected("an integer", json, path);
    case "float":
    case "double":
      if (typeof json === "number") return json;
      if (json === "NaN") return NaN;
      if (json === "Infinity") return Infinity;
      if (json === "-Infinity") return -Infinity;
      return expected("a number", json, path);
    case "bigInteger":
      if (typeof json === "number" && Number.isInteger(json)) return BigInt(json);
      if (typeof json === "string" && /^-?\d+$/.test(json)) return BigInt(json);
      return expected("an integer", json, path);
    case "bigDecimal":
      if (typeof json === "number") return String(json);
      if (typeof json === "string" && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(json)) return json;
      return expected("a decimal", json, path);
    case "blob":
      return typeof json === "string" ? decodeBase64(json, path) : expected("a base64 string", json, path);
    case "timestamp":
      return readTimestamp(member?.timestampFormat ?? shape.timestampFormat, json, path, options);
    case "document":
      return json;
    case "list":
      return readList(schema, shape, json, path, options);
    case "map":
      return readMap(schema, shape, json, path, options);
    case "structure":
      return readStructure(schema, shape, json, path, options);
    case "union":
      return readUnion(schema, shape, json, path, options);
  }
}

function readTimestamp(format: TimestampFormat | undefined, json: unknown, path: string, options: ReadOptions): Date {
  const f = format ?? "epoch-seconds";
  if (f === "epoch-seconds") {
    if (typeof json !== "number") throw new SerializationError("expected epoch seconds", path);
    return epochSecondsToDate(json, path);
  }
  if (typeof json !== "string") throw new SerializationError(`expected a ${f} string`, path);
  return parseTimestampText(f, json, path, options.lenient);
}

function readList(schema: RestServiceSchema, shape: RestShape, json: unknown, path: string, options: ReadOptions) {
  if (!Array.isArray(json)) throw new SerializationError(`expected an array, got ${typeName(json)}`, path);
  const member = shape.member!;
  const target = shapeOf(schema, member.target).type;
  // Strings (and enums: checked by the validator) read as themselves: no per-item dispatch.
  if ((target === "string" || target === "enum") && json.every((item) => typeof item === "string")) return json.slice();
  const out: unknown[] = new Array(json.length);
  for (let i = 0; i < json.length; i++) {
    const item: unknown = json[i];
    if (item === null) {
      if (!shape.sparse) throw new SerializationError("null in a non-sparse list", `${path}/${i}`);
      out[i] = null;
    } else {
      out[i] = readJson(schema, member.target, item, `${path}/${i}`, member, options);
    }
  }
  return out;
}

function readMap(schema: RestServiceSchema, shape: RestShape, json: unknown, path: string, options: ReadOptions) {
  if (!isObject(json)) throw new SerializationError(`expected an object, got ${typeName(json)}`, path);
  const value = shape.value!;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(json)) {
    const item = json[key];
    if (item === null) {
      if (shape.sparse) setOwn(out, key, null);
      else if (!options.lenient) throw new SerializationError("null in a non-sparse map", `${path}/${key}`);
      continue;
    }
    setOwn(out, key, readJson(schema, value.target, item, `${path}/${key}`, value, options));
  }
  return out;
}

function isObject(json: unknown): json is Record<string, unknown> {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}

/** Reads only the modeled members (by jsonName); unknown keys are ignored, nulls are absent. */
export function readStructure(
  schema: RestServiceSchema,
  shape: RestShape,
  json: unknown,
  path: string,
  options: ReadOptions = {},
  only?: ReadonlySet<string>,
): Record<string, unknown> {
  if (!isObject(json)) throw new SerializationError(`expected an object, got ${typeName(json)}`, path);
  const out: Record<string, unknown> = {};
  for (const plan of planOf(schema, shape)) {
    const name = plan.name;
    if (only && !only.has(name)) continue;
    const member = plan.member;
    if (!hasOwn(json, plan.key)) {
      if (member.default !== undefined && !options.keepNulls) {
        out[name] = plan.constantDefault ? member.default : readDefault(schema, member, path + plan.suffix);
      }
      continue;
    }
    const value = json[plan.key];
    if (value === null) {
      if (options.keepNulls) out[name] = null;
    } else if (plan.kind === "string" && typeof value === "string") {
      out[name] = value;
    } else if (plan.kind === "boolean" && typeof value === "boolean") {
      out[name] = value;
    } else {
      out[name] = readJson(schema, member.target, value, path + plan.suffix, member, options);
    }
  }
  return out;
}

/** How each member of a structure is read and written, computed once per shape (the hot path). */
interface MemberPlan {
  readonly name: string;
  readonly key: string;
  readonly suffix: string;
  readonly member: RestMember;
  /** `string`/`boolean`: JSON and TypeScript forms are the same value. */
  readonly kind: "string" | "boolean" | "other";
  /** The default is a string, number or boolean: usable as is. */
  readonly constantDefault: boolean;
}

const plans = new WeakMap<RestShape, readonly MemberPlan[]>();

function planOf(schema: RestServiceSchema, shape: RestShape): readonly MemberPlan[] {
  let plan = plans.get(shape);
  if (plan) return plan;
  plan = membersOf(shape).map(([name, member]) => {
    const type = shapeOf(schema, member.target).type;
    const kind = type === "string" || type === "enum" ? "string" : type === "boolean" ? "boolean" : "other";
    const d = member.default;
    const constantDefault = kind !== "other" && (typeof d === "string" || typeof d === "boolean");
    return { name, key: member.jsonName ?? name, suffix: `/${name}`, member, kind, constantDefault };
  });
  plans.set(shape, plan);
  return plan;
}

function readUnion(schema: RestServiceSchema, shape: RestShape, json: unknown, path: string, options: ReadOptions) {
  if (!isObject(json)) throw new SerializationError(`expected an object, got ${typeName(json)}`, path);
  const members = shape.members ?? {};
  const set = Object.keys(json).filter((k) => k !== "__type" && json[k] !== null);
  if (set.length !== 1) throw new SerializationError(`a union needs exactly one member, got ${set.length}`, path);
  const key = set[0]!;
  const entry = Object.entries(members).find(([name, m]) => (m.jsonName ?? name) === key);
  if (!entry) {
    if (options.lenient) return { $unknown: [key, json[key]] };
    throw new SerializationError(`unknown union member '${key}'`, path);
  }
  const [name, member] = entry;
  return { [name]: readJson(schema, member.target, json[key], `${path}/${name}`, member, options) };
}

/** Writes a value of shape `id` in its JSON form. */
/**
 * Which `@default` values of unset members a writer fills in (defaults tests): a server writes
 * them all; a client only those of nested structures, and not for `@clientOptional` members.
 */
export type DefaultMode = "none" | "server" | "client";

export function writeJson(
  schema: RestServiceSchema,
  id: string,
  value: unknown,
  member?: RestMember,
  fillDefaults: DefaultMode = "none",
): JsonValue {
  const shape = shapeOf(schema, id);
  switch (shape.type) {
    case "float":
    case "double":
      return floatToJson(value as number);
    case "bigInteger":
      return typeof value === "bigint" ? Number(value) : (value as number);
    case "bigDecimal":
      return Number(value);
    case "blob":
      return encodeBase64(asBytes(value));
    case "timestamp":
      return formatTimestamp(member?.timestampFormat ?? shape.timestampFormat ?? "epoch-seconds", value as Date);
    case "list": {
      const m = shape.member!;
      const items = value as unknown[];
      const itemType = shapeOf(schema, m.target).type;
      if (itemType === "string" || itemType === "enum" || itemType === "boolean") return items as JsonValue[];
      const out: JsonValue[] = new Array(items.length);
      for (let i = 0; i < items.length; i++) {
        out[i] = items[i] === null ? null : writeJson(schema, m.target, items[i], m, fillDefaults);
      }
      return out;
    }
    case "map": {
      const v = shape.value!;
      const out: Record<string, JsonValue> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        setOwn(out, key, item === null ? null : writeJson(schema, v.target, item, v, fillDefaults));
      }
      return out;
    }
    case "structure":
      return writeStructure(schema, shape, value as Record<string, unknown>, undefined, fillDefaults, false);
    case "union": {
      const out: Record<string, JsonValue> = {};
      for (const [name, m] of membersOf(shape)) {
        const item = (value as Record<string, unknown>)[name];
        if (item !== undefined) out[m.jsonName ?? name] = writeJson(schema, m.target, item, m, fillDefaults);
      }
      const unknown = (value as { $unknown?: [string, JsonValue] }).$unknown;
      if (unknown) setOwn(out, unknown[0], unknown[1]);
      return out;
    }
    default:
      return value as JsonValue;
  }
}

export function writeStructure(
  schema: RestServiceSchema,
  shape: RestShape,
  value: Record<string, unknown>,
  only?: ReadonlySet<string>,
  fillDefaults: DefaultMode = "none",
  topLevel = true,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const plan of planOf(schema, shape)) {
    if (only && !only.has(plan.name)) continue;
    const member = plan.member;
    let item = value[plan.name];
    if (item === undefined || item === null) {
      const fill = fillDefaults === "server" || (fillDefaults === "client" && !topLevel && !member.clientOptional);
      if (!fill || member.default === undefined) continue;
      item = plan.constantDefault ? member.default : readDefault(schema, member, plan.suffix);
    }
    out[plan.key] = plan.kind !== "other" ? (item as JsonValue) : writeJson(schema, member.target, item, member, fillDefaults);
  }
  return out;
}

/** A member's `@default` (a Smithy node value) in its TypeScript form. */
export function readDefault(schema: RestServiceSchema, member: RestMember, path: string): unknown {
  const value = member.default;
  if (shapeOf(schema, member.target).type === "timestamp") {
    if (typeof value === "number") return epochSecondsToDate(value, path);
    if (typeof value === "string") return parseTimestampText("date-time", value, path, true);
  }
  return readJson(schema, member.target, value, path, member);
}

export function asBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string") return new TextEncoder().encode(value);
  throw new TypeError("expected a Uint8Array");
}
