import type { ValidationContext } from "./context";
import type { ModelNode } from "./relationships";
import type { Model } from "../../model/model";
import type { OperationShape, ResourceShape, Shape } from "../../model/shape";

/**
 * Operations and resources contained in a service or resource, through resource bindings
 * (the reference's TopDownIndex), in id order.
 */
export function containedShapes(
  model: Model,
  root: Shape,
): { operations: OperationShape[]; resources: ResourceShape[] } {
  const operations = new Map<string, OperationShape>();
  const resources = new Map<string, ResourceShape>();
  const addOperation = (id: string | undefined) => {
    const op = id ? model.getShape(id) : undefined;
    if (op?.type === "operation") operations.set(op.id, op);
  };
  const visitResource = (id: string) => {
    const resource = model.getShape(id);
    if (resource?.type !== "resource" || resources.has(id) || id === root.id) return;
    resources.set(id, resource);
    walk(resource);
  };
  const walk = (shape: Shape) => {
    if (shape.type === "service") {
      shape.operations.forEach(addOperation);
      shape.resources.forEach(visitResource);
    } else if (shape.type === "resource") {
      for (const id of [
        shape.create,
        shape.put,
        shape.read,
        shape.update,
        shape.delete,
        shape.list,
      ])
        addOperation(id);
      shape.operations.forEach(addOperation);
      shape.collectionOperations.forEach(addOperation);
      shape.resources.forEach(visitResource);
    }
  };
  walk(root);
  const byId = <T extends Shape>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    operations: [...operations.values()].sort(byId),
    resources: [...resources.values()].sort(byId),
  };
}

/**
 * Shapes of one type in id order. (Model.shapesOfType narrows with Extract, which yields `never`
 * for aggregate types such as "structure"; this returns plain Shapes instead.)
 */
export function shapesOf(model: Model, type: Shape["type"]): Shape[] {
  return model.shapesOfType(type) as Shape[];
}

/** Every shape reachable from `root` through forward relationships (members included). */
export function closure(ctx: ValidationContext, root: ModelNode): Map<string, ModelNode> {
  const found = new Map<string, ModelNode>([[root.id, root]]);
  const queue = [root];
  while (queue.length) {
    for (const rel of ctx.relationships(queue.shift()!)) {
      if (rel.to && !found.has(rel.to.id)) {
        found.set(rel.to.id, rel.to);
        queue.push(rel.to);
      }
    }
  }
  return found;
}
