/**
 * TM Forum Open API conventions (TMF630 design guidelines) that the model turns on with the
 * `oda#` traits: attribute selection (`fields`), attribute filtering and paging of collections
 * (`offset`, `limit`, `X-Total-Count`, `X-Result-Count`), `href` of managed entities, and the
 * TMF `Error` body. See docs/rest.md.
 */
import type { JsonValue } from "../contract";
import type { RestServiceSchema } from "./schema";
import { reasonPhrase } from "./http-errors";
import { membersOf } from "./json-codec";

/** Attributes TMF returns whatever `fields` says. */
const ALWAYS_KEPT = ["id", "href", "@type", "@baseType", "@schemaLocation"];

/** `fields=a,b` → ["a","b"]; `fields=none` → []; absent → undefined (everything). */
export function parseFields(fields: string | undefined): string[] | undefined {
  if (fields === undefined || fields.trim() === "") return undefined;
  if (fields.trim() === "none") return [];
  return fields
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f !== "");
}

/** Keeps the selected first-level attributes (and the always-kept ones) of an object or array. */
export function selectFields(json: JsonValue, fields: readonly string[]): JsonValue {
  if (Array.isArray(json)) return json.map((item) => selectFields(item, fields));
  if (json === null || typeof json !== "object") return json;
  const keep = new Set([...ALWAYS_KEPT, ...fields.map((f) => f.split(".")[0]!)]);
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(json)) {
    if (keep.has(key)) Object.defineProperty(out, key, { value: json[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function valueAt(json: JsonValue, path: string): JsonValue[] {
  let current: JsonValue[] = [json];
  for (const part of path.split(".")) {
    const next: JsonValue[] = [];
    for (const v of current) {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) {
        if (item !== null && typeof item === "object" && !Array.isArray(item) && Object.prototype.hasOwnProperty.call(item, part)) {
          next.push(item[part]!);
        }
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

/** Keeps items whose attribute (or dotted path) equals the filter value; filters combine with AND. */
export function filterItems(items: readonly JsonValue[], filters: Readonly<Record<string, string | string[]>>): JsonValue[] {
  const entries = Object.entries(filters);
  if (entries.length === 0) return [...items];
  return items.filter((item) =>
    entries.every(([path, wanted]) => {
      const accepted = (Array.isArray(wanted) ? wanted : [wanted]).flatMap((w) => w.split(","));
      return valueAt(item, path).some((v) => v !== null && typeof v !== "object" && accepted.includes(String(v)));
    }),
  );
}

/** Walks a JSON value and sets `href` on every object of a tmfResource shape that has an `id`. */
export function fillHrefs(
  schema: RestServiceSchema,
  shapeId: string,
  json: JsonValue,
  baseUrl: string,
): void {
  const shape = schema.shapes[shapeId];
  if (!shape || json === null || typeof json !== "object") return;
  if (shape.type === "list" && Array.isArray(json)) {
    for (const item of json) fillHrefs(schema, shape.member!.target, item, baseUrl);
    return;
  }
  if (Array.isArray(json)) return;
  if (shape.type === "map") {
    for (const key of Object.keys(json)) fillHrefs(schema, shape.value!.target, json[key]!, baseUrl);
    return;
  }
  if (shape.type !== "structure" && shape.type !== "union") return;
  if (shape.tmfResourcePath && json.href === undefined && typeof json.id === "string") {
    json.href = `${baseUrl}${schema.basePath ?? ""}${shape.tmfResourcePath}/${encodeURIComponent(json.id)}`;
  }
  for (const [name, member] of membersOf(shape)) {
    const value = json[member.jsonName ?? name];
    if (value !== undefined) fillHrefs(schema, member.target, value, baseUrl);
  }
}

/** True when some shape of the schema is a tmfResource (so href filling is worth a walk). */
export function hasTmfResources(schema: RestServiceSchema): boolean {
  return Object.values(schema.shapes).some((s) => s.tmfResourcePath !== undefined);
}

export interface TmfErrorBody {
  code: string;
  reason: string;
  message?: string;
  status: string;
  referenceError?: string;
  "@type": string;
}

/** The TMF630 `Error` body of a status, overlaid by what the failure itself says. */
export function tmfErrorBody(status: number, message: string | undefined, referenceError: string | undefined): TmfErrorBody {
  const body: TmfErrorBody = { code: String(status), reason: reasonPhrase(status), status: String(status), "@type": "Error" };
  if (message !== undefined) body.message = message;
  if (referenceError !== undefined) body.referenceError = referenceError;
  return body;
}
