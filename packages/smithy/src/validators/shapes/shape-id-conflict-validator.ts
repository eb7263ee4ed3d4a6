import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/** `ShapeIdConflict`: shape ids must be unique case-insensitively (https://smithy.io/2.0/spec/model.html#shape-id). */
const events = new EventFactory("ShapeIdConflict");

export const shapeIdConflictValidator: Validator = {
  name: "ShapeIdConflict",
  validate(ctx) {
    const byLower = new Map<string, string[]>();
    for (const node of ctx.nodes()) {
      const key = node.id.toLowerCase();
      byLower.set(key, [...(byLower.get(key) ?? []), node.id]);
    }
    const out: ValidationEvent[] = [];
    for (const ids of byLower.values()) {
      if (ids.length < 2) continue;
      for (const id of ids) {
        const others = ids
          .filter((other) => other !== id)
          .sort()
          .map((other) => `\`${other}\``)
          .join(", ");
        out.push(
          events.error(
            ctx.model.getShapeOrMember(id),
            `Shape ID \`${id}\` conflicts with other shape IDs in the model: [${others}]`,
          ),
        );
      }
    }
    return out;
  },
};
