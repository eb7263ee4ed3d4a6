import type { Model } from "../../model/model";
import { isNodeObject } from "../../model/node-value";
import type { Shape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { containedShapes, shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * Authentication: `AuthTrait` (an `@auth` lists only schemes the service declares),
 * `ServiceAuthDefinitions` (several schemes want an `@auth` order) and `HttpApiKeyAuthTrait`.
 * https://smithy.io/2.0/spec/authentication-traits.html
 */
const authEvents = new EventFactory("AuthTrait");
const definitionsEvents = new EventFactory("ServiceAuthDefinitions");
const apiKeyEvents = new EventFactory("HttpApiKeyAuthTrait");

/** Auth scheme traits applied to a service (traits whose definition has `@authDefinition`), sorted. */
export function authSchemes(model: Model, service: Shape): string[] {
  return [...service.traits.keys()]
    .filter((id) => model.getShape(id)?.traits.has("smithy.api#authDefinition"))
    .sort();
}

export const authTraitValidator: Validator = {
  name: "AuthTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const service of shapesOf(ctx.model, "service")) {
      const schemes = new Set(authSchemes(ctx.model, service));
      for (const shape of [service, ...containedShapes(ctx.model, service).operations]) {
        const auth = shape.traits.get("smithy.api#auth");
        if (!Array.isArray(auth)) continue;
        const missing = [...new Set(auth.map(String))].filter((id) => !schemes.has(id)).sort();
        if (missing.length) {
          out.push(
            authEvents.danger(
              shape,
              `auth trait applies authentication that is not configured on the service shape, \`${service.id}\`: [${missing.join(", ")}]`,
            ),
          );
        }
      }
    }
    return out;
  },
};

export const serviceAuthDefinitionsValidator: Validator = {
  name: "ServiceAuthDefinitions",
  validate(ctx) {
    return shapesOf(ctx.model, "service")
      .filter((s) => !s.traits.has("smithy.api#auth") && authSchemes(ctx.model, s).length > 1)
      .map((service) =>
        definitionsEvents.warning(
          service,
          "This service uses multiple authentication schemes but does not have the `@auth` trait applied. The `@auth` trait " +
            "defines a priority ordering of auth schemes for a client to use. Without it, the ordering of auth schemes is " +
            "alphabetical based on the absolute shape ID of the auth schemes.",
        ),
      );
  },
};

export const httpApiKeyAuthTraitValidator: Validator = {
  name: "HttpApiKeyAuthTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const service of ctx.shapesWithTrait("smithy.api#httpApiKeyAuth")) {
      const trait = service.traits.get("smithy.api#httpApiKeyAuth");
      if (
        service.type !== "service" ||
        !isNodeObject(trait) ||
        trait["scheme"] === undefined ||
        trait["in"] === "header"
      )
        continue;
      out.push(
        apiKeyEvents.error(
          service,
          `The httpApiKeyAuth trait must have an \`in\` value of \`header\` when a \`scheme\` is provided, found: ${String(trait["in"])}`,
        ),
      );
    }
    return out;
  },
};
