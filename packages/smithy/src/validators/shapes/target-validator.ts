import type { ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "../core/context";
import { describeShape, EventFactory } from "../core/events";
import { javaRelationshipName } from "../core/relationships";
import type { ModelNode, Relationship, RelationshipType } from "../core/relationships";
import type { Validator } from "../core/validator";
import { levenshtein } from "../core/text-distance";

/**
 * `Target`: every relationship resolves, and to a shape of the right type
 * (https://smithy.io/2.0/spec/model-validation.html, reference TargetValidator).
 */
const events = new EventFactory("Target");
const TRAIT = "smithy.api#trait";
const MIXIN = "smithy.api#mixin";
const ERROR = "smithy.api#error";
const DEPRECATED = "smithy.api#deprecated";
const INVALID_MEMBER_TARGETS = new Set(["service", "resource", "operation", "member"]);

const DEPRECATION_LABELS: Partial<Record<RelationshipType, string>> = {
  memberTarget: "Member targets a deprecated shape",
  resource: "Binds a deprecated resource",
  operation: "Binds a deprecated operation",
  identifier: "Resource identifier targets a deprecated shape",
  property: "Resource property targets a deprecated shape",
  input: "Operation input targets a deprecated shape",
  output: "Operation output targets a deprecated shape",
  error: "Operation error targets a deprecated shape",
  mixin: "Applies a deprecated mixin",
};

export const targetValidator: Validator = {
  name: "Target",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const node of ctx.nodes()) {
      for (const rel of ctx.relationships(node)) {
        if (rel.to) checkTarget(ctx, node, rel.to, rel, out);
        else out.push(unresolved(ctx, node, rel));
      }
    }
    return out;
  },
};

function checkTarget(
  ctx: ValidationContext,
  node: ModelNode,
  target: ModelNode,
  rel: Relationship,
  out: ValidationEvent[],
): void {
  const type = rel.type;
  const label = javaRelationshipName(type);
  if (type !== "mixin") {
    if (target.traits.has(TRAIT)) {
      out.push(
        events.error(
          node,
          `Found a ${label} reference to trait definition \`${rel.toId}\`. Trait definitions cannot be targeted by ` +
            "members or referenced by shapes in any other context other than applying them as traits.",
        ),
      );
      return;
    }
    if (target.type !== "member" && target.traits.has(MIXIN)) {
      out.push(
        events.error(
          node,
          `Illegal ${label} reference to mixin \`${rel.toId}\`; shapes marked with the mixin trait can only be ` +
            "referenced to apply them as a mixin.",
        ),
      );
      return;
    }
  }
  checkDeprecated(node, target, type, out);
  switch (type) {
    case "property":
    case "memberTarget":
      if (INVALID_MEMBER_TARGETS.has(target.type)) {
        out.push(
          events.error(
            node,
            `Members cannot target ${target.type} shapes, but found ${describeShape(target)}`,
          ),
        );
      }
      break;
    case "mapKey":
      if (target.type === "member") {
        const key = ctx.model.getShape(target.target);
        if (key && key.type !== "string" && key.type !== "enum") {
          out.push(
            events.error(
              node,
              `Map key member targets ${describeShape(key)}, but is expected to target a string`,
            ),
          );
        }
      }
      break;
    case "resource":
    case "operation":
      if (target.type !== type) out.push(badType(node, target, type, type));
      break;
    case "input":
    case "output":
      if (target.type !== "structure") out.push(badType(node, target, type, "structure"));
      else if (target.traits.has(ERROR)) {
        out.push(
          events.error(
            node,
            `Operation ${type} targets an invalid structure \`${target.id}\` that is marked with the \`error\` trait.`,
          ),
        );
      }
      break;
    case "error":
      if (target.type !== "structure") out.push(badType(node, target, type, "structure"));
      else if (!target.traits.has(ERROR)) {
        out.push(
          events.error(
            node,
            `\`${target.id}\` cannot be bound as an error because it is not marked with the \`error\` trait.`,
          ),
        );
      }
      break;
    case "identifier":
      if (target.type !== "string" && target.type !== "enum")
        out.push(badType(node, target, type, "string"));
      break;
    case "create":
    case "read":
    case "update":
    case "delete":
    case "list":
      if (target.type !== "operation") {
        out.push(
          events.error(
            node,
            `Resource ${type} lifecycle operation must target an operation, but found ${describeShape(target)}`,
          ),
        );
      }
      break;
    case "mixin":
      if (!target.traits.has(MIXIN)) {
        out.push(
          events.error(
            node,
            `Attempted to use ${target.id} as a mixin, but it is not marked with the mixin trait`,
          ),
        );
      }
      break;
    default:
      break;
  }
}

function checkDeprecated(
  node: ModelNode,
  target: ModelNode,
  type: RelationshipType,
  out: ValidationEvent[],
): void {
  const deprecated = target.traits.get(DEPRECATED);
  const label = DEPRECATION_LABELS[type];
  if (deprecated === undefined || !label) return;
  let message = `${label}, ${target.id}`;
  if (deprecated && typeof deprecated === "object" && !Array.isArray(deprecated)) {
    if (typeof deprecated["message"] === "string") message += `. ${deprecated["message"]}`;
    if (typeof deprecated["since"] === "string") message += ` (since ${deprecated["since"]})`;
  }
  out.push({ ...events.warning(node, message), id: `DeprecatedShape.${target.id}` });
}

function badType(
  node: ModelNode,
  target: ModelNode,
  rel: RelationshipType,
  expected: string,
): ValidationEvent {
  return events.error(
    node,
    `${node.type} shape \`${rel}\` relationships must target a ${expected} shape, but found ${describeShape(target)}`,
  );
}

function unresolved(ctx: ValidationContext, node: ModelNode, rel: Relationship): ValidationEvent {
  const suggestions = suggest(ctx, rel.toId);
  const hint = suggestions.length ? `. Did you mean ${suggestions.join(", ")}?` : "";
  if (rel.type === "memberTarget") {
    return events.error(
      node,
      `member shape targets an unresolved shape \`${rel.toId}\`${hint}`,
      "UnresolvedShape",
    );
  }
  const name = javaRelationshipName(rel.type);
  const article = "AEIOU".includes(name.charAt(0)) ? "an" : "a";
  return events.error(
    node,
    `${node.type} shape has ${article} \`${name.toLowerCase()}\` relationship to an unresolved shape \`${rel.toId}\`${hint}`,
    "UnresolvedShape",
  );
}

/** Shape ids within edit distance 2 of the unresolved id, closest first, sorted. */
function suggest(ctx: ValidationContext, id: string): string[] {
  let floor = Number.MAX_SAFE_INTEGER;
  let candidates: string[] = [];
  for (const node of ctx.nodes()) {
    const distance = levenshtein(id, node.id, 2);
    if (distance < 0) continue;
    if (distance === floor) candidates.push(node.id);
    else if (distance < floor) {
      floor = distance;
      candidates = [node.id];
    }
  }
  return [...new Set(candidates)].sort();
}
