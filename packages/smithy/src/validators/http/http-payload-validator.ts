import type { Shape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import type { HttpBinding } from "./http-bindings";
import { httpOperations, structureBindings } from "./http-bindings";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `HttpPayload`: with an `@httpPayload` member, every other member must be bound elsewhere.
 * https://smithy.io/2.0/spec/http-bindings.html#httppayload-trait
 */
const events = new EventFactory("HttpPayload");

function check(subject: Shape | undefined, bindings: HttpBinding[], out: ValidationEvent[]): void {
  const unbound = bindings.filter((b) => b.location === "unbound").map((b) => b.member.name);
  if (subject && unbound.length) {
    out.push(
      events.error(
        subject,
        "A member of this structure is marked with the `httpPayload` trait, but the following structure members are " +
          `not explicitly bound to the HTTP message: ${tickedList(unbound)}`,
      ),
    );
  }
}

export const httpPayloadValidator: Validator = {
  name: "HttpPayload",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    if (ctx.shapesWithTrait("smithy.api#httpPayload").length === 0) return out;
    for (const operation of httpOperations(ctx.model)) {
      const input = ctx.model.getShape(operation.input);
      const output = ctx.model.getShape(operation.output);
      check(input, structureBindings(input, true), out);
      check(output, structureBindings(output, false), out);
    }
    for (const shape of shapesOf(ctx.model, "structure")) {
      if (shape.traits.has("smithy.api#error")) check(shape, structureBindings(shape, false), out);
    }
    return out;
  },
};
