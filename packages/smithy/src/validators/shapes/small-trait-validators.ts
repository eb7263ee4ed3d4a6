import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * Checks of single traits too small for a file each: `CorsTrait` (origin vs origins),
 * `EventPayloadTrait` (other members are event headers) and `HttpUriFormat` (ASCII URIs).
 */
const corsEvents = new EventFactory("CorsTrait");
const eventPayloadEvents = new EventFactory("EventPayloadTrait");
const uriFormatEvents = new EventFactory("HttpUriFormat");

/** https://smithy.io/2.0/spec/protocol-traits.html#cors-trait */
export const corsTraitValidator: Validator = {
  name: "CorsTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const service of ctx.shapesWithTrait("smithy.api#cors")) {
      const trait = service.traits.get("smithy.api#cors");
      if (service.type !== "service" || !isNodeObject(trait)) continue;
      const origins = trait["origins"];
      const hasOrigins = isNodeObject(origins)
        ? Object.keys(origins).length > 0
        : Array.isArray(origins) && origins.length > 0;
      if (trait["origin"] !== undefined && hasOrigins) {
        out.push(
          corsEvents.error(
            service,
            "The `origin` and `origins` members of the `cors` trait are mutually exclusive.",
          ),
        );
      }
    }
    return out;
  },
};

/** https://smithy.io/2.0/spec/streaming.html#eventpayload-trait */
export const eventPayloadTraitValidator: Validator = {
  name: "EventPayloadTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const member of ctx.shapesWithTrait("smithy.api#eventPayload")) {
      const structure = member.type === "member" ? ctx.model.getShape(member.container) : undefined;
      if (structure?.type !== "structure") continue;
      const unmarked = [...structure.members.values()]
        .filter(
          (m) =>
            !m.traits.has("smithy.api#eventHeader") && !m.traits.has("smithy.api#eventPayload"),
        )
        .map((m) => m.name);
      if (unmarked.length === 0) continue;
      out.push(
        eventPayloadEvents.error(
          structure,
          "This event structure contains a member marked with the `eventPayload` trait, so all other members must be marked " +
            `with the \`eventHeader\` trait. However, the following member(s) are not marked with the eventHeader trait: ${tickedList(unmarked)}`,
        ),
      );
    }
    return out;
  },
};

/** https://smithy.io/2.0/spec/http-bindings.html#uri */
export const httpUriFormatValidator: Validator = {
  name: "HttpUriFormat",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const shape of ctx.shapesWithTrait("smithy.api#http")) {
      const trait = shape.traits.get("smithy.api#http");
      const uri = isNodeObject(trait) ? trait["uri"] : undefined;
      // eslint-disable-next-line no-control-regex
      if (typeof uri === "string" && /[^\x00-\x7f]/.test(uri))
        out.push(uriFormatEvents.error(shape, `@http trait \`uri\` is invalid: ${uri}`));
    }
    return out;
  },
};
