import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import { httpOperations, httpTrait, requestBindings } from "./http-bindings";
import type { Validator } from "../core/validator";

/**
 * `HttpMethodSemantics`: the `@http` method agrees with `@readonly`/`@idempotent`, and methods
 * that should not carry a body do not get one. https://smithy.io/2.0/spec/http-bindings.html#http-trait
 */
const events = new EventFactory("HttpMethodSemantics");

interface Semantics {
  readonly?: boolean;
  idempotent?: boolean;
  allowsPayload?: boolean;
  warning?: string;
}

const EXPECTED: Record<string, Semantics> = {
  GET: { readonly: true, idempotent: false, allowsPayload: false },
  HEAD: { readonly: true, idempotent: false, allowsPayload: false },
  OPTIONS: {
    readonly: true,
    idempotent: false,
    allowsPayload: true,
    warning:
      "OPTIONS requests are typically used as part of CORS and should not be modeled explicitly. They are an " +
      "implementation detail that should not appear in generated client or server code. Instead, tooling should use " +
      "the `cors` trait on a service to automatically configure CORS on clients and servers. It is the responsibility " +
      "of service frameworks and API gateways to automatically manage OPTIONS requests. For example, OPTIONS requests " +
      "are automatically created when using Smithy models with Amazon API Gateway.",
  },
  TRACE: { readonly: true, idempotent: false, allowsPayload: false },
  POST: { readonly: false, allowsPayload: true },
  DELETE: { readonly: false, idempotent: true, allowsPayload: false },
  PUT: { readonly: false, idempotent: true, allowsPayload: true },
  PATCH: { readonly: false, allowsPayload: true },
};

export const httpMethodSemanticsValidator: Validator = {
  name: "HttpMethodSemantics",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const operation of httpOperations(ctx.model)) {
      const http = httpTrait(operation);
      if (!http) continue;
      const method = http.method.toUpperCase();
      const semantics = EXPECTED[method];
      if (!semantics) continue;
      if (!EXPECTED[http.method]) {
        out.push(
          events.warning(
            operation,
            `This operation uses the \`${http.method}\` method in the \`http\` trait, but expected \`${method}\`.`,
          ),
        );
      }
      if (semantics.warning) out.push(events.warning(operation, semantics.warning, method));
      const isReadonly = operation.traits.has("smithy.api#readonly");
      if (semantics.readonly !== undefined && semantics.readonly !== isReadonly) {
        out.push(
          events.warning(
            operation,
            `This operation uses the \`${method}\` method in the \`http\` trait, but ${isReadonly ? "is" : "is not"} marked with the readonly trait`,
            isReadonly ? "UnnecessaryReadonlyTrait" : "MissingReadonlyTrait",
          ),
        );
      }
      const isIdempotent = operation.traits.has("smithy.api#idempotent");
      if (semantics.idempotent !== undefined && semantics.idempotent !== isIdempotent) {
        out.push(
          events.warning(
            operation,
            `This operation uses the \`${method}\` method in the \`http\` trait, but ${isIdempotent ? "is" : "is not"} marked with the idempotent trait`,
            isIdempotent ? "UnnecessaryIdempotentTrait" : "MissingIdempotentTrait",
          ),
        );
      }
      if (semantics.allowsPayload === false) {
        const bindings = requestBindings(ctx.model, operation);
        const payload = bindings.filter((b) => b.location === "payload");
        const document = bindings.filter((b) => b.location === "document");
        if (payload.length) {
          out.push(
            events.danger(
              operation,
              `This operation uses the \`${method}\` method in the \`http\` trait, but the \`${payload[0]!.member.name}\` member is sent as the ` +
                "payload of the request because it is marked with the `httpPayload` trait. Many HTTP clients do not support " +
                `payloads with ${method} requests. Consider binding this member to other parts of the HTTP request such as a ` +
                "query string parameter using the `httpQuery` trait, a header using the `httpHeader` trait, or a path segment " +
                "using the `httpLabel` trait.",
              "UnexpectedPayload",
            ),
          );
        } else if (document.length) {
          out.push(
            events.danger(
              operation,
              `This operation uses the \`${method}\` method in the \`http\` trait, but the following members are sent as part ` +
                `of the payload of the request: ${tickedList(document.map((b) => b.member.name))}. These members are sent as ` +
                "part of the payload because they are not explicitly configured to be sent in headers, in the query string, " +
                `or in a URI segment. Many HTTP clients do not support payloads with ${method} requests. Consider binding these ` +
                "members to other parts of the HTTP request such as query string parameters using the `httpQuery` trait, " +
                "headers using the `httpHeader` trait, or URI segments using the `httpLabel` trait.",
              "UnexpectedPayload",
            ),
          );
        }
      }
    }
    return out;
  },
};
