import type { ValidationEvent } from "../../model/validation-event";
import { describeShape, EventFactory, tickedList } from "../core/events";
import { httpOperations, httpTrait } from "./http-bindings";
import { labelNamed } from "./uri-pattern";
import type { Validator } from "../core/validator";

/**
 * `HttpLabelTrait`: every URI label has an `@httpLabel` input member and the reverse; greedy
 * labels target strings. https://smithy.io/2.0/spec/http-bindings.html#httplabel-trait
 */
const events = new EventFactory("HttpLabelTrait");

export const httpLabelTraitValidator: Validator = {
  name: "HttpLabelTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const operation of httpOperations(ctx.model)) {
      const http = httpTrait(operation);
      const input = ctx.model.getShape(operation.input);
      if (!http || input?.type !== "structure") continue;
      const labels = new Set(http.uri.segments.filter((s) => s.label).map((s) => s.content));
      for (const member of input.members.values()) {
        if (!member.traits.has("smithy.api#httpLabel")) continue;
        labels.delete(member.name);
        const label = labelNamed(http.uri, member.name);
        if (!label) {
          out.push(
            events.error(
              member,
              `This \`${member.name}\` structure member is marked with the \`httpLabel\` trait, but no corresponding ` +
                `\`http\` URI label could be found when used as the input of the \`${operation.id}\` operation.`,
            ),
          );
        } else if (label.greedy) {
          const target = ctx.model.getShape(member.target);
          if (target && target.type !== "string" && target.type !== "enum") {
            out.push(
              events.error(
                member,
                `The \`${member.name}\` structure member corresponds to a greedy label when used as the input of the ` +
                  `\`${operation.id}\` operation. This member targets ${describeShape(target)}, but greedy labels must ` +
                  "target string shapes.",
              ),
            );
          }
        }
      }
      if (labels.size) {
        out.push(
          events.error(
            operation,
            `This operation uses \`${input.id}\` as input, but the following URI labels found in the operation's ` +
              `\`http\` trait do not have a corresponding member marked with the \`httpLabel\` trait: ${tickedList(labels)}`,
          ),
        );
      }
    }
    return out;
  },
};
