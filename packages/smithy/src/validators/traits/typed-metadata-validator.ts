import type { ValidationEvent } from "../../model/validation-event";
import { metadataTypes } from "./metadata-trait-validator";
import { validateNode } from "../node/node-validation";
import type { Validator } from "../core/validator";

/**
 * `TypedMetadata`: a metadata value matches the shape declared for its key with `@metadata`.
 * https://smithy.io/2.0/spec/model.html#metadata
 */
export const typedMetadataValidator: Validator = {
  name: "TypedMetadata",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const [key, shapes] of metadataTypes(ctx.shapesWithTrait("smithy.api#metadata"))) {
      const value = ctx.model.metadata.get(key);
      if (shapes.length !== 1 || value === undefined) continue;
      const check = {
        model: ctx.model,
        eventId: `TypedMetadata.${key}`,
        location: { filename: "", line: 0, column: 0 },
        select: (selector: string) => ctx.select(selector),
        rangeZeroWarning: true,
      };
      out.push(...validateNode(check, shapes[0]!, value, `metadata.${key}`));
    }
    return out;
  },
};
