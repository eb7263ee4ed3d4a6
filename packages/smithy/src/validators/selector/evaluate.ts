import type { ValidationContext } from "../core/context";
import type { ModelNode } from "../core/relationships";
import { selectorLabel } from "../core/relationships";
import type { SelectorAst, SelectorStep } from "./ast";
import { literal, resolvePath, shapeValue } from "./attribute-value";
import type { AttributeValue } from "./attribute-value";
import { compareAttribute } from "./comparators";
import { NUMBER_TYPES, SIMPLE_TYPES } from "../../model/shape";

/**
 * Evaluates selectors the way the reference does: shapes are pushed through the steps one at a
 * time, and a step may emit zero or more shapes to the next. `emit` returns false to stop early.
 */
type Emit = (node: ModelNode, vars: Vars) => boolean;
type Vars = Map<string, Set<ModelNode>>;

const AGGREGATE_TYPES = new Set(["list", "set", "map", "structure", "union"]);
const SERVICE_TYPES = new Set(["service", "resource", "operation"]);

/** Every shape (or member) the selector matches when started from every shape in the model. */
export function selectNodes(ctx: ValidationContext, ast: SelectorAst): Set<ModelNode> {
  const found = new Set<ModelNode>();
  const evaluator = new Evaluator(ctx);
  for (const node of ctx.nodes()) {
    evaluator.run(ast, 0, node, new Map(), (out) => {
      found.add(out);
      return true;
    });
  }
  return found;
}

/** What the selector emits when started only from the given shapes (a starting context). */
export function selectFrom(
  ctx: ValidationContext,
  ast: SelectorAst,
  start: Iterable<ModelNode>,
): Set<ModelNode> {
  const found = new Set<ModelNode>();
  const evaluator = new Evaluator(ctx);
  for (const node of start) {
    evaluator.run(ast, 0, node, new Map(), (out) => {
      found.add(out);
      return true;
    });
  }
  return found;
}

/** True when the selector, started from this one shape, emits anything. */
export function matchesFrom(ctx: ValidationContext, ast: SelectorAst, node: ModelNode): boolean {
  return new Evaluator(ctx).emitsAny(ast, node, new Map());
}

export function matchesType(node: ModelNode, name: string): boolean {
  const type = node.type;
  switch (name) {
    case "number":
      return NUMBER_TYPES.has(type);
    case "simpleType":
      return SIMPLE_TYPES.has(type);
    case "collection":
      return type === "list" || type === "set";
    case "aggregateType":
      return AGGREGATE_TYPES.has(type);
    case "serviceType":
      return SERVICE_TYPES.has(type);
    case "dataType":
      return SIMPLE_TYPES.has(type) || AGGREGATE_TYPES.has(type);
    case "string":
      return type === "string" || type === "enum";
    case "integer":
      return type === "integer" || type === "intEnum";
    case "list":
      return type === "list" || type === "set";
    default:
      return type === name;
  }
}

class Evaluator {
  private roots = new Map<SelectorAst, Set<ModelNode>>();
  constructor(private readonly ctx: ValidationContext) {}

  emitsAny(ast: SelectorAst, node: ModelNode, vars: Vars): boolean {
    let any = false;
    this.run(ast, 0, node, vars, () => {
      any = true;
      return false;
    });
    return any;
  }

  /** Pushes `node` through steps[i..]; returns false when a receiver asked to stop. */
  run(steps: SelectorAst, i: number, node: ModelNode, vars: Vars, emit: Emit): boolean {
    if (i === steps.length) return emit(node, vars);
    const step = steps[i]!;
    const next = (out: ModelNode, v: Vars): boolean => this.run(steps, i + 1, out, v, emit);
    return this.step(step, node, vars, next);
  }

  private step(step: SelectorStep, node: ModelNode, vars: Vars, next: Emit): boolean {
    switch (step.kind) {
      case "type":
        return matchesType(node, step.name) ? next(node, vars) : true;
      case "attribute": {
        const value = resolvePath(shapeValue(this.ctx.model, node, vars), step.path);
        if (!step.test) return value.present ? next(node, vars) : true;
        const test = step.test;
        const ok = test.values.some((v) =>
          compareAttribute(test.comparator, value, literal(v), test.caseInsensitive),
        );
        return ok ? next(node, vars) : true;
      }
      case "scoped":
        return this.scoped(step, node, vars) ? next(node, vars) : true;
      case "neighbor":
        return this.neighbors(step.reverse, step.rels, node, vars, next);
      case "recursiveNeighbor": {
        const seen = new Set<string>();
        const queue: ModelNode[] = [node];
        while (queue.length) {
          const current = queue.shift()!;
          for (const rel of this.ctx.relationships(current)) {
            if (!rel.to || seen.has(rel.to.id)) continue;
            seen.add(rel.to.id);
            if (!next(rel.to, vars)) return false;
            queue.push(rel.to);
          }
        }
        return true;
      }
      case "function":
        return this.func(step.name, step.args, node, vars, next);
      case "variableStore": {
        const found = new Set<ModelNode>();
        this.run(step.selector, 0, node, vars, (out) => {
          found.add(out);
          return true;
        });
        const stored = new Map(vars);
        stored.set(step.name, found);
        return next(node, stored);
      }
      case "variableGet":
        for (const out of vars.get(step.name) ?? []) if (!next(out, vars)) return false;
        return true;
    }
  }

