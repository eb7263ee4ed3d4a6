import type { Model } from "../../model/model";
import type { ResourceShape, Shape } from "../../model/shape";

/**
 * How an operation's input binds a resource's identifiers (the reference's IdentifierBindingIndex):
 * explicitly with `@resourceIdentifier`, or implicitly by a `@required` member with the same name
 * and target. https://smithy.io/2.0/spec/service-types.html#binding-identifiers-to-operations
 */
export type BindingType = "instance" | "collection";

/** All operations of a resource: lifecycle, instance and collection operations. */
export function allOperations(resource: ResourceShape): string[] {
  const ids = [
    resource.put,
    resource.create,
    resource.read,
    resource.update,
    resource.delete,
    resource.list,
  ].filter((id): id is string => id !== undefined);
  return [...new Set([...ids, ...resource.operations, ...resource.collectionOperations])];
}

export function bindingType(resource: ResourceShape, operationId: string): BindingType {
  return resource.collectionOperations.includes(operationId) ||
    resource.create === operationId ||
    resource.list === operationId
    ? "collection"
    : "instance";
}

/** Identifier name → member name. */
export function identifierBindings(
  resource: ResourceShape,
  structure: Shape | undefined,
): Map<string, string> {
  const bindings = new Map<string, string>();
  if (structure?.type !== "structure") return bindings;
  for (const member of structure.members.values()) {
    const explicit = member.traits.get("smithy.api#resourceIdentifier");
    if (typeof explicit === "string") bindings.set(explicit, member.name);
    else if (
      resource.identifiers.get(member.name) === member.target &&
      member.traits.has("smithy.api#required") &&
      !bindings.has(member.name)
    ) {
      bindings.set(member.name, member.name);
    }
  }
  return bindings;
}

export function inputBindings(
  model: Model,
  resource: ResourceShape,
  operationId: string,
): Map<string, string> {
  const operation = model.getShape(operationId);
  if (operation?.type !== "operation") return new Map();
  return identifierBindings(resource, model.getShape(operation.input));
}
