/**
 * Operations, resources and services: errors, input/output, bindings, identifiers and renames.
 * Reference: smithy-diff Added/RemovedOperationError, Added/RemovedServiceError,
 * ChangedOperationInput/Output, Added/RemovedEntityBinding, ChangedResourceIdentifiers, ServiceRename.
 */
import type { Model } from "../../model/model";
import { nameOf } from "../../model/shape-id";
import type { ResourceShape, ServiceShape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { containedShapes } from "../../validators/core/top-down";
import { forwardRelationships, type ModelNode } from "../../validators/core/relationships";
import { changesOfType } from "../differences";
import { diffEvent, type DiffEvaluator } from "../evaluator";

const onlyIn = (a: readonly string[], b: readonly string[]) =>
  [...new Set(a)].filter((x) => !b.includes(x));

export const addedOperationError: DiffEvaluator = {
  name: "AddedOperationError",
  evaluate(d) {
    return changesOfType(d, "operation").flatMap((c) =>
      onlyIn(c.new.errors, c.old.errors).map((error) =>
        diffEvent(
          `AddedOperationError.${nameOf(error)}`,
          "WARNING",
          c.new.id,
          `The \`${error}\` error was added to the \`${c.id}\` operation. This is backward-compatible if the error is only ` +
            "encountered as a result of a change in behavior of the client (for example, the client sends a new parameter to an operation).",
          d.newModel.getShape(error)?.location ?? c.new.location,
        ),
      ),
    );
  },
};

export const removedOperationError: DiffEvaluator = {
  name: "RemovedOperationError",
  evaluate(d) {
    return changesOfType(d, "operation").flatMap((c) =>
      onlyIn(c.old.errors, c.new.errors).map((error) =>
        diffEvent(
          `RemovedOperationError.${nameOf(error)}`,
          "WARNING",
          c.new,
          `The \`${error}\` error was removed from the \`${c.id}\` operation.`,
        ),
      ),
    );
  },
};

export const addedServiceError: DiffEvaluator = {
  name: "AddedServiceError",
  evaluate(d) {
    return changesOfType(d, "service").flatMap((c) =>
      onlyIn(c.new.errors, c.old.errors).map((error) =>
        diffEvent(
          "AddedServiceError",
          "WARNING",
          c.new,
          `The \`${error}\` error was added to the \`${c.id}\` service, making this error common to all operations within the service. ` +
            "This is backward-compatible if the error is only encountered as a result of a change in behavior of the client " +
            "(for example, the client sends a new parameter to an operation).",
        ),
      ),
    );
  },
};

export const removedServiceError: DiffEvaluator = {
  name: "RemovedServiceError",
  evaluate(d) {
    return changesOfType(d, "service").flatMap((c) =>
      onlyIn(c.old.errors, c.new.errors).map((error) =>
        diffEvent(
          "RemovedServiceError",
          "WARNING",
          c.new,
          `The \`${error}\` error was removed from the \`${c.id}\` service. This means that it is no longer considered an error ` +
            "common to all operations within the service.",
        ),
      ),
    );
  },
};

function ioEvaluator(kind: "input" | "output"): DiffEvaluator {
  const name = kind === "input" ? "ChangedOperationInput" : "ChangedOperationOutput";
  return {
    name,
    evaluate(d) {
      return changesOfType(d, "operation")
        .filter((c) => c.old[kind] !== c.new[kind])
        .map((c) =>
          diffEvent(
            `${name}.From.${c.old[kind]}.To.${c.new[kind]}`,
            "ERROR",
            c.new,
            `Changed operation ${kind} of \`${c.id}\` from \`${c.old[kind]}\` to \`${c.new[kind]}\``,
          ),
        );
    },
  };
}
export const changedOperationInput = ioEvaluator("input");
export const changedOperationOutput = ioEvaluator("output");

type Entity = ServiceShape | ResourceShape;

export const addedEntityBinding: DiffEvaluator = {
  name: "AddedEntityBinding",
  evaluate(d) {
    const events: ValidationEvent[] = [];
    for (const c of changesOfType(d, "service", "resource")) {
      const parent = c.new as Entity;
      const to = parent.type === "resource" ? "ToResource" : "ToService";
      const report = (kind: "Operation" | "Resource", child: string) =>
        events.push(
          diffEvent(
            `Added${kind}Binding.${to}.${nameOf(child)}`,
            "NOTE",
            parent,
            `${kind} binding of \`${child}\` was added to the ${parent.type} shape, \`${parent.id}\``,
          ),
        );
      onlyIn(parent.operations, (c.old as Entity).operations).forEach((op) =>
        report("Operation", op),
      );
      onlyIn(parent.resources, (c.old as Entity).resources).forEach((r) => report("Resource", r));
    }
    return events;
  },
};

export const removedEntityBinding: DiffEvaluator = {
  name: "RemovedEntityBinding",
  evaluate(d) {
    const events: ValidationEvent[] = [];
    for (const c of changesOfType(d, "service", "resource")) {
      const parent = c.new as Entity;
      const from = parent.type === "resource" ? "FromResource" : "FromService";
      const removed = (kind: "Operation" | "Resource", child: string) =>
        diffEvent(
          `Removed${kind}Binding.${from}.${nameOf(child)}`,
          "ERROR",
          parent,
          `${kind} binding of \`${child}\` was removed from ${parent.type} shape, \`${parent.id}\``,
        );
      const contained =
        parent.type === "service"
          ? new Set(containedShapes(d.newModel, parent).operations.map((o) => o.id))
          : new Set<string>();
      for (const op of onlyIn((c.old as Entity).operations, parent.operations)) {
        // Still reachable through a resource: callers keep the operation.
        events.push(
          contained.has(op)
            ? diffEvent(
                `RemovedOperationBinding.FromService.${nameOf(op)}`,
                "NOTE",
                parent,
                `Operation binding of \`${op}\` was removed from service shape, \`${parent.id}\`, but the operation remains in the service closure through a resource`,
              )
            : removed("Operation", op),
        );
      }
      for (const r of onlyIn((c.old as Entity).resources, parent.resources))
        events.push(removed("Resource", r));
    }
    return events;
  },
};

/** Java's Map.toString: `{a=x, b=y}`. */
function javaMap(map: ReadonlyMap<string, string>): string {
  return `{${[...map].map(([k, v]) => `${k}=${v}`).join(", ")}}`;
}

export const changedResourceIdentifiers: DiffEvaluator = {
  name: "ChangedResourceIdentifiers",
  evaluate(d) {
    return changesOfType(d, "resource")
      .filter((c) => !sameMap(c.old.identifiers, c.new.identifiers))
      .map((c) =>
        diffEvent(
          "ChangedResourceIdentifiers",
          "ERROR",
          c.new,
          `Identifiers of resource \`${c.id}\` changed from ${javaMap(c.old.identifiers)} to ${javaMap(c.new.identifiers)}.`,
        ),
      );
  },
};

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/** Every shape id reachable from a shape (the reference's Walker), trait relationships excluded. */
export function closureOf(model: Model, root: ModelNode): Set<string> {
  const seen = new Set<string>([root.id]);
  const stack: ModelNode[] = [root];
  while (stack.length > 0) {
    for (const rel of forwardRelationships(model, stack.pop()!)) {
      if (rel.to && !seen.has(rel.to.id)) {
        seen.add(rel.to.id);
        stack.push(rel.to);
      }
    }
  }
  return seen;
}

export const serviceRename: DiffEvaluator = {
  name: "ServiceRename",
  evaluate(d) {
    const events: ValidationEvent[] = [];
    for (const c of changesOfType(d, "service")) {
      if (sameMap(c.old.rename, c.new.rename)) continue;
      for (const [id, name] of c.old.rename) {
        const now = c.new.rename.get(id);
        if (now === undefined) {
          events.push(
            diffEvent(
              "ServiceRename",
              "ERROR",
              c.new,
              `Service rename of \`${id}\` to \`${name}\` was removed`,
            ),
          );
        } else if (now !== name) {
          events.push(
            diffEvent(
              "ServiceRename",
              "ERROR",
              c.new,
              `Service rename of \`${id}\` was changed from \`${name}\` to \`${now}\``,
            ),
          );
        }
      }
      const closure = closureOf(d.oldModel, c.old);
      for (const [id, name] of c.new.rename) {
        if (!c.old.rename.has(id) && closure.has(id)) {
          events.push(
            diffEvent(
              "ServiceRename",
              "ERROR",
              c.new,
              `Service rename of \`${id}\` to \`${name}\` was added to an old shape`,
            ),
          );
        }
      }
    }
    return events;
  },
};
