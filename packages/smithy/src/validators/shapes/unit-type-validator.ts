import { UNIT } from "../../model/shape-id";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { javaRelationshipName } from "../core/relationships";
import type { Validator } from "../core/validator";

/**
 * `UnitType`: `smithy.api#Unit` is only an operation input/output or a union/enum member target.
 * https://smithy.io/2.0/spec/model.html#unit-type
 */
const events = new EventFactory("UnitType");

export const unitTypeValidator: Validator = {
  name: "UnitType",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const unit = ctx.model.getShape(UNIT);
    if (!unit) return out;
    for (const rel of ctx.reverseRelationships(unit)) {
      if (rel.type === "input" || rel.type === "output") continue;
      if (rel.type === "memberTarget" && rel.from.type === "member") {
        const container = ctx.model.getShape(rel.from.container);
        if (
          container &&
          container.type !== "union" &&
          container.type !== "enum" &&
          container.type !== "intEnum"
        ) {
          out.push(
            events.error(
              rel.from,
              "Only members of a union, enum, or intEnum can reference smithy.api#Unit",
            ),
          );
        }
        continue;
      }
      out.push(
        events.error(
          rel.from,
          `This shape has an invalid ${javaRelationshipName(rel.type)} reference to smithy.api#Unit`,
        ),
      );
    }
    return out;
  },
};
