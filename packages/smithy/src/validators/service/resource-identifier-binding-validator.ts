import type { Model } from "../../model/model";
import type { ResourceShape, Shape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import { allOperations, bindingType, inputBindings } from "./identifier-bindings";
import type { Validator } from "../core/validator";

/**
 * `ResourceIdentifierBinding`: instance operations bind every identifier of their resource,
 * collection operations do not, child-resource operations bind the parent's identifiers, and
 * `@resourceIdentifier` traits do not clash. https://smithy.io/2.0/spec/service-types.html#resource-identifiers
 */
const events = new EventFactory("ResourceIdentifierBinding");

export const resourceIdentifierBindingValidator: Validator = {
  name: "ResourceIdentifierBinding",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const containers = new Set<string>();
    for (const member of ctx.shapesWithTrait("smithy.api#resourceIdentifier")) {
      if (member.type === "member") containers.add(member.container);
    }
    for (const id of [...containers].sort()) {
      const structure = ctx.model.getShape(id);
      if (structure) checkTraitBindings(structure, out);
    }
    for (const resource of ctx.model.shapesOfType("resource"))
      checkResource(ctx.model, resource, out);
    return out;
  },
};

function checkTraitBindings(structure: Shape, out: ValidationEvent[]): void {
  const potential = new Map<string, string[]>();
  const explicit = new Map<string, string[]>();
  for (const member of structure.members.values()) {
    const value = member.traits.get("smithy.api#resourceIdentifier");
    const name = typeof value === "string" ? value : member.name;
    potential.set(name, [...(potential.get(name) ?? []), member.name]);
    if (typeof value === "string")
      explicit.set(value, [...(explicit.get(value) ?? []), member.name]);
  }
  for (const [name, members] of potential) {
    if (members.length > 1 && members.includes(name)) {
      const overrides = members.filter((m) => m !== name).sort();
      out.push(
        events.warning(
          structure,
          `Implicit resource identifier for '${name}' is overridden by \`resourceIdentifier\` trait on members: '${overrides.join("', '")}'`,
        ),
      );
    }
  }
  for (const [name, members] of explicit) {
    if (members.length > 1) {
      out.push(
        events.error(
          structure,
          `Conflicting resource identifier member bindings found for identifier '${name}' between members: '${members.sort().join("', '")}'`,
        ),
      );
    }
  }
}

function checkResource(model: Model, resource: ResourceShape, out: ValidationEvent[]): void {
  // Operations of child resources must bind the parent's identifiers.
  for (const childId of resource.resources) {
    const child = model.getShape(childId);
    if (child?.type !== "resource") continue;
    for (const operationId of allOperations(child)) {
      const operation = model.getShape(operationId);
      if (operation?.type !== "operation") continue;
      const bound = inputBindings(model, child, operationId);
      const missing = [...resource.identifiers.keys()].filter((name) => !bound.has(name));
      if (missing.length) {
        out.push(
          events.error(
            operation,
            `This operation is bound to the \`${child.id}\` resource, which is a child of the \`${resource.id}\` resource, ` +
              `and it is missing the following resource identifier bindings of \`${resource.id}\`: [${tickedList(missing)}]`,
          ),
        );
      }
    }
  }
  for (const operationId of allOperations(resource)) {
    const operation = model.getShape(operationId);
    if (operation?.type !== "operation") continue;
    const allBound = hasAllIdentifiersBound(model, resource, operationId);
    if (bindingType(resource, operationId) === "collection") {
      if (allBound) {
        out.push(
          events.error(
            operation,
            `This operation is bound as a collection operation on the \`${resource.id}\` resource, but it improperly binds ` +
              "all of the identifiers of the resource to members of the operation input.",
          ),
        );
      }
    } else if (!allBound) {
      const describe = (entries: [string, string][]) =>
        entries
          .map(([k, v]) => `required member named \`${k}\` that targets \`${v}\``)
          .sort()
          .join(", ");
      out.push(
        events.error(
          operation,
          `This operation does not form a valid instance operation when bound to resource \`${resource.id}\`. All of the ` +
            "identifiers of the resource were not implicitly or explicitly bound to the input of the operation. Expected the " +
            `following identifier bindings: [${describe([...resource.identifiers])}]. Found the following identifier ` +
            `bindings: [${describe([...inputBindings(model, resource, operationId)])}]`,
        ),
      );
    }
  }
}

function hasAllIdentifiersBound(
  model: Model,
  resource: ResourceShape,
  operationId: string,
): boolean {
  const operation = model.getShape(operationId);
  if (operation?.type !== "operation") return false;
  const input = model.getShape(operation.input);
  const bindings = inputBindings(model, resource, operationId);
  for (const [name, target] of resource.identifiers) {
    const memberName = bindings.get(name);
    if (memberName === undefined) return false;
    if (input?.members.get(memberName)?.target !== target) return false;
  }
  return true;
}
