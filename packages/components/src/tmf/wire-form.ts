/**
 * TMF resources are stored in their wire form: the JSON a TMF REST client sees (`@type`,
 * ISO 8601 date-times), converted from and to the generated TypeScript types through the
 * generated REST schema. So attribute filters use the names of the TMF query string
 * (`serviceCharacteristic.value`, `@type`), a Redis document reads like the TMF API, and a REST
 * and a native front end over one store see the same data.
 */
import type { JsonValue, RestServiceSchema } from "@oda-codegen/runtime";
import { membersOf, readJson, shapeOf, writeJson } from "@oda-codegen/runtime/src/rest/json-codec";

export type JsonObject = { [key: string]: JsonValue };

/** The wire form of a structure value (absent and null members are left out). */
export function toWire(schema: RestServiceSchema, shapeId: string, value: object): JsonObject {
  return writeJson(schema, shapeId, value) as JsonObject;
}

/** The TypeScript form of a stored wire value; members the shape lacks are ignored. */
export function fromWire<T>(schema: RestServiceSchema, shapeId: string, json: JsonObject): T {
  return readJson(schema, shapeId, json, "") as T;
}

/**
 * The wire form of a JSON Merge Patch given in TypeScript form: like `toWire`, but an explicit
 * `null` (remove the attribute, RFC 7396) is kept at every structure level. Lists are replaced
 * whole, so they are written as they are.
 */
export function patchToWire(schema: RestServiceSchema, shapeId: string, value: object): JsonObject {
  const shape = shapeOf(schema, shapeId);
  const out: JsonObject = {};
  for (const [name, member] of membersOf(shape)) {
    const item = (value as Record<string, unknown>)[name];
    if (item === undefined) continue;
    const key = member.jsonName ?? name;
    const target = shapeOf(schema, member.target);
    if (item === null) out[key] = null;
    else if (target.type === "structure" && typeof item === "object" && !Array.isArray(item))
      out[key] = patchToWire(schema, member.target, item);
    else out[key] = writeJson(schema, member.target, item, member);
  }
  return out;
}

/** RFC 7396 JSON Merge Patch: objects merge recursively, `null` removes, anything else replaces. */
export function mergePatch(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const result: JsonObject =
    target !== null && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/**
 * TMF attribute selection on a stored value: the named first-level attributes plus those TMF
 * always returns. The REST adapter applies the same rule again, harmlessly.
 */
const ALWAYS_SELECTED = ["id", "href", "@type", "@baseType", "@schemaLocation"];

export function selectAttributes(json: JsonObject, fields: string | undefined): JsonObject {
  if (fields === undefined || fields.trim() === "") return json;
  const names =
    fields.trim() === "none" ? [] : fields.split(",").map((f) => f.trim().split(".")[0]);
  const keep = new Set([...ALWAYS_SELECTED, ...names]);
  const out: JsonObject = {};
  for (const key of Object.keys(json)) if (keep.has(key)) out[key] = json[key];
  return out;
}
