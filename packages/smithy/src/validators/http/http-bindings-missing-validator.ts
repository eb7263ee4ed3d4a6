import type { Severity, ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { HTTP } from "./http-bindings";
import { serviceProtocols } from "../core/protocols";
import { containedShapes, shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `HttpBindingsMissing`: once some operation of a service has `@http`, all should (an ERROR when
 * the service's protocol requires HTTP bindings). https://smithy.io/2.0/spec/http-bindings.html
 */
const events = new EventFactory("HttpBindingsMissing");

export const httpBindingsMissingValidator: Validator = {
  name: "HttpBindingsMissing",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    if (ctx.shapesWithTrait(HTTP).length === 0) return out;
    for (const service of shapesOf(ctx.model, "service")) {
      const { operations } = containedShapes(ctx.model, service);
      // A protocol trait whose definition lists `http` among the traits it supports.
      const protocol = serviceProtocols(ctx.model, service).find((p) =>
        p.traits.includes(HTTP),
      )?.id;
      let severity: Severity;
      let reason: string;
      if (protocol) {
        severity = "ERROR";
        reason = `The \`${protocol}\` protocol requires all`;
      } else if (operations.some((op) => op.traits.has(HTTP))) {
        severity = "WARNING";
        reason = "One or more";
      } else continue;
      for (const operation of operations) {
        if (operation.traits.has(HTTP)) continue;
        out.push(
          events.event(
            severity,
            operation,
            `${reason} operations in the \`${service.id}\` service define the \`http\` trait, but this operation is missing the \`http\` trait.`,
          ),
        );
      }
    }
    return out;
  },
};
