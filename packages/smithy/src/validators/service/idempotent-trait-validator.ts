import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `IdempotentTrait`: `exists` and `notFound` are exclusive and name errors of the operation.
 * https://smithy.io/2.0/spec/behavior-traits.html#idempotent-trait
 */
const events = new EventFactory("IdempotentTrait");

export const idempotentTraitValidator: Validator = {
  name: "IdempotentTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const operation of ctx.shapesWithTrait("smithy.api#idempotent")) {
      if (operation.type !== "operation") continue;
      const trait = operation.traits.get("smithy.api#idempotent");
      if (!isNodeObject(trait)) continue;
      const exists = Array.isArray(trait["exists"]) ? trait["exists"] : undefined;
      const notFound = Array.isArray(trait["notFound"]) ? trait["notFound"] : undefined;
      if (exists && notFound) {
        out.push(
          events.error(
            operation,
            "The `exists` and `notFound` properties of the `@idempotent` trait are mutually exclusive. Only one may be specified.",
          ),
        );
      }
      for (const [property, errors] of [
        ["exists", exists],
        ["notFound", notFound],
      ] as const) {
        for (const errorId of errors ?? []) {
          if (typeof errorId === "string" && !operation.errors.includes(errorId)) {
            out.push(
              events.error(
                operation,
                `The \`${property}\` property references error \`${errorId}\`, but it is not in the operation's errors list. ` +
                  `Expected one of ${tickedList(operation.errors)}`,
              ),
            );
          }
        }
      }
    }
    return out;
  },
};
