import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `RangeTrait`: `min <= max`, and decimal bounds only on float, double and bigDecimal.
 * https://smithy.io/2.0/spec/constraint-traits.html#range-trait
 */
const events = new EventFactory("RangeTrait");
const DECIMAL_TYPES = new Set(["float", "double", "bigDecimal"]);

export const rangeTraitValidator: Validator = {
  name: "RangeTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const node of ctx.shapesWithTrait("smithy.api#range")) {
      const trait = node.traits.get("smithy.api#range");
      if (!isNodeObject(trait)) continue;
      const bounds: [string, number | undefined][] = [
        ["min", typeof trait["min"] === "number" ? trait["min"] : undefined],
        ["max", typeof trait["max"] === "number" ? trait["max"] : undefined],
      ];
      for (const [name, value] of bounds) {
        if (value === undefined || Number.isInteger(value)) continue;
        if (node.type === "member") {
          const target = ctx.model.getShape(node.target);
          if (target && !DECIMAL_TYPES.has(target.type)) {
            out.push(
              events.error(
                node,
                `Member \`${node.id}\` is marked with the \`range\` trait, but its \`${name}\` property is a decimal (${value}) ` +
                  `when its target (\`${target.id}\`) does not support decimals.`,
              ),
            );
          }
        } else if (!DECIMAL_TYPES.has(node.type)) {
          out.push(
            events.error(
              node,
              `Shape \`${node.id}\` is marked with the \`range\` trait, but its \`${name}\` property is a decimal (${value}) ` +
                `when its shape (\`${node.type}\`) does not support decimals.`,
            ),
          );
        }
      }
      const [min, max] = [bounds[0]![1], bounds[1]![1]];
      if (min !== undefined && max !== undefined && min > max) {
        out.push(
          events.error(
            node,
            "A range trait is applied with a `min` value greater than its `max` value.",
          ),
        );
      }
    }
    return out;
  },
};
