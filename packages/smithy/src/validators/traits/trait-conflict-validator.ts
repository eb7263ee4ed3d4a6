import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { absoluteTraitId } from "../selector/attribute-value";
import { EventFactory, idiomaticTraitName } from "../core/events";
import type { ModelNode } from "../core/relationships";
import type { Validator } from "../core/validator";

/**
 * `TraitConflict`: a shape must not carry two traits whose definitions list each other in
 * `conflicts`. https://smithy.io/2.0/spec/model.html#trait-definition-properties
 */
const events = new EventFactory("TraitConflict");

export const traitConflictValidator: Validator = {
  name: "TraitConflict",
  validate(ctx) {
    const found = new Map<ModelNode, string[]>();
    for (const definition of ctx.shapesWithTrait("smithy.api#trait")) {
      const value = definition.traits.get("smithy.api#trait");
      const conflicts =
        isNodeObject(value) && Array.isArray(value["conflicts"]) ? value["conflicts"] : [];
      if (conflicts.length === 0) continue;
      for (const node of ctx.shapesWithTrait(definition.id)) {
        for (const conflict of conflicts) {
          if (typeof conflict !== "string" || !node.traits.has(absoluteTraitId(conflict))) continue;
          const line = `\`${idiomaticTraitName(definition.id)}\` conflicts with \`${idiomaticTraitName(absoluteTraitId(conflict))}\``;
          found.set(node, [...(found.get(node) ?? []), line]);
        }
      }
    }
    const out: ValidationEvent[] = [];
    for (const [node, lines] of found) {
      out.push(
        events.error(
          node,
          `Found conflicting traits on ${node.type} shape: ${lines.sort().join(", ")}`,
        ),
      );
    }
    return out;
  },
};
