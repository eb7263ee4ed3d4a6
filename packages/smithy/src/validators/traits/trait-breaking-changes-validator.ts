import { isNodeObject } from "../../model/node-value";
import type { Shape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `TraitBreakingChanges`: each `breakingChanges` path of a trait definition walks existing
 * members. https://smithy.io/2.0/spec/model.html#trait-breaking-change-rules
 */
const events = new EventFactory("TraitBreakingChanges");

/** JSON pointer parts (RFC 6901): `/a/b~1c` → ["a", "b/c"]. */
function pointerParts(path: string): string[] {
  if (path === "" || path === "/") return [];
  return path
    .replace(/^\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export const traitBreakingChangesValidator: Validator = {
  name: "TraitBreakingChanges",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const definition of ctx.shapesWithTrait("smithy.api#trait")) {
      if (definition.type === "member") continue;
      const trait = definition.traits.get("smithy.api#trait");
      const rules =
        isNodeObject(trait) && Array.isArray(trait["breakingChanges"])
          ? trait["breakingChanges"]
          : [];
      rules.forEach((rule, element) => {
        if (!isNodeObject(rule) || typeof rule["path"] !== "string") return;
        const path = rule["path"];
        const parts = pointerParts(path);
        let current: Shape | undefined = definition;
        for (const part of parts) {
          const previous: Shape = current!;
          const member = previous.members.get(part);
          current = member ? ctx.model.getShape(member.target) : undefined;
          if (!current) {
            const type = previous.type === "set" ? "list" : previous.type;
            out.push(
              events.error(
                definition,
                `Invalid trait breakingChanges element ${element}, '${path}', at segment '${part}': Evaluated shape ` +
                  `\`${previous.id}\`, a ${type}, has no member named \`${part}\``,
              ),
            );
            break;
          }
        }
      });
    }
    return out;
  },
};
