import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `EnumShape`: enum values are unique non-empty strings, intEnum values unique 32-bit integers,
 * and member names are SCREAMING_CASE (a warning). https://smithy.io/2.0/spec/simple-types.html#enum
 */
const events = new EventFactory("EnumShape");
const ENUM_VALUE = "smithy.api#enumValue";
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;

export const enumShapeValidator: Validator = {
  name: "EnumShape",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const checkName = (member: { name: string } & Parameters<typeof events.warning>[0]) => {
      if (!RECOMMENDED_NAME.test(member.name)) {
        out.push(
          events.warning(
            member,
            `The name \`${member.name}\` does not match the recommended enum name format of beginning with an uppercase ` +
              "letter, followed by any number of uppercase letters, numbers, or underscores.",
          ),
        );
      }
    };
    for (const shape of shapesOf(ctx.model, "enum")) {
      const seen = new Set<string>();
      for (const member of shape.members.values()) {
        const value = member.traits.has(ENUM_VALUE) ? member.traits.get(ENUM_VALUE) : member.name;
        if (typeof value !== "string") {
          out.push(
            events.error(
              member,
              `enum members can only be assigned string values, but found: ${JSON.stringify(value)}`,
            ),
          );
        } else {
          if (seen.has(value))
            out.push(
              events.error(member, `Multiple enum members found with duplicate value \`${value}\``),
            );
          seen.add(value);
          if (value === "") out.push(events.error(member, "enum values may not be empty."));
        }
        checkName(member);
      }
    }
    for (const shape of shapesOf(ctx.model, "intEnum")) {
      const seen = new Set<number>();
      for (const member of shape.members.values()) {
        const value = member.traits.get(ENUM_VALUE);
        if (value === undefined) {
          out.push(events.error(member, "intEnum members must be assigned an integer value"));
          continue;
        }
        if (typeof value !== "number") {
          out.push(
            events.error(
              member,
              `intEnum members require integer values, but found: ${JSON.stringify(value)}`,
            ),
          );
          continue;
        }
        if (!Number.isInteger(value)) {
          out.push(
            events.error(member, `intEnum members do not support floating point values: ${value}`),
          );
          continue;
        }
        if (value > 2147483647 || value < -2147483648) {
          out.push(
            events.error(member, `intEnum members must fit within an integer, but found: ${value}`),
          );
          continue;
        }
        if (seen.has(value))
          out.push(
            events.error(
              member,
              `Multiple intEnum members found with duplicate value \`${value}\``,
            ),
          );
        seen.add(value);
        checkName(member);
      }
    }
    return out;
  },
};
