import { namespaceOf } from "../../model/shape-id";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { javaRelationshipName } from "../core/relationships";
import type { Validator } from "../core/validator";

/**
 * `PrivateAccess`: shapes marked `@private` are referenced only from their own namespace.
 * Trait relationships give a WARNING, as in the reference. https://smithy.io/2.0/spec/access-traits.html#private-trait
 */
const events = new EventFactory("PrivateAccess");

export const privateAccessValidator: Validator = {
  name: "PrivateAccess",
  validate(ctx) {
    const privateIds = new Set(ctx.shapesWithTrait("smithy.api#private").map((n) => n.id));
    const out: ValidationEvent[] = [];
    if (privateIds.size === 0) return out;
    const message = (type: string, id: string) =>
      `This shape has an invalid ${type} relationship that targets a private shape, \`${id}\`, in another namespace.`;
    for (const node of ctx.nodes()) {
      const namespace = namespaceOf(node.id);
      for (const rel of ctx.relationships(node)) {
        if (privateIds.has(rel.toId) && namespaceOf(rel.toId) !== namespace) {
          out.push(
            events.error(node, message(javaRelationshipName(rel.type).toLowerCase(), rel.toId)),
          );
        }
      }
      for (const traitId of node.traits.keys()) {
        if (privateIds.has(traitId) && namespaceOf(traitId) !== namespace)
          out.push(events.warning(node, message("trait", traitId)));
      }
    }
    return out;
  },
};
