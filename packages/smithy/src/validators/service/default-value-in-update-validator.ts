import { nameOf } from "../../model/shape-id";
import type { OperationShape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `DefaultValueInUpdate`: update/patch style operations should not default top-level input
 * members, or an omitted value cannot be told from an explicit one.
 * https://smithy.io/2.0/spec/type-refinement-traits.html#default-trait
 */
const events = new EventFactory("DefaultValueInUpdate");

export const defaultValueInUpdateValidator: Validator = {
  name: "DefaultValueInUpdate",
  validate(ctx) {
    const operations = new Map<string, OperationShape>();
    for (const resource of shapesOf(ctx.model, "resource")) {
      const update =
        resource.type === "resource" && resource.update
          ? ctx.model.getShape(resource.update)
          : undefined;
      if (update?.type === "operation") operations.set(update.id, update);
    }
    for (const operation of shapesOf(ctx.model, "operation")) {
      const name = nameOf(operation.id).toLowerCase();
      if (operation.type === "operation" && (name.startsWith("update") || name.startsWith("patch")))
        operations.set(operation.id, operation);
    }
    const out: ValidationEvent[] = [];
    for (const operation of operations.values()) {
      const input = ctx.model.getShape(operation.input);
      const defaulted = [...(input?.members.values() ?? [])]
        .filter((m) => m.traits.has("smithy.api#default"))
        .map((m) => m.name)
        .sort();
      if (defaulted.length === 0) continue;
      out.push(
        events.warning(
          operation,
          "This update style operation has top-level input members marked with the @default trait. It will be impossible " +
            `to tell if the member was omitted or explicitly provided. Affected members: [${defaulted.join(", ")}]`,
        ),
      );
    }
    return out;
  },
};
