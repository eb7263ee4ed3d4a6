/**
 * The `params` of a protocol test (a Smithy node value: timestamps as epoch seconds, blobs as
 * their text, member names) as the TypeScript value generated code uses, and a deep comparison
 * that understands Date, Uint8Array, bigint and NaN.
 */
import type { NodeValue } from "@oda-codegen/smithy";
import type { RestServiceSchema } from "@oda-codegen/runtime/src/rest";

export function paramsToValue(schema: RestServiceSchema, shapeId: string, node: NodeValue, fillDefaults: boolean): unknown {
  const shape = schema.shapes[shapeId];
  if (!shape || node === null) return node;
  switch (shape.type) {
    case "timestamp":
      return typeof node === "number" ? new Date(Math.round(node * 1000)) : new Date(String(node));
    case "blob":
      return typeof node === "string" ? new TextEncoder().encode(node) : node;
    case "float":
    case "double":
      if (node === "NaN") return NaN;
      if (node === "Infinity") return Infinity;
      if (node === "-Infinity") return -Infinity;
      return node;
    case "bigInteger":
      return typeof node === "number" || typeof node === "string" ? BigInt(node) : node;
    case "bigDecimal":
      return String(node);
    case "list":
      return Array.isArray(node) ? node.map((v) => paramsToValue(schema, shape.member!.target, v, fillDefaults)) : node;
    case "map": {
      if (typeof node !== "object" || Array.isArray(node)) return node;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        Object.defineProperty(out, k, { value: paramsToValue(schema, shape.value!.target, v, fillDefaults), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "structure":
    case "union": {
      if (typeof node !== "object" || Array.isArray(node)) return node;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        // A null param means "unset".
        if (Object.prototype.hasOwnProperty.call(node, name) && node[name] !== null) {
          out[name] = paramsToValue(schema, member.target, node[name]!, fillDefaults);
        } else if (fillDefaults && shape.type === "structure" && member.default !== undefined) {
          out[name] = paramsToValue(schema, member.target, member.default, fillDefaults);
        }
      }
      return out;
    }
    default:
      return node;
  }
}

/** Deep equality; returns the path of the first difference, or undefined when equal. */
export function difference(actual: unknown, expected: unknown, path = ""): string | undefined {
  if (expected === undefined) return actual === undefined ? undefined : undefined;
  if (typeof expected === "number" && typeof actual === "number") {
    if (Number.isNaN(expected) && Number.isNaN(actual)) return undefined;
    return actual === expected || Math.abs(actual - expected) < 1e-9 * Math.max(1, Math.abs(expected))
      ? undefined
      : `${path || "/"}: ${actual} != ${expected}`;
  }
  if (expected instanceof Date) {
    return actual instanceof Date && actual.getTime() === expected.getTime()
      ? undefined
      : `${path || "/"}: ${show(actual)} != ${expected.toISOString()}`;
  }
  if (expected instanceof Uint8Array) {
    return actual instanceof Uint8Array && Buffer.from(actual).equals(Buffer.from(expected))
      ? undefined
      : `${path || "/"}: bytes differ (${show(actual)} != ${show(expected)})`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path || "/"}: ${show(actual)} != ${show(expected)}`;
    for (let i = 0; i < expected.length; i++) {
      const d = difference(actual[i], expected[i], `${path}/${i}`);
      if (d) return d;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return `${path || "/"}: ${show(actual)} != ${show(expected)}`;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a).filter((k) => a[k] !== undefined), ...Object.keys(e).filter((k) => e[k] !== undefined)]);
    for (const key of keys) {
      const d = difference(a[key], e[key], `${path}/${key}`);
      if (d) return d;
      if (e[key] === undefined && a[key] !== undefined) return `${path}/${key}: unexpected ${show(a[key])}`;
    }
    return undefined;
  }
  return actual === expected ? undefined : `${path || "/"}: ${show(actual)} != ${show(expected)}`;
}

function show(value: unknown): string {
  if (value instanceof Uint8Array) return `bytes(${Buffer.from(value).toString("utf8").slice(0, 40)})`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return `${value}n`;
  try {
    return JSON.stringify(value)?.slice(0, 80) ?? String(value);
  } catch {
    return String(value);
  }
}
