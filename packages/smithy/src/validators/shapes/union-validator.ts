import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `Union`: unions have members; defaults of member targets and `@box` are meaningless in unions.
 * https://smithy.io/2.0/spec/aggregate-types.html#union
 */
const events = new EventFactory("Union");

export const unionValidator: Validator = {
  name: "Union",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const union of shapesOf(ctx.model, "union")) {
      if (union.members.size === 0) {
        out.push(events.error(union, "Tagged unions must have one or more members"));
        continue;
      }
      for (const member of union.members.values()) {
        const target = ctx.model.getShape(member.target);
        const value = target?.traits.get("smithy.api#default");
        if (target && value !== undefined) {
          out.push(
            events.note(
              member,
              `This union member targets \`${target.id}\`, a shape with a default value of \`${JSON.stringify(value)}\`. Note that ` +
                "default values are only applicable to structures and ignored in tagged unions. It is a best practice for " +
                "union members to target shapes with no default value (for example, instead of targeting PrimitiveInteger, " +
                "target Integer).",
            ),
          );
        }
        if (member.traits.has("smithy.api#box")) {
          out.push(
            events.warning(
              member,
              "Invalid box trait found on a union member. The box trait on union members has no effect because union " +
                "members are implicitly nullable.",
            ),
          );
        }
      }
    }
    return out;
  },
};
