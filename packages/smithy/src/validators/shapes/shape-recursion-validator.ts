import type { ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "../core/context";
import { EventFactory } from "../core/events";
import type { ModelNode, Relationship } from "../core/relationships";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `ShapeRecursion`: lists and maps recurse only through a structure or union, structures do not
 * recurse through required members only, and every union can be instantiated.
 * https://smithy.io/2.0/spec/aggregate-types.html#recursive-shape-definitions
 */
const events = new EventFactory("ShapeRecursion");
type Filter = (rel: Relationship) => boolean;

/** Every cycle from `start` back to itself through the filtered relationships (the reference's PathFinder). */
function cycles(ctx: ValidationContext, start: ModelNode, filter: Filter): Relationship[][] {
  const found: Relationship[][] = [];
  const visited = new Set<string>();
  const up = (current: ModelNode, chain: Relationship[]): void => {
    if (chain.length && current.id === start.id) {
      found.push(chain);
      return;
    }
    if (visited.has(current.id)) return;
    visited.add(current.id);
    for (const rel of ctx.reverseRelationships(current)) {
      if (filter(rel)) up(rel.from, [rel, ...chain]);
    }
    visited.delete(current.id);
  };
  up(start, []);
  return found;
}

const formatPath = (chain: Relationship[]) => chain.map((rel) => rel.toId).join(" > ");

export const shapeRecursionValidator: Validator = {
  name: "ShapeRecursion",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const notThroughAggregates: Filter = (rel) =>
      rel.from.type !== "structure" && rel.from.type !== "union";
    for (const type of ["list", "set", "map"] as const) {
      for (const shape of shapesOf(ctx.model, type)) {
        for (const chain of cycles(ctx, shape, notThroughAggregates)) {
          out.push(
            events.error(
              shape,
              `Found invalid shape recursion: ${formatPath(chain)}. A recursive list, set, or map shape is only valid ` +
                "if an intermediate reference is through a union or structure.",
            ),
          );
        }
      }
    }
    const throughRequired: Filter = (rel) =>
      rel.from.type === "structure"
        ? rel.to?.traits.has("smithy.api#required") === true
        : rel.from.type === "member";
    for (const shape of shapesOf(ctx.model, "structure")) {
      for (const chain of cycles(ctx, shape, throughRequired)) {
        out.push(
          events.error(
            shape,
            `Found invalid shape recursion: ${formatPath(chain)}. A structure cannot be mutually recursive through all required members.`,
          ),
        );
      }
    }
    for (const union of shapesOf(ctx.model, "union")) {
      if (union.members.size && !terminates(ctx, union, new Set())) {
        out.push(
          events.error(union, "It is impossible to create instances of this recursive union"),
        );
      }
    }
    return out;
  },
};

/** Whether a finite value of the shape exists (the reference's UnionTerminatesVisitor). */
function terminates(ctx: ValidationContext, node: ModelNode, visited: Set<string>): boolean {
  if (node.type === "member") {
    if (visited.has(node.id)) return false;
    visited.add(node.id);
    const target = ctx.model.getShape(node.target);
    return target ? terminates(ctx, target, visited) : true;
  }
  const members = [...node.members.values()];
  if (node.type === "union") return members.some((m) => terminates(ctx, m, visited));
  if (node.type === "structure") {
    const required = members.filter((m) => m.traits.has("smithy.api#required"));
    if (required.length < members.length || members.length === 0) return true;
    return required.some((m) => terminates(ctx, m, visited));
  }
  return true;
}
