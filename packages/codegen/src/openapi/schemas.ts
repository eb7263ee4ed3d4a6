/**
 * Smithy shapes → JSON Schema 2020-12 objects as OpenAPI 3.1 uses them (Schema Object,
 * https://spec.openapis.org/oas/v3.1.0#schema-object), with restJson1 JSON forms: `@jsonName`
 * property names, timestamps by format, blobs as base64 strings, unions as single-property objects.
 * Named aggregates (structures, unions, enums, lists, maps) become `components.schemas`; simple
 * shapes are written inline with their constraints.
 */
import { isPreludeId, type Model } from "@oda-codegen/smithy";
import type { RestConstraints, RestMember, RestServiceSchema, RestShape } from "@oda-codegen/runtime/src/rest";
import { HTTP_TRAIT } from "../rest/traits";

export type SchemaObject = Record<string, unknown>;

const NAMED = new Set(["structure", "union", "enum", "intEnum", "list", "map"]);

export class SchemaRegistry {
  readonly components: Record<string, SchemaObject> = {};
  private readonly names = new Map<string, string>();

  constructor(
    private readonly model: Model,
    private readonly rest: RestServiceSchema,
    private readonly nameOf: (id: string) => string,
  ) {}

  /** The schema of a value of shape `id` as seen through `member` (its constraints, format, docs). */
  forMember(member: RestMember, docId?: string): SchemaObject {
    const base = this.forShape(member.target, member);
    const extra: SchemaObject = member.constraints ? constraintKeywords(this.rest.shapes[member.target]!, member.constraints) : {};
    const doc = docId ? documentation(this.model, docId) : undefined;
    if (doc) extra.description = doc;
    if (member.default !== undefined) extra.default = member.default;
    return Object.keys(extra).length === 0 ? base : { ...base, ...extra };
  }

  forShape(id: string, member?: RestMember): SchemaObject {
    const shape = this.rest.shapes[id]!;
    if (NAMED.has(shape.type) && id !== "smithy.api#Unit") return { $ref: `#/components/schemas/${this.component(id)}` };
    return this.inline(shape, member);
  }

  private component(id: string): string {
    const known = this.names.get(id);
    if (known) return known;
    let name = this.nameOf(id).replace(/[^A-Za-z0-9._-]/g, "_");
    if (isPreludeId(id)) name = `Smithy${name}`;
    this.names.set(id, name);
    this.components[name] = {}; // reserved first, so recursive shapes terminate
    this.components[name] = this.define(id);
    return name;
  }

  private define(id: string): SchemaObject {
    const shape = this.rest.shapes[id]!;
    const schema: SchemaObject = {};
    const doc = documentation(this.model, id);
    if (doc) schema.description = doc;
    switch (shape.type) {
      case "enum":
        Object.assign(schema, { type: "string", enum: shape.enumValues ?? [] });
        break;
      case "intEnum":
        Object.assign(schema, { type: "integer", enum: shape.enumValues ?? [] });
        break;
      case "list":
        Object.assign(schema, { type: "array", items: this.itemSchema(shape.member!, shape.sparse) });
        break;
      case "map":
        Object.assign(schema, {
          type: "object",
          additionalProperties: this.itemSchema(shape.value!, shape.sparse),
          ...(this.rest.shapes[shape.key!.target]?.enumValues ? { propertyNames: this.forMember(shape.key!) } : {}),
        });
        break;
      case "structure":
        Object.assign(schema, this.objectSchema(id, shape));
        break;
      case "union":
        schema.oneOf = Object.entries(shape.members ?? {}).map(([name, m]) => {
          const key = m.jsonName ?? name;
          return { type: "object", properties: { [key]: this.forMember(m, `${id}$${name}`) }, required: [key], additionalProperties: false };
        });
        break;
      default:
        break;
    }
    Object.assign(schema, constraintKeywords(shape, undefined));
    return schema;
  }

  private itemSchema(member: RestMember, sparse: boolean | undefined): SchemaObject {
    const item = this.forMember(member);
    return sparse ? { oneOf: [item, { type: "null" }] } : item;
  }

  /** A structure as a JSON object: `@jsonName` keys, `required` for required members without a default. */
  objectSchema(id: string, shape: RestShape, only?: ReadonlySet<string>): SchemaObject {
    const properties: Record<string, SchemaObject> = {};
    const required: string[] = [];
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      if (only && !only.has(name)) continue;
      const key = member.jsonName ?? name;
      properties[key] = this.forMember(member, `${id}$${name}`);
      if (member.required && member.default === undefined) required.push(key);
    }
    return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
  }

  private inline(shape: RestShape, member?: RestMember): SchemaObject {
    const constraints = constraintKeywords(shape, undefined);
    switch (shape.type) {
      case "string":
        return { type: "string", ...(shape.mediaType ? { contentMediaType: shape.mediaType } : {}), ...constraints };
      case "boolean":
        return { type: "boolean" };
      case "byte":
      case "short":
      case "integer":
        return { type: "integer", format: "int32", ...constraints };
      case "long":
        return { type: "integer", format: "int64", ...constraints };
      case "bigInteger":
        return { type: "integer", ...constraints };
      case "float":
      case "double":
      case "bigDecimal":
        return { type: "number", ...(shape.type === "bigDecimal" ? {} : { format: shape.type }), ...constraints };
      case "blob":
        return { type: "string", contentEncoding: "base64", ...(shape.mediaType ? { contentMediaType: shape.mediaType } : {}), ...constraints };
      case "timestamp": {
        const format = member?.timestampFormat ?? shape.timestampFormat ?? "epoch-seconds";
        if (format === "date-time") return { type: "string", format: "date-time" };
        if (format === "http-date") return { type: "string", description: "IMF-fixdate (RFC 9110 section 5.6.7)" };
        return { type: "number", description: "seconds since the Unix epoch" };
      }
      case "document":
        return {};
      default:
        return { type: "object" };
    }
  }
}

/** JSON Schema keywords for Smithy constraint traits, by the kind of value they constrain. */
export function constraintKeywords(shape: RestShape, override: RestConstraints | undefined): SchemaObject {
  // With a member's own constraints, only those: the target's are already on the target schema.
  const c: RestConstraints = override ?? shape.constraints ?? {};
  const out: SchemaObject = {};
  if (c.length) {
    const [min, max] =
      shape.type === "list" ? ["minItems", "maxItems"] : shape.type === "map" ? ["minProperties", "maxProperties"] : ["minLength", "maxLength"];
    if (shape.type !== "blob") {
      if (c.length.min !== undefined) out[min] = c.length.min;
      if (c.length.max !== undefined) out[max] = c.length.max;
    }
  }
  if (c.pattern !== undefined) out.pattern = c.pattern;
  if (c.range) {
    if (c.range.min !== undefined) out.minimum = c.range.min;
    if (c.range.max !== undefined) out.maximum = c.range.max;
  }
  if (c.uniqueItems) out.uniqueItems = true;
  return out;
}

export function documentation(model: Model, id: string): string | undefined {
  const doc = model.getShapeOrMember(id)?.traits.get(HTTP_TRAIT.documentation);
  return typeof doc === "string" ? doc : undefined;
}
