import type { Model } from "../../model/model";
import { isNodeObject } from "../../model/node-value";
import type { Shape } from "../../model/shape";

/**
 * The protocol traits applied to a service (traits whose definition has `@protocolDefinition`),
 * with the trait ids each protocol supports. https://smithy.io/2.0/spec/protocol-traits.html#protocoldefinition-trait
 */
export function serviceProtocols(model: Model, service: Shape): { id: string; traits: string[] }[] {
  const out: { id: string; traits: string[] }[] = [];
  for (const traitId of [...service.traits.keys()].sort()) {
    const definition = model.getShape(traitId)?.traits.get("smithy.api#protocolDefinition");
    if (definition === undefined) continue;
    const listed =
      isNodeObject(definition) && Array.isArray(definition["traits"]) ? definition["traits"] : [];
    const traits = listed
      .filter((t): t is string => typeof t === "string")
      .map((t) => (t.includes("#") ? t : `smithy.api#${t}`));
    out.push({ id: traitId, traits });
  }
  return out;
}
