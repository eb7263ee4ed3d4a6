import type { Model } from "../../model/model";
import { isNodeObject } from "../../model/node-value";
import type { OperationShape, Shape } from "../../model/shape";
import type { UriSegment } from "./uri-pattern";

/**
 * The `hostPrefix` of an `@endpoint` trait, split into literal and `{label}` segments at the
 * braces, as the reference's EndpointTrait does. https://smithy.io/2.0/spec/endpoint-traits.html#endpoint-trait
 */
export interface HostPrefix {
  readonly text: string;
  readonly segments: readonly UriSegment[];
}

export function endpointHostPrefix(shape: Shape): HostPrefix | undefined {
  const trait = shape.traits.get("smithy.api#endpoint");
  if (!isNodeObject(trait) || typeof trait["hostPrefix"] !== "string") return undefined;
  const text = trait["hostPrefix"];
  const segments: UriSegment[] = [];
  for (const match of text.matchAll(/\{([^}]*)\}|[^{}]+/g)) {
    if (match[1] !== undefined) segments.push({ content: match[1], label: true, greedy: false });
    else segments.push({ content: match[0], label: false, greedy: false });
  }
  return { text, segments };
}

/** `@hostLabel` input members with a `@pattern`: label name → pattern. */
export function hostLabelPatterns(model: Model, operation: OperationShape): Map<string, string> {
  const patterns = new Map<string, string>();
  for (const member of model.getShape(operation.input)?.members.values() ?? []) {
    const pattern = member.traits.get("smithy.api#pattern");
    if (member.traits.has("smithy.api#hostLabel") && typeof pattern === "string")
      patterns.set(member.name, pattern);
  }
  return patterns;
}
