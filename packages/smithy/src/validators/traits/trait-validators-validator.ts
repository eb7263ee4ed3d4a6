import { isNodeObject } from "../../model/node-value";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { selectFrom } from "../selector/evaluate";
import type { Validator } from "../core/validator";

/**
 * `TraitValidators`: a trait definition's `@traitValidators` selectors run from every shape the
 * trait is applied to; each match is an event with the validator's own id, severity and message.
 * https://smithy.io/2.0/spec/model-validation.html#traitvalidators-trait
 */
const events = new EventFactory("TraitValidators");
const SEVERITIES = new Set(["NOTE", "WARNING", "DANGER", "ERROR"]);
/** Smithy identifiers: leading underscores must be followed by a letter (`identifier_start = *"_" ALPHA`). */
const EVENT_ID = /^_*[A-Za-z][A-Za-z0-9_]*(\._*[A-Za-z][A-Za-z0-9_]*)*$/;

export const traitValidatorsValidator: Validator = {
  name: "TraitValidators",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const trait of ctx.shapesWithTrait("smithy.api#traitValidators")) {
      const validators = trait.traits.get("smithy.api#traitValidators");
      if (!isNodeObject(validators)) continue;
      const invalidKeys = Object.keys(validators).filter((key) => !EVENT_ID.test(key));
      for (const key of invalidKeys) {
        out.push(
          events.error(
            trait,
            `\`smithy.api#traitValidators\` key is not a valid event ID: \`${key}\``,
          ),
        );
      }
      if (invalidKeys.length) continue;
      for (const applied of ctx.shapesWithTrait(trait.id)) {
        for (const [id, definition] of Object.entries(validators)) {
          if (!isNodeObject(definition) || typeof definition["selector"] !== "string") continue;
          const ast = ctx.selector(definition["selector"]);
          if (ast instanceof Error) continue;
          const severity = (
            typeof definition["severity"] === "string" && SEVERITIES.has(definition["severity"])
              ? definition["severity"]
              : "ERROR"
          ) as Severity;
          const suffix =
            typeof definition["message"] === "string" ? `: ${definition["message"]}` : "";
          for (const match of selectFrom(ctx, ast, [applied])) {
            out.push({
              id,
              severity,
              shapeId: match.id,
              sourceLocation: match.location,
              message: `Found an incompatible shape when validating the constraints of the \`${trait.id}\` trait attached to \`${applied.id}\`${suffix}`,
            });
          }
        }
      }
    }
    return out;
  },
};
