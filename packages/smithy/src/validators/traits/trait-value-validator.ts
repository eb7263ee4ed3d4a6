import { isPreludeId } from "../../model/shape-id";
import type { ValidationEvent } from "../../model/validation-event";
import { idiomaticTraitName } from "../core/events";
import { validateNode } from "../node/node-validation";
import type { Validator } from "../core/validator";

/**
 * `TraitValue`: each trait value matches the shape of its trait definition
 * (https://smithy.io/2.0/spec/model.html#trait-node-values, reference TraitValueValidator).
 */
export const traitValueValidator: Validator = {
  name: "TraitValue",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const select = (selector: string) => ctx.select(selector);
    for (const node of ctx.nodes()) {
      // Traits on prelude shapes are checked by our prelude tests, as the reference does.
      if (isPreludeId(node.id)) continue;
      for (const [traitId, value] of node.traits) {
        const definition = ctx.model.getShape(traitId);
        if (!definition) continue;
        const check = {
          model: ctx.model,
          eventId: "TraitValue",
          shapeId: node.id,
          location: node.location,
          select,
        };
        out.push(
          ...validateNode(
            check,
            definition,
            value,
            `Error validating trait \`${idiomaticTraitName(traitId)}\``,
          ),
        );
      }
    }
    return out;
  },
};
