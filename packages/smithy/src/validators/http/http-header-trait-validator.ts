import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `HttpHeaderTrait`: header names are RFC 9110 tokens, not reserved, and unique per structure.
 * https://smithy.io/2.0/spec/http-bindings.html#httpheader-trait
 */
const events = new EventFactory("HttpHeaderTrait");
const HEADER = "smithy.api#httpHeader";
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const BLOCKLIST = new Set([
  "authorization",
  "connection",
  "content-length",
  "expect",
  "host",
  "max-forwards",
  "proxy-authenticate",
  "server",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "www-authenticate",
  "x-forwarded-for",
]);

export const httpHeaderTraitValidator: Validator = {
  name: "HttpHeaderTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const members = ctx.shapesWithTrait(HEADER);
    if (members.length === 0) return out;
    for (const structure of shapesOf(ctx.model, "structure")) {
      const byHeader = new Map<string, string[]>();
      for (const member of structure.members.values()) {
        const header = member.traits.get(HEADER);
        if (typeof header !== "string") continue;
        const key = header.toLowerCase();
        byHeader.set(key, [...(byHeader.get(key) ?? []), member.name]);
      }
      for (const [header, names] of byHeader) {
        if (names.length > 1) {
          out.push(
            events.error(
              structure,
              `\`httpHeader\` field name binding conflicts found for the \`${header}\` header in the following structure members: ${tickedList(names)}`,
            ),
          );
        }
      }
    }
    for (const member of members) {
      const header = member.traits.get(HEADER);
      if (member.type !== "member" || typeof header !== "string") continue;
      if (BLOCKLIST.has(header.toLowerCase())) {
        out.push(events.danger(member, `\`${header}\` is not an allowed HTTP header binding`));
      } else if (!TOKEN.test(header)) {
        out.push(
          events.danger(
            member,
            `\`${header}\` is not a valid HTTP header field name according to section 5.6.2 of RFC 9110`,
          ),
        );
      }
    }
    return out;
  },
};
