import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/** `PrivateMixinMember`: `@private` on a mixin member does not restrict what inherits it (https://smithy.io/2.0/spec/access-traits.html#private-trait). */
const events = new EventFactory("PrivateMixinMember");

export const privateMixinMemberValidator: Validator = {
  name: "PrivateMixinMember",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const member of ctx.shapesWithTrait("smithy.api#private")) {
      if (
        member.type !== "member" ||
        !ctx.model.getShape(member.container)?.traits.has("smithy.api#mixin")
      )
        continue;
      out.push(
        events.warning(
          member,
          "The `@private` trait does not prevent a mixin member from being inherited by shapes in other namespaces, nor " +
            "does it prevent new traits from being added to the inherited member. Apply `@private` to the mixin shape or " +
            "target shape instead if cross-namespace access should be restricted.",
        ),
      );
    }
    return out;
  },
};
