import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import { httpOperations, httpTrait } from "./http-bindings";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `HttpQueryTrait`: one member per query parameter, and no clash with a literal in the URI.
 * https://smithy.io/2.0/spec/http-bindings.html#httpquery-trait
 */
const events = new EventFactory("HttpQueryTrait");
const QUERY = "smithy.api#httpQuery";

export const httpQueryTraitValidator: Validator = {
  name: "HttpQueryTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    if (ctx.shapesWithTrait(QUERY).length === 0) return out;
    const operations = httpOperations(ctx.model);
    for (const structure of shapesOf(ctx.model, "structure")) {
      const byParam = new Map<string, string[]>();
      for (const member of structure.members.values()) {
        const name = member.traits.get(QUERY);
        if (typeof name === "string")
          byParam.set(name, [...(byParam.get(name) ?? []), member.name]);
      }
      if (byParam.size === 0) continue;
      for (const [param, members] of byParam) {
        if (members.length > 1) {
          out.push(
            events.error(
              structure,
              `\`httpQuery\` parameter name binding conflicts found for the \`${param}\` parameter in the following structure members: ${tickedList(members)}`,
            ),
          );
        }
      }
      for (const operation of operations) {
        if (operation.input !== structure.id) continue;
        const http = httpTrait(operation);
        if (!http) continue;
        for (const literal of http.uri.queryLiterals.keys()) {
          if (byParam.has(literal)) {
            out.push(
              events.error(
                structure,
                `\`httpQuery\` name \`${literal}\` conflicts with the \`http\` trait of the \`${operation.id}\` operation: \`${http.uri.text}\``,
              ),
            );
          }
        }
      }
    }
    return out;
  },
};
