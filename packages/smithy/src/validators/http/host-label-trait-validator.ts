import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import { endpointHostPrefix } from "./host-prefix";
import type { Validator } from "../core/validator";

/**
 * `HostLabelTrait`: `@endpoint` host labels pair with `@hostLabel` input members, the prefix
 * expands to a valid host, and a prefix with labels ends in a period.
 * https://smithy.io/2.0/spec/endpoint-traits.html#hostlabel-trait
 */
const events = new EventFactory("HostLabelTrait");
const EXPANDED = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}(?:\.[a-zA-Z0-9-]{1,63})*\.?$/;

export const hostLabelTraitValidator: Validator = {
  name: "HostLabelTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const operation of ctx.shapesWithTrait("smithy.api#endpoint")) {
      if (operation.type !== "operation") continue;
      const prefix = endpointHostPrefix(operation);
      if (!prefix) continue;
      const stub = prefix.segments.map((s) => (s.label ? "foo" : s.content)).join("");
      if (!EXPANDED.test(stub)) {
        out.push(
          events.error(
            operation,
            `The \`endpoint\` trait hostPrefix, ${prefix.text}, could not expand in to a valid RFC 3986 host: ${stub}`,
          ),
        );
      }
      const labels = new Set(prefix.segments.filter((s) => s.label).map((s) => s.content));
      if (labels.size && !prefix.text.endsWith(".")) {
        out.push(
          events.danger(
            operation,
            "`endpoint` trait hostPrefix contains host labels and does not end in a period (`.`). This can result in clients " +
              "inadvertently sending data to domains you do not control.",
          ),
        );
      }
      const input = ctx.model.getShape(operation.input);
      if (input?.type !== "structure") continue;
      const unbound = new Set(labels);
      for (const member of input.members.values()) {
        if (!member.traits.has("smithy.api#hostLabel")) continue;
        unbound.delete(member.name);
        if (!labels.has(member.name)) {
          out.push(
            events.error(
              member,
              `This \`${member.name}\` structure member is marked with the \`hostLabel\` trait, but no corresponding \`endpoint\` ` +
                `label could be found when used as the input of the \`${operation.id}\` operation.`,
            ),
          );
        }
      }
      if (unbound.size) {
        out.push(
          events.error(
            operation,
            `This operation uses ${input.id} as input, but the following host labels found in the operation's \`endpoint\` ` +
              `trait do not have a corresponding member marked with the \`hostLabel\` trait: ${tickedList(unbound)}`,
          ),
        );
      }
    }
    return out;
  },
};
