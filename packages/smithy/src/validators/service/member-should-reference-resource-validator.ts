import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "../core/context";
import { EventFactory, tickedList } from "../core/events";
import type { ModelNode } from "../core/relationships";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `MemberShouldReferenceResource`: a member named and typed like a resource identifier, outside
 * that resource's own bindings, should say so with `@references`.
 * https://smithy.io/2.0/spec/resource-traits.html#references-trait
 */
const events = new EventFactory("MemberShouldReferenceResource");

export const memberShouldReferenceResourceValidator: Validator = {
  name: "MemberShouldReferenceResource",
  validate(ctx) {
    // identifier name → identifier target → resources
    const byIdentifier = new Map<string, Map<string, Set<string>>>();
    for (const resource of shapesOf(ctx.model, "resource")) {
      if (resource.type !== "resource") continue;
      for (const [name, target] of resource.identifiers) {
        const byTarget = byIdentifier.get(name) ?? new Map<string, Set<string>>();
        byIdentifier.set(
          name,
          byTarget.set(target, (byTarget.get(target) ?? new Set()).add(resource.id)),
        );
      }
    }
    const out: ValidationEvent[] = [];
    if (byIdentifier.size === 0) return out;
    for (const member of ctx.nodes()) {
      if (member.type !== "member") continue;
      const candidates = byIdentifier.get(member.name)?.get(member.target);
      const targetType = ctx.model.getShape(member.target)?.type;
      if (!candidates || (targetType !== "string" && targetType !== "enum")) continue;
      const ignore = new Set<string>();
      referencedResources(member, ignore);
      const container = ctx.model.getShape(member.container);
      if (container) referencedResources(container, ignore);
      for (const resourceId of bindingResources(ctx, member)) {
        ignore.add(resourceId);
        const resource = ctx.model.getShape(resourceId);
        if (resource?.type === "resource") resource.resources.forEach((r) => ignore.add(r));
      }
      const potential = [...candidates].filter((id) => !ignore.has(id));
      if (potential.length) {
        out.push(
          events.warning(
            member,
            `This member appears to reference the following resources without being included in a \`@references\` trait: [${tickedList(potential)}]`,
          ),
        );
      }
    }
    return out;
  },
};

function referencedResources(node: ModelNode, into: Set<string>): void {
  const references = node.traits.get("smithy.api#references");
  if (!Array.isArray(references)) return;
  for (const ref of references)
    if (isNodeObject(ref) && typeof ref["resource"] === "string") into.add(ref["resource"]);
}

/** Resources from which the member can be reached (walking relationships backwards). */
function bindingResources(ctx: ValidationContext, member: ModelNode): Set<string> {
  const found = new Set<string>();
  const visited = new Set([member.id]);
  const frontier = [member];
  while (frontier.length) {
    for (const rel of ctx.reverseRelationships(frontier.pop()!)) {
      if (visited.has(rel.from.id)) continue;
      visited.add(rel.from.id);
      if (rel.from.type === "resource") found.add(rel.from.id);
      frontier.push(rel.from);
    }
  }
  return found;
}
