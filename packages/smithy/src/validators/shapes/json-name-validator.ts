import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/** `JsonName`: members of a shape resolve to distinct JSON names (https://smithy.io/2.0/spec/protocol-traits.html#jsonname-trait). */
const events = new EventFactory("JsonName");

export const jsonNameValidator: Validator = {
  name: "JsonName",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const containers = new Set<string>();
    for (const member of ctx.shapesWithTrait("smithy.api#jsonName"))
      if (member.type === "member") containers.add(member.container);
    for (const id of [...containers].sort()) {
      const container = ctx.model.getShape(id);
      if (!container) continue;
      const byName = new Map<string, string[]>();
      for (const member of container.members.values()) {
        const jsonName = member.traits.get("smithy.api#jsonName");
        const name = typeof jsonName === "string" ? jsonName : member.name;
        byName.set(name, [...(byName.get(name) ?? []), member.name]);
      }
      for (const [name, members] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (members.length > 1) {
          out.push(
            events.error(
              container,
              `This shape contains members with conflicting JSON names that resolve to '${name}': ${members.sort().join(", ")}`,
            ),
          );
        }
      }
    }
    return out;
  },
};
