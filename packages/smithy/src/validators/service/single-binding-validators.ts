import type { ValidationEvent } from "../../model/validation-event";
import { describeShape, EventFactory, tickedList } from "../core/events";
import { allOperations } from "./identifier-bindings";
import { containedShapes, shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `SingleOperationBinding` and `SingleResourceBinding`: within one service closure an operation
 * or resource is bound from a single place. https://smithy.io/2.0/spec/service-types.html#service-closure
 */
const operationEvents = new EventFactory("SingleOperationBinding");
const resourceEvents = new EventFactory("SingleResourceBinding");

export const singleOperationBindingValidator: Validator = {
  name: "SingleOperationBinding",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const service of shapesOf(ctx.model, "service")) {
      if (service.type !== "service") continue;
      const { operations, resources } = containedShapes(ctx.model, service);
      for (const operation of operations) {
        const containers: string[] = [];
        if (service.operations.includes(operation.id)) containers.push(describeShape(service));
        for (const resource of resources) {
          if (allOperations(resource).includes(operation.id))
            containers.push(describeShape(resource));
        }
        if (containers.length > 1) {
          out.push(
            operationEvents.error(
              operation,
              "An operation can appear only once in an entire service closure. This operation is illegally bound into " +
                `the \`${service.id}\` service closure from multiple shapes: ${containers.sort().join(", ")}`,
            ),
          );
        }
      }
    }
    return out;
  },
};

export const singleResourceBindingValidator: Validator = {
  name: "SingleResourceBinding",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const service of shapesOf(ctx.model, "service")) {
      if (service.type !== "service") continue;
      const { resources } = containedShapes(ctx.model, service);
      for (const resource of resources) {
        const containers = new Set<string>();
        if (service.resources.includes(resource.id)) containers.add(service.id);
        for (const other of resources)
          if (other.resources.includes(resource.id)) containers.add(other.id);
        if (containers.size > 1) {
          out.push(
            resourceEvents.error(
              resource,
              "A resource can appear only once in an entire service closure. This resource is illegally bound into the " +
                `\`${service.id}\` service closure from multiple shapes: [${tickedList(containers)}]`,
            ),
          );
        }
      }
    }
    return out;
  },
};
