import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { ModelNode } from "../core/relationships";
import type { Validator } from "../core/validator";

/**
 * `MetadataTrait`: a `@metadata(key)` type is defined once per key, and not for the keys Smithy
 * reserves. https://smithy.io/2.0/spec/model.html#metadata
 */
const events = new EventFactory("MetadataTrait");
const RESERVED = new Set(["severityOverrides", "suppressions", "validators"]);

/** Metadata key → the shapes that declare a type for it. */
export function metadataTypes(shapes: ModelNode[]): Map<string, ModelNode[]> {
  const byKey = new Map<string, ModelNode[]>();
  for (const shape of shapes) {
    const trait = shape.traits.get("smithy.api#metadata");
    if (!isNodeObject(trait) || typeof trait["key"] !== "string") continue;
    byKey.set(trait["key"], [...(byKey.get(trait["key"]) ?? []), shape]);
  }
  return byKey;
}

export const metadataTraitValidator: Validator = {
  name: "MetadataTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const [key, shapes] of metadataTypes(ctx.shapesWithTrait("smithy.api#metadata"))) {
      for (const shape of shapes) {
        if (RESERVED.has(key)) {
          out.push(
            events.error(
              shape,
              `The metadata key \`${key}\` has been reserved by Smithy and may not be defined elsewhere.`,
            ),
          );
        } else if (shapes.length > 1) {
          const others = shapes
            .map((s) => s.id)
            .filter((id) => id !== shape.id)
            .sort();
          out.push(
            events.error(
              shape,
              `A type has already been defined for the metadata key \`${key}\`. Conflicts with: [${others.join(", ")}]`,
            ),
          );
        }
      }
    }
    return out;
  },
};
