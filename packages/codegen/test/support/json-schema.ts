/**
 * The JSON Schema (draft 2020-12 subset ajv understands) equivalent to a Smithy shape's JSON form
 * and constraints: what the validators benchmark hands to ajv. Covers the JSON-native types only
 * (no timestamps, blobs or big numbers, which JSON Schema cannot state).
 */
import { isNodeObject, type MemberShape, type Model, type NodeValue, type Shape } from "@oda-codegen/smithy";

type Schema = Record<string, unknown>;

function bounds(traits: ReadonlyMap<string, NodeValue>, id: string): { min?: number; max?: number } {
  const v = traits.get(id);
  return isNodeObject(v) ? { ...(typeof v.min === "number" ? { min: v.min } : {}), ...(typeof v.max === "number" ? { max: v.max } : {}) } : {};
}

function constraints(layers: (Shape | MemberShape)[], type: string): Schema {
  const s: Schema = {};
  for (const layer of layers) {
    const length = bounds(layer.traits, "smithy.api#length");
    const range = bounds(layer.traits, "smithy.api#range");
    const pattern = layer.traits.get("smithy.api#pattern");
    const [lo, hi] = type === "string" ? ["minLength", "maxLength"] : type === "array" ? ["minItems", "maxItems"] : ["minProperties", "maxProperties"];
    if (length.min !== undefined) s[lo] = length.min;
    if (length.max !== undefined) s[hi] = length.max;
    if (range.min !== undefined) s.minimum = range.min;
    if (range.max !== undefined) s.maximum = range.max;
    if (typeof pattern === "string") s.pattern = pattern;
    if (layer.traits.has("smithy.api#uniqueItems")) s.uniqueItems = true;
  }
  return s;
}

export function jsonSchemaOf(model: Model, rootId: string): Schema {
  const defs: Record<string, Schema> = {};
  const ref = (id: string, member?: MemberShape): Schema => {
    const shape = model.expectShape(id);
    const simple = simpleSchema(shape, member);
    if (simple) return simple;
    const name = id.split("#")[1]!;
    if (!(name in defs)) {
      defs[name] = {};
      defs[name] = aggregateSchema(shape);
    }
    return { $ref: `#/$defs/${name}` };
  };
  const simpleSchema = (shape: Shape, member?: MemberShape): Schema | undefined => {
    const layers = member ? [shape, member] : [shape];
    switch (shape.type) {
      case "string":
        return { type: "string", ...constraints(layers, "string") };
      case "boolean":
        return { type: "boolean" };
      case "byte":
      case "short":
      case "integer": {
        const [min, max] = shape.type === "byte" ? [-128, 127] : shape.type === "short" ? [-32768, 32767] : [-2147483648, 2147483647];
        return { type: "integer", minimum: min, maximum: max, ...constraints(layers, "number") };
      }
      case "long":
        return { type: "integer", minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER, ...constraints(layers, "number") };
      case "float":
      case "double":
        return { type: "number", ...constraints(layers, "number") };
      case "enum":
      case "intEnum":
        return { enum: [...shape.members.values()].map((m) => m.traits.get("smithy.api#enumValue") ?? m.name) };
      default:
        return undefined;
    }
  };
  const aggregateSchema = (shape: Shape): Schema => {
    const members = [...shape.members.values()];
    switch (shape.type) {
      case "structure":
        return {
          type: "object",
          properties: Object.fromEntries(members.map((m) => [m.name, ref(m.target, m)])),
          required: members.filter((m) => m.traits.has("smithy.api#required")).map((m) => m.name),
        };
      case "union":
        return { type: "object", minProperties: 1, maxProperties: 1, properties: Object.fromEntries(members.map((m) => [m.name, ref(m.target, m)])) };
      case "list":
        return { type: "array", items: ref(shape.members.get("member")!.target, shape.members.get("member")), ...constraints([shape], "array") };
      case "map":
        return {
          type: "object",
          propertyNames: ref(shape.members.get("key")!.target, shape.members.get("key")),
          additionalProperties: ref(shape.members.get("value")!.target, shape.members.get("value")),
          ...constraints([shape], "object"),
        };
      default:
        throw new Error(`no JSON Schema for ${shape.type} ${shape.id}`);
    }
  };
  const root = ref(rootId);
  return { ...root, $defs: defs };
}
