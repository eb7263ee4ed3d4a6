import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/** `XmlFlattenedTrait`: `@xmlName` on the member of a flattened list has no effect (https://smithy.io/2.0/spec/protocol-traits.html#xmlflattened-trait). */
const events = new EventFactory("XmlFlattenedTrait");

export const xmlFlattenedTraitValidator: Validator = {
  name: "XmlFlattenedTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const member of ctx.shapesWithTrait("smithy.api#xmlFlattened")) {
      if (member.type !== "member" || member.traits.has("smithy.api#xmlName")) continue;
      const target = ctx.model.getShape(member.target);
      if (target?.type !== "list" && target?.type !== "set") continue;
      const listMember = target.members.get("member");
      const xmlName = listMember?.traits.get("smithy.api#xmlName");
      if (!listMember || typeof xmlName !== "string" || xmlName === member.name) continue;
      out.push(
        events.warning(
          member,
          `Member is \`@xmlFlattened\`, so \`@xmlName\` of target's member (\`${listMember.id}\`) has no effect. The flattened ` +
            `list elements will have the name of this member - \`${member.name}\`. If this is unintended, you can add ` +
            `\`@xmlName("${xmlName}")\` to this member.`,
        ),
      );
    }
    return out;
  },
};
