import { isNodeObject } from "../../model/node-value";
import { formatLocation } from "../../model/source-location";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { closure } from "../core/top-down";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `NoInlineDocumentSupport`: services whose protocol declares `noInlineDocumentSupport` must not
 * contain document shapes. https://smithy.io/2.0/spec/protocol-traits.html#protocoldefinition-trait
 */
const events = new EventFactory("NoInlineDocumentSupport");

export const noInlineDocumentSupportValidator: Validator = {
  name: "NoInlineDocumentSupport",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const protocols = ctx
      .shapesWithTrait("smithy.api#protocolDefinition")
      .filter((p) => {
        const definition = p.traits.get("smithy.api#protocolDefinition");
        return isNodeObject(definition) && definition["noInlineDocumentSupport"] === true;
      })
      .map((p) => p.id);
    if (protocols.length === 0) return out;
    for (const service of shapesOf(ctx.model, "service")) {
      for (const protocol of protocols) {
        if (!service.traits.has(protocol)) continue;
        const documents = [...closure(ctx, service).values()]
          .filter((n) => n.type === "document")
          .sort((a, b) => (a.id < b.id ? -1 : 1));
        if (documents.length === 0) continue;
        const listed = documents.map((d) => `${d.id} @ ${formatLocation(d.location)}`).join(", ");
        out.push(
          events.error(
            service,
            `This service uses the \`${protocol}\` protocol which does not support inline document types, but the following ` +
              `document types were found in the closure of the service: [${listed}]`,
          ),
        );
      }
    }
    return out;
  },
};
