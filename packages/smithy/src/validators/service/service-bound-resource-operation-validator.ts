import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import { containedShapes, shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `ServiceBoundResourceOperation`: an operation bound directly to a service whose members
 * implicitly bind a resource's identifiers probably belongs to that resource.
 * https://smithy.io/2.0/spec/service-types.html#binding-identifiers-to-operations
 */
const events = new EventFactory("ServiceBoundResourceOperation");

export const serviceBoundResourceOperationValidator: Validator = {
  name: "ServiceBoundResourceOperation",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const service of shapesOf(ctx.model, "service")) {
      if (service.type !== "service") continue;
      const { resources } = containedShapes(ctx.model, service);
      for (const operationId of service.operations) {
        const operation = ctx.model.getShape(operationId);
        if (operation?.type !== "operation") continue;
        const members = [
          ...(ctx.model.getShape(operation.input)?.members.values() ?? []),
          ...(ctx.model.getShape(operation.output)?.members.values() ?? []),
        ];
        const matches = resources
          .filter((resource) =>
            members.some(
              (m) =>
                resource.identifiers.get(m.name) === m.target &&
                m.traits.has("smithy.api#required"),
            ),
          )
          .map((r) => r.id);
        if (matches.length === 0) continue;
        out.push(
          events.warning(
            operation,
            `The \`${operation.id}\` operation is bound to the \`${service.id}\` service but has members that match identifiers ` +
              `of the following resource shapes: [${tickedList(matches)}]. It may be more accurately bound to one of them ` +
              "than directly to the service.",
            service.id,
            operation.id.slice(operation.id.indexOf("#") + 1),
          ),
        );
      }
    }
    return out;
  },
};
