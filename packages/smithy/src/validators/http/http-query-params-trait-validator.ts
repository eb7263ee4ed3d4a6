import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `HttpQueryParamsTrait`: a NOTE when `@httpQueryParams` shares a structure with `@httpQuery`
 * members. https://smithy.io/2.0/spec/http-bindings.html#httpqueryparams-trait
 */
const events = new EventFactory("HttpQueryParamsTrait");

export const httpQueryParamsTraitValidator: Validator = {
  name: "HttpQueryParamsTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const member of ctx.shapesWithTrait("smithy.api#httpQueryParams")) {
      if (member.type !== "member") continue;
      const structure = ctx.model.getShape(member.container);
      if (structure?.type !== "structure") continue;
      const query = [...structure.members.values()]
        .filter((m) => m.traits.has("smithy.api#httpQuery"))
        .map((m) => m.name);
      if (query.length === 0) continue;
      out.push(
        events.note(
          structure,
          `Structure member \`${member.name}\` is marked with the \`httpQueryParams\` trait, and \`httpQuery\` traits are ` +
            `applied to the following members: ${tickedList(query)}. The service will not be able to disambiguate between ` +
            `query string parameters intended for the \`${member.name}\` member and those explicitly bound to the ` +
            "`httpQuery` members.",
        ),
      );
    }
    return out;
  },
};
