import type { ResourceShape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/** `ResourceCycle`: a resource must not contain itself through `resources` (https://smithy.io/2.0/spec/service-types.html#resource). */
const events = new EventFactory("ResourceCycle");

export const resourceCycleValidator: Validator = {
  name: "ResourceCycle",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const detect = (resource: ResourceShape, path: string[]): ValidationEvent | undefined => {
      if (path.includes(resource.id)) {
        return events.error(
          resource,
          `Circular resource hierarchy found: ${path.join(" -> ")} -> ${resource.id}`,
        );
      }
      path.push(resource.id);
      for (const child of resource.resources) {
        const shape = ctx.model.getShape(child);
        if (shape?.type !== "resource") continue;
        const found = detect(shape, path);
        if (found) return found;
      }
      return undefined;
    };
    for (const resource of shapesOf(ctx.model, "resource")) {
      if (resource.type !== "resource") continue;
      const found = detect(resource, []);
      if (found) out.push(found);
    }
    return out;
  },
};
