/**
 * Reading the prelude traits that code generation honours.
 * https://smithy.io/2.0/spec/constraint-traits.html, https://smithy.io/2.0/spec/type-refinement-traits.html
 */
import { isNodeObject, type MemberShape, type NodeValue, type Shape } from "@oda-codegen/smithy";

export const TRAIT = {
  documentation: "smithy.api#documentation",
  deprecated: "smithy.api#deprecated",
  required: "smithy.api#required",
  default: "smithy.api#default",
  clientOptional: "smithy.api#clientOptional",
  length: "smithy.api#length",
  pattern: "smithy.api#pattern",
  range: "smithy.api#range",
  uniqueItems: "smithy.api#uniqueItems",
  sparse: "smithy.api#sparse",
  enumValue: "smithy.api#enumValue",
  enumTrait: "smithy.api#enum",
  error: "smithy.api#error",
  httpError: "smithy.api#httpError",
  timestampFormat: "smithy.api#timestampFormat",
  streaming: "smithy.api#streaming",
  sensitive: "smithy.api#sensitive",
} as const;

export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/** The constraint traits in effect for a value: the target's, overridden by the member's. */
export interface Constraints {
  readonly length?: Bounds;
  readonly range?: Bounds;
  readonly pattern?: string;
  readonly uniqueItems?: boolean;
}

type Traited = Shape | MemberShape;

function bounds(value: NodeValue | undefined): Bounds | undefined {
  if (!isNodeObject(value)) return undefined;
  const min = typeof value.min === "number" ? value.min : typeof value.min === "string" ? Number(value.min) : undefined;
  const max = typeof value.max === "number" ? value.max : typeof value.max === "string" ? Number(value.max) : undefined;
  if (min === undefined && max === undefined) return undefined;
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

export function constraintsOf(...layers: (Traited | undefined)[]): Constraints {
  let result: { length?: Bounds; range?: Bounds; pattern?: string; uniqueItems?: boolean } = {};
  for (const shape of layers) {
    if (!shape) continue;
    const t = shape.traits;
    const length = bounds(t.get(TRAIT.length));
    const range = bounds(t.get(TRAIT.range));
    const pattern = t.get(TRAIT.pattern);
    result = {
      ...result,
      ...(length ? { length } : {}),
      ...(range ? { range } : {}),
      ...(typeof pattern === "string" ? { pattern } : {}),
      ...(t.has(TRAIT.uniqueItems) ? { uniqueItems: true } : {}),
    };
  }
  return result;
}

export function documentationOf(shape: Traited | undefined): string | undefined {
  const doc = shape?.traits.get(TRAIT.documentation);
  return typeof doc === "string" ? doc : undefined;
}

export function isDeprecated(shape: Traited | undefined): boolean {
  return shape?.traits.has(TRAIT.deprecated) ?? false;
}

export function deprecationMessage(shape: Traited): string {
  const value = shape.traits.get(TRAIT.deprecated);
  return isNodeObject(value) && typeof value.message === "string" ? value.message : "";
}

/** `epoch-seconds` (the JSON default), `date-time` or `http-date`; member beats target. */
export function timestampFormatOf(member: MemberShape | undefined, target: Shape | undefined): string {
  const format = member?.traits.get(TRAIT.timestampFormat) ?? target?.traits.get(TRAIT.timestampFormat);
  return typeof format === "string" ? format : "epoch-seconds";
}

/** A structure member is required unless `@clientOptional`; defaults are handled apart. */
export function isRequired(member: MemberShape): boolean {
  return member.traits.has(TRAIT.required) && !member.traits.has(TRAIT.clientOptional);
}

/** The member's `@default`, unless absent or `null` (which cancels a default). */
export function defaultOf(member: MemberShape): NodeValue | undefined {
  const value = member.traits.get(TRAIT.default);
  return value === null ? undefined : value;
}
