import { isNodeObject } from "../../model/node-value";
import { UNIT } from "../../model/shape-id";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import type { Validator } from "../core/validator";

/**
 * `RequestCompressionTrait`: the operation has an input without length-requiring streams, and
 * lists at least one supported encoding. https://smithy.io/2.0/spec/behavior-traits.html#requestcompression-trait
 */
const events = new EventFactory("RequestCompressionTrait");
const SUPPORTED = new Set(["gzip"]);

export const requestCompressionTraitValidator: Validator = {
  name: "RequestCompressionTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const operation of ctx.shapesWithTrait("smithy.api#requestCompression")) {
      if (operation.type !== "operation") continue;
      if (operation.input === UNIT) {
        out.push(
          events.error(
            operation,
            "The `requestCompression` trait can only be applied to operations which have an input shape defined",
          ),
        );
      } else {
        for (const member of ctx.model.getShape(operation.input)?.members.values() ?? []) {
          const target = ctx.model.getShape(member.target);
          if (
            target?.traits.has("smithy.api#streaming") &&
            target.traits.has("smithy.api#requiresLength")
          ) {
            out.push(
              events.error(
                operation,
                "The `requestCompression` trait can only be applied to operations which do not have input members that target " +
                  `shapes with both the \`streaming\` and \`requiresLength\` traits applied, but found member \`${member.id}\` targeting \`${target.id}\``,
              ),
            );
          }
        }
      }
      const trait = operation.traits.get("smithy.api#requestCompression");
      const encodings =
        isNodeObject(trait) && Array.isArray(trait["encodings"])
          ? trait["encodings"].map(String)
          : [];
      if (encodings.length === 0) {
        out.push(
          events.error(
            operation,
            `There must be at least one compression algorithm in \`encodings\` for the \`requestCompression\` trait applied to \`${operation.id}\``,
          ),
        );
        continue;
      }
      const invalid = encodings.filter((e) => !SUPPORTED.has(e.toLowerCase()));
      if (invalid.length) {
        out.push(
          events.error(
            operation,
            `Invalid compression algorithm${invalid.length === 1 ? "" : "s"} found in \`requestCompression\` trait applied to \`${operation.id}\`: ${tickedList(invalid)}`,
          ),
        );
      }
    }
    return out;
  },
};
