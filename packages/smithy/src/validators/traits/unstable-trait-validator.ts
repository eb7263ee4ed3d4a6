import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/** `UnstableTrait`: a WARNING where a trait marked `@unstable` is applied (https://smithy.io/2.0/spec/documentation-traits.html#unstable-trait). */
const events = new EventFactory("UnstableTrait");

export const unstableTraitValidator: Validator = {
  name: "UnstableTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const trait of ctx.shapesWithTrait("smithy.api#unstable")) {
      for (const node of ctx.shapesWithTrait(trait.id)) {
        out.push(
          events.warning(
            node,
            `This shape applies a trait that is unstable: ${trait.id}`,
            trait.id,
          ),
        );
      }
    }
    return out;
  },
};