  private neighbors(
    reverse: boolean,
    rels: readonly string[],
    node: ModelNode,
    vars: Vars,
    next: Emit,
  ): boolean {
    const includeTraits = rels.includes("trait");
    const list = reverse
      ? this.ctx.reverseRelationships(node, includeTraits)
      : this.ctx.relationships(node, includeTraits);
    for (const rel of list) {
      if (!rel.to) continue;
      if (rels.length) {
        const label = selectorLabel(rel.type);
        if (label === undefined || !rels.includes(label)) continue;
      }
      if (!next(reverse ? rel.from : rel.to, vars)) return false;
    }
    return true;
  }

  private func(
    name: string,
    args: readonly SelectorAst[],
    node: ModelNode,
    vars: Vars,
    next: Emit,
  ): boolean {
    switch (name) {
      case "not":
        return this.emitsAny(args[0]!, node, vars) ? true : next(node, vars);
      case "test":
        return args.some((a) => this.emitsAny(a, node, vars)) ? next(node, vars) : true;
      case "is":
        for (const arg of args) {
          if (!this.run(arg, 0, node, vars, next)) return false;
        }
        return true;
      case "in": {
        let matched = false;
        this.run(args[0]!, 0, node, vars, (out) => {
          matched = out === node;
          return !matched;
        });
        return matched ? next(node, vars) : true;
      }
      case "root":
        for (const out of this.root(args[0]!)) if (!next(out, vars)) return false;
        return true;
      case "recursive": {
        const seen = new Set<ModelNode>();
        const queue: ModelNode[] = [node];
        while (queue.length) {
          const current = queue.shift()!;
          let stop = false;
          this.run(args[0]!, 0, current, vars, (out) => {
            if (seen.has(out)) return true;
            seen.add(out);
            queue.push(out);
            stop = !next(out, vars);
            return !stop;
          });
          if (stop) return false;
        }
        return true;
      }
      case "topdown":
        return this.topdown(args, node, vars, next);
      default:
        return true;
    }
  }

  /**
   * `:topdown(qualifier, disqualifier?)`: a shape matches when it, or a shape that contains it
   * (member → container, container → enclosing operation/resource/service), matches the qualifier
   * before any disqualifier. https://smithy.io/2.0/spec/selectors.html#topdown-function
   */
  private topdown(args: readonly SelectorAst[], node: ModelNode, vars: Vars, next: Emit): boolean {
    const [qualifier, disqualifier] = args;
    const seen = new Set<ModelNode>();
    const visit = (current: ModelNode): boolean => {
      if (seen.has(current)) return false;
      seen.add(current);
      if (disqualifier && this.emitsAny(disqualifier, current, vars)) return false;
      if (this.emitsAny(qualifier!, current, vars)) return true;
      const parents =
        current.type === "member"
          ? [this.ctx.model.getShape(current.container)].filter(
              (s): s is NonNullable<typeof s> => !!s,
            )
          : this.ctx
              .reverseRelationships(current)
              .filter(
                (r) =>
                  r.from.type === "service" ||
                  r.from.type === "resource" ||
                  r.from.type === "operation",
              )
              .map((r) => r.from);
      return parents.some(visit);
    };
    return visit(node) ? next(node, vars) : true;
  }

  private root(ast: SelectorAst): Set<ModelNode> {
    let found = this.roots.get(ast);
    if (!found) {
      found = selectNodes(this.ctx, ast);
      this.roots.set(ast, found);
    }
    return found;
  }

  private scoped(
    step: Extract<SelectorStep, { kind: "scoped" }>,
    node: ModelNode,
    vars: Vars,
  ): boolean {
    const scope = resolvePath(shapeValue(this.ctx.model, node, vars), step.path);
    const contexts = scope.items ?? [scope];
    const resolve = (
      v: { path: readonly string[] } | { literal: string },
      base: AttributeValue,
    ): AttributeValue => ("path" in v ? resolvePath(base, v.path) : literal(v.literal));
    // The reference passes when any scoped value satisfies all assertions.
    return contexts.some((base) =>
      step.assertions.every((a) =>
        a.rhs.some((r) =>
          compareAttribute(a.comparator, resolve(a.lhs, base), resolve(r, base), a.caseInsensitive),
        ),
      ),
    );
  }
}
