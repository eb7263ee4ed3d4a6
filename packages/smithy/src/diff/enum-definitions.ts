/**
 * Enum values as the 1.0 `@enum` trait lists them. For a 2.0 enum shape the reference builds the
 * same list from the members (a synthetic trait), which lets one evaluator compare both forms.
 */
import { isNodeObject, type NodeObject, type NodeValue } from "../model/node-value";
import type { Shape } from "../model/shape";

export const SYNTHETIC_ENUM = "smithy.synthetic#enum";

export interface EnumDefinition {
  readonly value: string;
  readonly name?: string;
}

const cache = new WeakMap<Shape, NodeValue[]>();

/** The synthetic `enum` trait value of an enum shape: one definition per member, in order. */
export function enumDefinitionsOf(shape: Shape): NodeValue[] {
  let definitions = cache.get(shape);
  if (definitions) return definitions;
  definitions = [];
  for (const member of shape.members.values()) {
    const value = member.traits.get("smithy.api#enumValue");
    const definition: NodeObject = {
      value: typeof value === "string" ? value : member.name,
      name: member.name,
    };
    const docs = member.traits.get("smithy.api#documentation");
    if (typeof docs === "string") definition["documentation"] = docs;
    const tags = member.traits.get("smithy.api#tags");
    const tagList = Array.isArray(tags) ? [...tags] : [];
    if (member.traits.has("smithy.api#internal") && !tagList.includes("internal"))
      tagList.push("internal");
    if (tagList.length > 0) definition["tags"] = tagList;
    if (member.traits.has("smithy.api#deprecated")) definition["deprecated"] = true;
    definitions.push(definition);
  }
  cache.set(shape, definitions);
  return definitions;
}

/** Reads an `@enum` trait value (or a synthetic one) as definitions; malformed entries are skipped. */
export function readEnumDefinitions(value: NodeValue | undefined): EnumDefinition[] {
  if (!Array.isArray(value)) return [];
  const out: EnumDefinition[] = [];
  for (const entry of value) {
    if (!isNodeObject(entry) || typeof entry["value"] !== "string") continue;
    out.push(
      typeof entry["name"] === "string"
        ? { value: entry["value"], name: entry["name"] }
        : { value: entry["value"] },
    );
  }
  return out;
}
