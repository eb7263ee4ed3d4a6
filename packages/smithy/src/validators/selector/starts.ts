/**
 * Where a selector can have started when it emits given shapes. A selector moves only through
 * its neighbour steps (`>`, `<`, `-[rel]->`, `<-[rel]-`); filters (`:test`, `:not`, `:in`,
 * `:topdown`, types, attributes) stay on the current shape. So a selector whose path takes at
 * most k neighbour steps emits a shape only when started within k relationship steps of it,
 * and evaluating it from those shapes alone (instead of every shape in the model) finds every
 * match among them. Used by TraitTarget, where the shapes to test are the few the trait is on.
 */
import type { ValidationContext } from "../core/context";
import type { ModelNode } from "../core/relationships";
import type { SelectorAst } from "./ast";

const FILTERS = new Set(["not", "test", "in", "topdown"]);

/**
 * The most neighbour steps between a selector's start and a shape it emits; undefined when not
 * bounded: recursion (`~>`, `:recursive`), `:root`, and variables, whose values may come from
 * anywhere on the path.
 */
export function maxNeighborSteps(ast: SelectorAst): number | undefined {
  let total = 0;
  for (const step of ast) {
    switch (step.kind) {
      case "type":
      case "attribute":
      case "scoped":
        break;
      case "neighbor":
        total += 1;
        break;
      case "function": {
        if (FILTERS.has(step.name)) break;
        if (step.name !== "is") return undefined;
        let longest = 0;
        for (const alternative of step.args) {
          const steps = maxNeighborSteps(alternative);
          if (steps === undefined) return undefined;
          longest = Math.max(longest, steps);
        }
        total += longest;
        break;
      }
      default:
        return undefined;
    }
  }
  return total;
}

/**
 * Every shape within `steps` relationship steps of `targets`, either way (traits included), and
 * the targets themselves: the starts from which a selector of at most `steps` neighbour steps
 * can reach a target.
 */
export function startsWithin(
  ctx: ValidationContext,
  targets: readonly ModelNode[],
  steps: number,
): Set<ModelNode> {
  const found = new Set<ModelNode>(targets);
  let frontier: readonly ModelNode[] = targets;
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: ModelNode[] = [];
    const add = (node: ModelNode | undefined) => {
      if (node === undefined || found.has(node)) return;
      found.add(node);
      next.push(node);
    };
    for (const node of frontier) {
      // A forward step reached `node` from a shape that points at it; a reverse step, from a
      // shape it points at.
      for (const rel of ctx.reverseRelationships(node, true)) add(rel.from);
      for (const rel of ctx.relationships(node, true)) add(rel.to);
    }
    frontier = next;
  }
  return found;
}
