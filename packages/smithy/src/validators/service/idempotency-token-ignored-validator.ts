import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { formatRelationships } from "../core/relationships";
import type { RelationshipType } from "../core/relationships";
import type { Validator } from "../core/validator";

/**
 * `IdempotencyTokenIgnored`: `@idempotencyToken` only works on top-level operation input members.
 * https://smithy.io/2.0/spec/behavior-traits.html#idempotencytoken-trait
 */
const events = new EventFactory("IdempotencyTokenIgnored");

export const idempotencyTokenIgnoredValidator: Validator = {
  name: "IdempotencyTokenIgnored",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const member of ctx.shapesWithTrait("smithy.api#idempotencyToken")) {
      if (member.type !== "member") continue;
      const container = ctx.model.getShape(member.container);
      if (container?.type !== "structure" || container.traits.has("smithy.api#mixin")) continue;
      const ignored = new Map<RelationshipType, Set<string>>();
      for (const rel of ctx.reverseRelationships(container)) {
        if (rel.type !== "input")
          ignored.set(rel.type, (ignored.get(rel.type) ?? new Set()).add(rel.from.id));
      }
      if (ignored.size === 0) continue;
      out.push(
        events.warning(
          member,
          "The `idempotencyToken` trait only has an effect when applied to a top-level operation input member, but it was " +
            `applied and ignored in the following contexts: ${formatRelationships(ignored)}`,
        ),
      );
    }
    return out;
  },
};
