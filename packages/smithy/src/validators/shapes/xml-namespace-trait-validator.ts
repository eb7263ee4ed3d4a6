import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { describeShape, EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `XmlNamespaceTrait`: the namespace `uri` is a URI reference (RFC 3986: allowed characters, and
 * a non-empty scheme before any `:` that precedes the path). https://smithy.io/2.0/spec/protocol-traits.html#xmlnamespace-trait
 */
const events = new EventFactory("XmlNamespaceTrait");
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;

export function isUriReference(uri: string): boolean {
  if (!URI_CHARS.test(uri)) return false;
  const colon = uri.indexOf(":");
  const pathStart = uri.search(/[/?#]/);
  if (colon >= 0 && (pathStart < 0 || colon < pathStart)) return SCHEME.test(uri.slice(0, colon));
  return true;
}

export const xmlNamespaceTraitValidator: Validator = {
  name: "XmlNamespaceTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const node of ctx.shapesWithTrait("smithy.api#xmlNamespace")) {
      const trait = node.traits.get("smithy.api#xmlNamespace");
      const uri = isNodeObject(trait) ? trait["uri"] : undefined;
      if (typeof uri !== "string" || isUriReference(uri)) continue;
      out.push(
        events.error(
          node,
          `An \`xmlNamespace\` trait is applied to the ${describeShape(node)} shape with an invalid uri: ${uri}`,
        ),
      );
    }
    return out;
  },
};
