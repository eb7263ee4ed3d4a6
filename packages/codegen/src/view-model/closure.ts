/**
 * The closure of a service: its operations (resource operations included, recursively), its
 * errors, and every shape they reach through members, with `rename` applied.
 * https://smithy.io/2.0/spec/service-types.html#service-closure
 */
import {
  LIFECYCLE_OPERATIONS,
  UNIT,
  isPreludeId,
  nameOf,
  type Model,
  type OperationShape,
  type ResourceShape,
  type ServiceShape,
  type Shape,
} from "@oda-codegen/smithy";
import { CodegenError } from "../codegen-error";

export interface ServiceClosure {
  readonly service: ServiceShape;
  /** Operations in the order the service and its resources list them, deduplicated. */
  readonly operations: readonly OperationShape[];
  /** Non-prelude shapes reached (structures, unions, enums, lists, maps, simple aliases), by id. */
  readonly shapes: readonly Shape[];
  /** Service-wide error ids. */
  readonly serviceErrors: readonly string[];
  /** The TypeScript name of a shape in this closure (`rename` honoured). */
  nameOf(id: string): string;
}

function expectType<T extends Shape["type"]>(
  model: Model,
  id: string,
  type: T,
  from: string,
): Extract<Shape, { type: T }> {
  const shape = model.getShape(id);
  if (!shape || shape.type !== type) {
    throw new CodegenError(`${from} refers to ${id}, which is not a ${type} in the model`, [
      { shapeId: from, message: `expected a ${type}: ${id}` },
    ]);
  }
  return shape as Extract<Shape, { type: T }>;
}

export function collectClosure(model: Model, service: ServiceShape): ServiceClosure {
  const operations = new Map<string, OperationShape>();
  const seenResources = new Set<string>();

  const addOperation = (id: string, from: string) => {
    if (!operations.has(id)) operations.set(id, expectType(model, id, "operation", from));
  };
  const addResource = (id: string, from: string) => {
    if (seenResources.has(id)) return;
    seenResources.add(id);
    const resource: ResourceShape = expectType(model, id, "resource", from);
    for (const lifecycle of LIFECYCLE_OPERATIONS) {
      const op = resource[lifecycle];
      if (op) addOperation(op, id);
    }
    for (const op of resource.operations) addOperation(op, id);
    for (const op of resource.collectionOperations) addOperation(op, id);
    for (const child of resource.resources) addResource(child, id);
  };
  for (const op of service.operations) addOperation(op, service.id);
  for (const resource of service.resources) addResource(resource, service.id);

  // Walk every shape reachable from operation input/output/errors and service errors.
  const reached = new Map<string, Shape>();
  const pending: string[] = [];
  const visit = (id: string, from: string) => {
    if (id === UNIT || isPreludeId(id) || reached.has(id)) return;
    const shape = model.getShape(id);
    if (!shape) {
      throw new CodegenError(`Shape ${id} is not in the model`, [
        { shapeId: from, message: `refers to missing shape ${id}` },
      ]);
    }
    reached.set(id, shape);
    pending.push(id);
  };
  for (const op of operations.values()) {
    visit(op.input, op.id);
    visit(op.output, op.id);
    for (const e of op.errors) visit(e, op.id);
  }
  for (const e of service.errors) visit(e, service.id);
  while (pending.length > 0) {
    const shape = reached.get(pending.pop()!)!;
    for (const member of shape.members.values()) visit(member.target, member.id);
  }

  const shapes = [...reached.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rename = service.rename;
  const closureNameOf = (id: string) => rename.get(id) ?? nameOf(id);

  // Smithy requires shape names to be unique within a closure, case-insensitively, after renames.
  const byName = new Map<string, string>();
  for (const shape of [...shapes, ...operations.values()]) {
    const key = closureNameOf(shape.id).toLowerCase();
    const other = byName.get(key);
    if (other !== undefined && other !== shape.id) {
      throw new CodegenError(`Shape name conflict in the closure of ${service.id}`, [
        { shapeId: shape.id, message: `conflicts with ${other}; add a \`rename\` to the service` },
      ]);
    }
    byName.set(key, shape.id);
  }

  return {
    service,
    operations: [...operations.values()],
    shapes,
    serviceErrors: service.errors,
    nameOf: closureNameOf,
  };
}
