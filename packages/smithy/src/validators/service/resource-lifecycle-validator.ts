import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `ResourceLifecycle`: read and list are `@readonly`; put, create, update and delete are not;
 * put and delete are `@idempotent`. https://smithy.io/2.0/spec/service-types.html#resource-lifecycle-operations
 */
const events = new EventFactory("ResourceLifecycle");
const RULES = [
  ["put", false, true],
  ["create", false, false],
  ["read", true, false],
  ["update", false, false],
  ["delete", false, true],
  ["list", true, false],
] as const;

export const resourceLifecycleValidator: Validator = {
  name: "ResourceLifecycle",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const resource of ctx.model.shapesOfType("resource")) {
      for (const [lifecycle, readonly, idempotent] of RULES) {
        const id = resource[lifecycle];
        const operation = id ? ctx.model.getShape(id) : undefined;
        if (operation?.type !== "operation") continue;
        if (readonly !== operation.traits.has("smithy.api#readonly")) {
          out.push(
            events.error(
              resource,
              `The \`${lifecycle}\` lifecycle operation of this resource targets an invalid operation, \`${operation.id}\`. ` +
                `The targeted operation ${readonly ? "must" : "must not"} be marked with the readonly trait.`,
            ),
          );
        }
        if (idempotent && !operation.traits.has("smithy.api#idempotent")) {
          out.push(
            events.error(
              resource,
              `The \`${lifecycle}\` lifecycle operation of this resource targets an invalid operation, \`${operation.id}\`. ` +
                "The targeted operation must be marked as idempotent.",
            ),
          );
        }
      }
    }
    return out;
  },
};
