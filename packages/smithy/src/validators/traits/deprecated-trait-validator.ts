import { isNodeObject } from "../../model/node-value";
import { isPreludeId } from "../../model/shape-id";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `DeprecatedTrait`: a WARNING where a trait whose definition is `@deprecated` is applied
 * (the legacy `@enum` trait is reported by its own validator). https://smithy.io/2.0/spec/documentation-traits.html#deprecated-trait
 */
const events = new EventFactory("DeprecatedTrait");

export const deprecatedTraitValidator: Validator = {
  name: "DeprecatedTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const definition of ctx.shapesWithTrait("smithy.api#trait")) {
      const deprecated = definition.traits.get("smithy.api#deprecated");
      if (deprecated === undefined || definition.id === "smithy.api#enum") continue;
      const detail =
        isNodeObject(deprecated) && typeof deprecated["message"] === "string"
          ? `, ${deprecated["message"]}`
          : "";
      for (const node of ctx.shapesWithTrait(definition.id)) {
        if (isPreludeId(node.id)) continue;
        out.push(
          events.warning(
            node,
            `This shape applies a trait that is deprecated: ${definition.id}${detail}`,
          ),
        );
      }
    }
    return out;
  },
};
