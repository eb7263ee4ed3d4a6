import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/** `LengthTrait`: `min`/`max` are not negative and `min <= max` (https://smithy.io/2.0/spec/constraint-traits.html#length-trait). */
const events = new EventFactory("LengthTrait");

export const lengthTraitValidator: Validator = {
  name: "LengthTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const node of ctx.shapesWithTrait("smithy.api#length")) {
      const trait = node.traits.get("smithy.api#length");
      if (!isNodeObject(trait)) continue;
      const min = typeof trait["min"] === "number" ? trait["min"] : undefined;
      const max = typeof trait["max"] === "number" ? trait["max"] : undefined;
      if (min !== undefined && min < 0)
        out.push(events.error(node, "A length trait is applied with a negative `min` value."));
      if (max !== undefined && max < 0)
        out.push(events.error(node, "A length trait is applied with a negative `max` value."));
      if (min !== undefined && max !== undefined && min > max) {
        out.push(
          events.error(
            node,
            "A length trait is applied with a `min` value greater than its `max` value.",
          ),
        );
      }
    }
    return out;
  },
};
