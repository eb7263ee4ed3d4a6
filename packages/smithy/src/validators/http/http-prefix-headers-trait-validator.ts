import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `HttpPrefixHeadersTrait`: no `@httpHeader` of the same structure starts with the prefix.
 * https://smithy.io/2.0/spec/http-bindings.html#httpprefixheaders-trait
 */
const events = new EventFactory("HttpPrefixHeadersTrait");

export const httpPrefixHeadersTraitValidator: Validator = {
  name: "HttpPrefixHeadersTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const member of ctx.shapesWithTrait("smithy.api#httpPrefixHeaders")) {
      const value = member.traits.get("smithy.api#httpPrefixHeaders");
      if (member.type !== "member" || typeof value !== "string") continue;
      const structure = ctx.model.getShape(member.container);
      if (structure?.type !== "structure") continue;
      const prefix = value.toLowerCase();
      const severity = prefix === "" ? "NOTE" : "ERROR";
      const detail =
        prefix === ""
          ? `The service will not be able to disambiguate between header parameters intended for the \`${member.id}\` ` +
            "member and those explicitly bound to the `httpHeader` members."
          : "`httpHeader` bindings must not case-insensitively start with any `httpPrefixHeaders` bindings.";
      for (const other of structure.members.values()) {
        const header = other.traits.get("smithy.api#httpHeader");
        if (typeof header !== "string") continue;
        const lower = header.toLowerCase();
        if (!lower.startsWith(prefix)) continue;
        out.push(
          events.event(
            severity,
            other,
            `\`httpHeader\` binding of \`${lower}\` conflicts with the \`httpPrefixHeaders\` binding of \`${member.id}\` to \`${prefix}\`. ${detail}`,
          ),
        );
      }
    }
    return out;
  },
};
