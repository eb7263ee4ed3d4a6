import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { HTTP, httpTrait } from "./http-bindings";
import type { Validator } from "../core/validator";

/** `HttpUriGreedyLabel`: at most one greedy label, and it is the last label (https://smithy.io/2.0/spec/http-bindings.html#greedy-labels). */
const events = new EventFactory("HttpUriGreedyLabel");

export const httpUriGreedyLabelValidator: Validator = {
  name: "HttpUriGreedyLabel",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const shape of ctx.shapesWithTrait(HTTP)) {
      if (shape.type === "member") continue;
      const http = httpTrait(shape);
      if (!http) continue;
      const segments = http.uri.segments;
      segments.forEach((segment, i) => {
        if (!segment.greedy) return;
        for (const later of segments.slice(i + 1)) {
          if (later.greedy) {
            out.push(
              events.danger(
                shape,
                `At most one greedy label segment may exist in a pattern: ${http.uri.text}`,
                "MultipleGreedyLabels",
              ),
            );
          }
          if (later.label) {
            out.push(
              events.danger(
                shape,
                `A greedy label must be the last label in its pattern: ${http.uri.text}`,
                "GreedyLabelIsNotLastLabel",
              ),
            );
          }
        }
      });
    }
    return out;
  },
};
