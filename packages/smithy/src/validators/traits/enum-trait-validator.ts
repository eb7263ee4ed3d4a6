import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `EnumTrait` (and `EnumNamesPresent`): the legacy `@enum` trait has unique values and names,
 * names everywhere or nowhere, and SCREAMING_CASE names. https://smithy.io/2.0/spec/constraint-traits.html#enum-trait
 */
const events = new EventFactory("EnumTrait");
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;

export const enumTraitValidator: Validator = {
  name: "EnumTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const shape of ctx.shapesWithTrait("smithy.api#enum")) {
      const list = shape.traits.get("smithy.api#enum");
      const definitions = Array.isArray(list) ? list.filter(isNodeObject) : [];
      const values = new Set<string>();
      for (const definition of definitions) {
        const value = String(definition["value"]);
        if (values.has(value))
          out.push(
            events.error(
              shape,
              `Duplicate enum trait values found with the same \`value\` property of '${value}'`,
            ),
          );
        values.add(value);
      }
      const names = new Set<string>();
      for (const definition of definitions) {
        if (typeof definition["name"] !== "string") continue;
        const name = definition["name"];
        if (names.has(name))
          out.push(
            events.error(
              shape,
              `Duplicate enum trait values found with the same \`name\` property of '${name}'`,
            ),
          );
        names.add(name);
        if (!RECOMMENDED_NAME.test(name)) {
          out.push(
            events.warning(
              shape,
              `The name \`${name}\` does not match the recommended enum name format of beginning with an uppercase letter, ` +
                "followed by any number of uppercase letters, numbers, or underscores.",
              name,
            ),
          );
        }
      }
      if (names.size) {
        for (const definition of definitions) {
          if (typeof definition["name"] === "string") continue;
          out.push(
            events.error(
              shape,
              `\`${String(definition["value"])}\` enum value body is missing the \`name\` property; if any enum trait value contains ` +
                "a `name` property, then all values must contain the `name` property.",
            ),
          );
        }
      } else {
        out.push({
          ...events.warning(
            shape,
            "Enums should define the `name` property to allow rich types to be generated in code generators.",
          ),
          id: "EnumNamesPresent",
        });
      }
    }
    return out;
  },
};
