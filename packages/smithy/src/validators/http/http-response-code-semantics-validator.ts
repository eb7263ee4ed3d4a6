import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { hasResponseBody, httpOperations, httpTrait } from "./http-bindings";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `HttpResponseCodeSemantics`: `@http` codes are 2xx (204/205 without a body); `@httpError`
 * codes are 4xx for client errors and 5xx for server errors.
 * https://smithy.io/2.0/spec/http-bindings.html#httperror-trait
 */
const events = new EventFactory("HttpResponseCodeSemantics");

export const httpResponseCodeSemanticsValidator: Validator = {
  name: "HttpResponseCodeSemantics",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const operation of httpOperations(ctx.model)) {
      const http = httpTrait(operation);
      if (!http) continue;
      if (http.code < 200 || http.code >= 300) {
        out.push(
          events.danger(
            operation,
            `Expected an \`http\` code in the 2xx range, but found ${http.code}`,
          ),
        );
      } else if (
        (http.code === 204 || http.code === 205) &&
        hasResponseBody(ctx.model, operation)
      ) {
        out.push(
          events.warning(
            operation,
            `The HTTP ${http.code} status code does not allow a response body. To use this status code, all output ` +
              "members need to be bound to @httpHeader, @httpPrefixHeaders, @httpResponseCode, etc.",
          ),
        );
      }
    }
    for (const shape of shapesOf(ctx.model, "structure")) {
      const error = shape.traits.get("smithy.api#error");
      const code = shape.traits.get("smithy.api#httpError");
      if (typeof error !== "string" || typeof code !== "number") continue;
      const range =
        error === "client" ? [400, 500, "4xx"] : error === "server" ? [500, 600, "5xx"] : undefined;
      if (range && (code < (range[0] as number) || code >= (range[1] as number))) {
        out.push(
          events.danger(
            shape,
            `Expected an \`httpError\` code in the ${range[2]} range for a \`${error}\` error, but found ${code}`,
          ),
        );
      }
    }
    return out;
  },
};
