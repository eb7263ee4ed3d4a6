import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `MediaType`: `@mediaType` values are RFC 9110 media types: `type/subtype *(; name=value)`.
 * https://smithy.io/2.0/spec/protocol-traits.html#mediatype-trait
 */
const events = new EventFactory("MediaType");
const TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const MEDIA_TYPE = new RegExp(
  `^${TOKEN}/${TOKEN}(?:[ \\t]*;[ \\t]*${TOKEN}=(?:${TOKEN}|${QUOTED}))*[ \\t]*$`,
);

export function mediaTypeProblem(value: string): string | undefined {
  if (MEDIA_TYPE.test(value)) return undefined;
  if (!value.includes("/")) return "Expected a `/` between the type and subtype";
  return "Expected `type/subtype` followed by optional `; name=value` parameters";
}

export const mediaTypeValidator: Validator = {
  name: "MediaType",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const node of ctx.shapesWithTrait("smithy.api#mediaType")) {
      const value = node.traits.get("smithy.api#mediaType");
      if (typeof value !== "string") continue;
      const problem = mediaTypeProblem(value);
      if (problem) out.push(events.error(node, `Invalid mediaType value, "${value}": ${problem}`));
    }
    return out;
  },
};
