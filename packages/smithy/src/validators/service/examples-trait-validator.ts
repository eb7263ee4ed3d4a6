import type { NodeObject } from "../../model/node-value";
import { isNodeObject } from "../../model/node-value";
import type { OperationShape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "../core/context";
import { EventFactory } from "../core/events";
import { validateNode } from "../node/node-validation";
import { containedShapes, shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `ExamplesTrait`: example input, output and error values match the operation's shapes; an
 * example has output or an error, not both; `allowConstraintErrors` needs an error.
 * https://smithy.io/2.0/spec/documentation-traits.html#examples-trait
 */
const events = new EventFactory("ExamplesTrait");

export const examplesTraitValidator: Validator = {
  name: "ExamplesTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const operation of ctx.shapesWithTrait("smithy.api#examples")) {
      if (operation.type !== "operation") continue;
      const examples = operation.traits.get("smithy.api#examples");
      for (const example of Array.isArray(examples) ? examples.filter(isNodeObject) : []) {
        checkExample(ctx, operation, example, out);
      }
    }
    return out;
  },
};

function checkExample(
  ctx: ValidationContext,
  operation: OperationShape,
  example: NodeObject,
  out: ValidationEvent[],
): void {
  const title = String(example["title"] ?? "");
  const allowConstraintErrors = example["allowConstraintErrors"] === true;
  const error = isNodeObject(example["error"]) ? example["error"] : undefined;
  const output = isNodeObject(example["output"]) ? example["output"] : undefined;
  const check = (name: string, shapeId: string, value: NodeObject) => {
    const shape = ctx.model.getShape(shapeId);
    if (!shape) return;
    const nodeCheck = {
      model: ctx.model,
      eventId: "ExamplesTrait",
      shapeId: operation.id,
      location: operation.location,
      select: (selector: string) => ctx.select(selector),
      allowConstraintErrors,
    };
    out.push(...validateNode(nodeCheck, shape, value, `Example ${name} of \`${title}\``));
  };
  if (ctx.model.getShape(operation.input)) {
    if (allowConstraintErrors && !error) {
      out.push(
        events.error(
          operation,
          `Example: \`${title}\` has allowConstraintErrors enabled, so error must be defined.`,
        ),
      );
    }
    check("input", operation.input, isNodeObject(example["input"]) ? example["input"] : {});
  }
  if (output && error) {
    out.push(
      events.error(
        operation,
        `Example: \`${title}\` has both output and error defined, only one should be present.`,
      ),
    );
  } else if (output) {
    check("output", operation.output, output);
  } else if (error) {
    const errorId = String(error["shapeId"] ?? "");
    if (
      ctx.model.getShape(errorId) &&
      (operation.errors.includes(errorId) || servicesContainError(ctx, operation, errorId))
    ) {
      check("error", errorId, isNodeObject(error["content"]) ? error["content"] : {});
    } else {
      out.push(
        events.error(
          operation,
          `Error parameters provided for operation without the \`${errorId}\` error: \`${title}\``,
        ),
      );
    }
  }
}

/** True when every service that contains the operation declares the error (and at least one does). */
function servicesContainError(
  ctx: ValidationContext,
  operation: OperationShape,
  errorId: string,
): boolean {
  const services = shapesOf(ctx.model, "service");
  if (services.length === 0) return false;
  for (const service of services) {
    if (
      service.type !== "service" ||
      !containedShapes(ctx.model, service).operations.includes(operation)
    )
      continue;
    if (!service.errors.includes(errorId)) return false;
  }
  return true;
}
