/**
 * Orders shape definitions so that every mixin (and `for` resource) is built before the shapes
 * that use it; shapes caught in a cycle are reported and left out. Iterative, so long mixin chains
 * cannot overflow the stack.
 */
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { SourceLocation } from "../model/source-location";

/** Which ids are definitions being ordered (a map of them will do). */
export interface Defined {
  has(id: string): boolean;
  get(id: string): Located | undefined;
}

/** What ordering needs of a definition. */
interface Located {
  readonly id: string;
  readonly location: SourceLocation;
}

const NONE: readonly string[] = [];

/**
 * `defs` in definition order with `dependencies[i]` the resolved mixins (and `for` resource) of
 * `defs[i]`, undefined when it has none; `defined` tells which ids are definitions being ordered.
 * Works on positions so that shapes without dependencies (most of them) cost no map operation.
 */
export function mixinOrder<T extends Located>(
  defs: readonly T[],
  dependencies: readonly (readonly string[] | undefined)[],
  defined: Defined,
  events: ValidationEvent[],
): readonly T[] {
  // Nothing to order: definition order.
  if (!dependencies.some((d) => d !== undefined)) return defs;
  const pending = new Int32Array(defs.length);
  /** Dependency id → positions of the definitions waiting for it. */
  const dependents = new Map<string, number[]>();
  const ready: number[] = [];
  for (let i = 0; i < defs.length; i++) {
    let count = 0;
    const id = defs[i]!.id;
    for (const dep of dependencies[i] ?? NONE) {
      if (dep === id || defined.has(dep)) {
        count++;
        let list = dependents.get(dep);
        if (!list) dependents.set(dep, (list = []));
        list.push(i);
      }
    }
    if (count === 0) ready.push(i);
    else pending[i] = count;
  }
  // Keep definition order among independent shapes, for stable output.
  const order: T[] = [];
  for (let r = 0; r < ready.length; r++) {
    const def = defs[ready[r]!]!;
    order.push(def);
    const waiting = dependents.get(def.id);
    if (waiting) for (const j of waiting) if (--pending[j]! === 0) ready.push(j);
  }
  if (order.length < defs.length) {
    const byId = new Map<string, readonly string[]>();
    const stuck = new Set<string>();
    defs.forEach((def, i) => {
      if (dependencies[i]) byId.set(def.id, dependencies[i]!);
      if (pending[i]! > 0) stuck.add(def.id);
    });
    reportCycles(defined, byId, stuck, events);
  }
  return order;
}

/** Each shape that lies on a cycle gets an event naming the other shapes of its cycle. */
function reportCycles(
  defs: Defined,
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
