import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `PatternTrait`: patterns should be anchored with `^` and `$`, since Smithy patterns are not
 * implicitly anchored. https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait
 */
const events = new EventFactory("PatternTrait");

export const patternTraitValidator: Validator = {
  name: "PatternTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const node of ctx.shapesWithTrait("smithy.api#pattern")) {
      const pattern = node.traits.get("smithy.api#pattern");
      if (typeof pattern !== "string") continue;
      const missing = [
        pattern.startsWith("^") ? "" : "leading '^'",
        pattern.endsWith("$") ? "" : "trailing '$'",
      ].filter(Boolean);
      if (missing.length === 0) continue;
      out.push(
        events.warning(
          node,
          `A pattern trait is applied without a ${missing.join(" and ")}, meaning only part of the string must match the ` +
            "regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by " +
            "default and does not require modelers to understand that Smithy patterns are not automatically anchored.",
        ),
      );
    }
    return out;
  },
};
