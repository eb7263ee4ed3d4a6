/**
 * What a documentation table says about one member: its type (linked to the shape's section when
 * the page has one), whether it is required, where it travels over HTTP, and its constraints.
 * https://smithy.io/2.0/spec/constraint-traits.html, https://smithy.io/2.0/spec/http-bindings.html
 */
import {
  UNIT,
  isNodeObject,
  isPreludeId,
  nameOf,
  type MemberShape,
  type NodeValue,
  type Shape,
} from "@oda-codegen/smithy";
import { HTTP_TRAIT } from "../rest/traits";
import { code } from "./markdown";

export const DOC_TRAIT = {
  documentation: "smithy.api#documentation",
  deprecated: "smithy.api#deprecated",
  required: "smithy.api#required",
  default: "smithy.api#default",
  length: "smithy.api#length",
  range: "smithy.api#range",
  pattern: "smithy.api#pattern",
  uniqueItems: "smithy.api#uniqueItems",
  sparse: "smithy.api#sparse",
  sensitive: "smithy.api#sensitive",
  enumValue: "smithy.api#enumValue",
  input: "smithy.api#input",
  output: "smithy.api#output",
  readonly: "smithy.api#readonly",
  idempotent: "smithy.api#idempotent",
} as const;

type Traited = Shape | MemberShape;

/** Resolves a shape id to the link (or plain name) of its section on the page. */
export type ShapeLinker = (id: string) => string;

export function documentationOf(shape: Traited | undefined): string | undefined {
  const doc = shape?.traits.get(DOC_TRAIT.documentation);
  return typeof doc === "string" ? doc : undefined;
}

/** Smithy's range notation: `1..10`, `≥ 1`, `≤ 5`. */
function bounds(value: NodeValue | undefined): string | undefined {
  if (!isNodeObject(value)) return undefined;
  const min = value.min === undefined || value.min === null ? undefined : String(value.min);
  const max = value.max === undefined || value.max === null ? undefined : String(value.max);
  if (min !== undefined && max !== undefined) return min === max ? `= ${min}` : `${min}..${max}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return undefined;
}

/** Enum values written in full up to this many; beyond, the enum's own section lists them. */
const INLINE_ENUM_VALUES = 6;

export function enumValues(
  shape: Shape,
): { name: string; value: string; doc: string | undefined }[] {
  return [...shape.members.values()].map((m) => {
    const value = m.traits.get(DOC_TRAIT.enumValue);
    return {
      name: m.name,
      value: value === undefined || value === null ? m.name : String(value),
      doc: documentationOf(m),
    };
  });
}

/**
 * The constraints in effect, member traits over target traits (as validation applies them), plus
 * what else a caller must know: default, sparse, sensitive, deprecated, the allowed enum values.
 */
export function constraintsOf(
  member: MemberShape | undefined,
  target: Shape | undefined,
): string[] {
  const trait = (id: string): NodeValue | undefined =>
    member?.traits.get(id) ?? target?.traits.get(id);
  const has = (id: string) =>
    (member?.traits.has(id) ?? false) || (target?.traits.has(id) ?? false);
  const facts: string[] = [];
  const length = bounds(trait(DOC_TRAIT.length));
  if (length) facts.push(`length ${length}`);
  const range = bounds(trait(DOC_TRAIT.range));
  if (range) facts.push(`range ${range}`);
  const pattern = trait(DOC_TRAIT.pattern);
  if (typeof pattern === "string") facts.push(`pattern ${code(pattern)}`);
  if (has(DOC_TRAIT.uniqueItems)) facts.push("unique items");
  if (has(DOC_TRAIT.sparse)) facts.push("sparse (nulls allowed)");
  if (target && (target.type === "enum" || target.type === "intEnum")) {
    const values = enumValues(target);
    if (values.length <= INLINE_ENUM_VALUES)
      facts.push(`one of ${values.map((v) => code(v.value)).join(", ")}`);
    else facts.push(`${values.length} values`);
  }
  const fallback = member?.traits.get(DOC_TRAIT.default);
  if (fallback !== undefined && fallback !== null)
    facts.push(`default ${code(JSON.stringify(fallback))}`);
  if (has(DOC_TRAIT.sensitive)) facts.push("sensitive");
  if (has(DOC_TRAIT.deprecated)) facts.push("**deprecated**");
  return facts;
}

/** The type cell: prelude types by their Smithy name, collections spelled out, other shapes linked. */
export function typeLabel(
  id: string,
  shapeOf: (id: string) => Shape | undefined,
  link: ShapeLinker,
  depth = 0,
): string {
  if (id === UNIT) return "—";
  if (isPreludeId(id)) return code(nameOf(id));
  const shape = shapeOf(id);
  if (shape && depth < 2 && (shape.type === "list" || shape.type === "set")) {
    return `list of ${typeLabel(shape.members.get("member")!.target, shapeOf, link, depth + 1)}`;
  }
  if (shape && depth < 2 && shape.type === "map") {
    const key = typeLabel(shape.members.get("key")!.target, shapeOf, link, depth + 1);
    return `map of ${key} to ${typeLabel(shape.members.get("value")!.target, shapeOf, link, depth + 1)}`;
  }
  return link(id);
}

/** Where an HTTP-bound operation carries the member; `undefined` when the operation has no `@http`. */
export function httpLocation(member: MemberShape): string {
  const t = member.traits;
  const text = (id: string) => {
    const value = t.get(id);
    return typeof value === "string" ? value : member.name;
  };
  if (t.has(HTTP_TRAIT.httpLabel)) return `path ${code(`{${member.name}}`)}`;
  if (t.has(HTTP_TRAIT.httpQuery)) return `query ${code(text(HTTP_TRAIT.httpQuery))}`;
  if (t.has(HTTP_TRAIT.httpQueryParams)) return "query (other parameters)";
  if (t.has(HTTP_TRAIT.httpHeader)) return `header ${code(text(HTTP_TRAIT.httpHeader))}`;
  if (t.has(HTTP_TRAIT.httpPrefixHeaders))
    return `headers ${code(`${text(HTTP_TRAIT.httpPrefixHeaders)}*`)}`;
  if (t.has(HTTP_TRAIT.httpPayload)) return "body (the whole payload)";
  if (t.has(HTTP_TRAIT.httpResponseCode)) return "status code";
  return `body ${code(text(HTTP_TRAIT.jsonName))}`;
}
