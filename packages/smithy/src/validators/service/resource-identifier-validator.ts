import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `ResourceIdentifier`: identifiers are not also properties, and a child resource repeats its
 * parent's identifiers with the same targets. https://smithy.io/2.0/spec/service-types.html#resource-identifiers
 */
const events = new EventFactory("ResourceIdentifier");

export const resourceIdentifierValidator: Validator = {
  name: "ResourceIdentifier",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const resource of shapesOf(ctx.model, "resource")) {
      if (resource.type !== "resource") continue;
      const properties = new Set([...resource.properties.keys()].map((p) => p.toLowerCase()));
      for (const identifier of resource.identifiers.keys()) {
        if (properties.has(identifier.toLowerCase())) {
          out.push(
            events.error(
              resource,
              `Resource identifier \`${identifier}\` cannot also be a resource property`,
            ),
          );
        }
      }
      for (const childId of resource.resources) {
        const child = ctx.model.getShape(childId);
        if (child?.type !== "resource") continue;
        const missing = [...resource.identifiers.keys()]
          .filter((k) => !child.identifiers.has(k))
          .sort();
        if (missing.length) {
          out.push(
            events.error(
              child,
              `This resource is bound as a child of \`${resource.id}\`, but it is invalid because its \`identifiers\` ` +
                `property is missing the following identifiers that are defined in \`${resource.id}\`: [${missing.join(", ")}]`,
            ),
          );
        }
        const mismatched = [...resource.identifiers]
          .filter(([k, v]) => child.identifiers.has(k) && child.identifiers.get(k) !== v)
          .map(
            ([k, v]) =>
              `expected the \`${k}\` member to target \`${v}\`, but found a target of \`${child.identifiers.get(k)}\``,
          )
          .sort();
        if (mismatched.length) {
          out.push(
            events.error(
              child,
              `The \`identifiers\` property of this resource is incompatible with its binding to \`${resource.id}\`: ${mismatched.join("; ")}`,
            ),
          );
        }
      }
    }
    return out;
  },
};
