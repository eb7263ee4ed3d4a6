import type { OperationShape, ResourceShape, Shape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { identifierBindings } from "./identifier-bindings";
import { PropertyBindings } from "./property-bindings";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `ResourceOperationInputOutput`: members of instance/lifecycle operations of a resource with
 * properties are properties (with the property's target) or identifiers, each property is used
 * somewhere, and no two members map to one property. https://smithy.io/2.0/spec/service-types.html#resource-properties
 */
const events = new EventFactory("ResourceOperationInputOutput");

export const resourceOperationInputOutputValidator: Validator = {
  name: "ResourceOperationInputOutput",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    let bindings: PropertyBindings | undefined;
    for (const resource of shapesOf(ctx.model, "resource")) {
      if (resource.type !== "resource" || resource.properties.size === 0) continue;
      bindings ??= new PropertyBindings(ctx.model);
      const used = new Set<string>();
      const lifecycle: [string, string | undefined][] = [
        ["put", resource.put],
        ["create", resource.create],
        ["read", resource.read],
        ["update", resource.update],
        ["delete", resource.delete],
        ...resource.operations.map((id): [string, string] => [id.slice(id.indexOf("#") + 1), id]),
      ];
      for (const [name, id] of lifecycle) {
        const operation = id ? ctx.model.getShape(id) : undefined;
        if (operation?.type !== "operation") continue;
        for (const shape of [bindings.inputShape(operation), bindings.outputShape(operation)]) {
          for (const member of shape?.members.values() ?? []) {
            const property = bindings.propertyName(member.id);
            if (property !== undefined) used.add(property);
          }
        }
        checkShape(bindings, resource, operation, bindings.inputShape(operation), name, out);
        checkShape(bindings, resource, operation, bindings.outputShape(operation), name, out);
      }
      for (const property of [...resource.properties.keys()].sort()) {
        if (!used.has(property)) {
          out.push(
            events.error(
              resource,
              `Resource property \`${property}\` is not used in the input or output of create or an instance operation.`,
            ),
          );
        }
      }
    }
    return out;
  },
};

function checkShape(
  bindings: PropertyBindings,
  resource: ResourceShape,
  operation: OperationShape,
  shape: Shape | undefined,
  lifecycle: string,
  out: ValidationEvent[],
): void {
  if (!shape) return;
  // The reference reads identifier members from the operation's output bindings for both sides.
  const identifierMembers = new Set(
    identifierBindings(resource, bindings.outputShape(operation)).values(),
  );
  const byProperty = new Map<string, string[]>();
  for (const member of shape.members.values()) {
    const property = bindings.propertyName(member.id);
    if (property === undefined) continue;
    byProperty.set(property, [...(byProperty.get(property) ?? []), member.id]);
    const expected = resource.properties.get(property);
    if (expected !== undefined) {
      if (expected !== member.target) {
        out.push(
          events.error(
            member,
            `This member must target \`${expected}\`. This member is used as part of the \`${lifecycle}\` operation of the ` +
              `\`${resource.id}\` resource and conflicts with its \`${property}\` resource property.`,
          ),
        );
      }
    } else if (!identifierMembers.has(member.name)) {
      out.push(
        events.error(
          member,
          `Member \`${member.name}\` does not target a property or identifier for resource \`${resource.id}\`. If it is an ` +
            "identifier, apply the `smithy.api#resourceIdentifier` trait. If it is a property, apply the `smithy.api#property` " +
            "trait. If it is neither, apply the `smithy.api#notProperty` trait.",
        ),
      );
    }
  }
  for (const [property, memberIds] of [...byProperty].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    if (memberIds.length < 2) continue;
    const names = memberIds.sort().map((id) => id.slice(id.indexOf("$") + 1));
    out.push(
      events.error(
        shape,
        `This shape contains members with conflicting resource property names that resolve to '${property}': ${names.join(", ")}`,
      ),
    );
  }
}
