/**
 * Orders shape definitions so that every mixin (and `for` resource) is built before the shapes
 * that use it; shapes caught in a cycle are reported and left out. Iterative, so long mixin chains
 * cannot overflow the stack.
 */
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { ShapeDef } from "../loader/load-ops";

const NONE: readonly string[] = [];

export function mixinOrder(
  defs: ReadonlyMap<string, ShapeDef>,
  dependencies: ReadonlyMap<string, readonly string[]>,
  events: ValidationEvent[],
): ShapeDef[] {
  // Nothing to order: definition order.
  if (dependencies.size === 0) return [...defs.values()];
  const pending = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const order: ShapeDef[] = [];
  const ready: string[] = [];
  for (const id of defs.keys()) {
    let count = 0;
    for (const dep of dependencies.get(id) ?? NONE) {
      if (dep === id || defs.has(dep)) {
        count++;
        let list = dependents.get(dep);
        if (!list) dependents.set(dep, (list = []));
        list.push(id);
      }
    }
    if (count === 0) ready.push(id);
    else pending.set(id, count);
  }
  // Keep definition order among independent shapes, for stable output.
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i]!;
    order.push(defs.get(id)!);
    for (const dependent of dependents.get(id) ?? NONE) {
      const left = pending.get(dependent)! - 1;
      if (left === 0) {
        pending.delete(dependent);
        ready.push(dependent);
      } else {
        pending.set(dependent, left);
      }
    }
  }
  if (pending.size > 0) reportCycles(defs, dependencies, new Set(pending.keys()), events);
  return order;
}

/** Each shape that lies on a cycle gets an event naming the other shapes of its cycle. */
function reportCycles(
  defs: ReadonlyMap<string, ShapeDef>,
  dependencies: ReadonlyMap<string, readonly string[]>,
  stuck: ReadonlySet<string>,
  events: ValidationEvent[],
): void {
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(dependencies.get(from) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (!stuck.has(id) || seen.has(id)) continue;
      seen.add(id);
      stack.push(...(dependencies.get(id) ?? []));
    }
    return seen;
  };
  const reachable = new Map<string, Set<string>>();
  for (const id of stuck) reachable.set(id, reach(id));
  for (const id of stuck) {
    if (!reachable.get(id)!.has(id)) continue; // depends on a cycle without being on one
    // The cycle, walked along the dependencies starting from this shape.
    const cycle: string[] = [];
    let current = id;
    for (;;) {
      const next = (dependencies.get(current) ?? []).find(
        (d) => stuck.has(d) && reachable.get(d)!.has(id) && !cycle.includes(d),
      );
      if (next === undefined || next === id) break;
      cycle.push(next);
      current = next;
    }
    const def = defs.get(id)!;
    events.push({
      id: "Model",
      severity: Severity.ERROR,
      shapeId: id,
      sourceLocation: def.location,
      message: `Unable to resolve mixins; cycles detected between this shape and [${cycle.join(", ")}]`,
    });
  }
}
