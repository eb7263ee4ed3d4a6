import { nameOf, namespaceOf } from "../../model/shape-id";
import type { ValidationEvent } from "../../model/validation-event";
import { tickedList } from "../core/events";
import { selectorLabel } from "../core/relationships";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * Operation input/output use (reference OperationValidator): `@input`/`@output` structures are
 * used by one operation, in the right role, never as member targets (`OperationInputOutputMisuse`);
 * their names start with the operation's (`OperationInputOutputName`); and `<Op>Input`-like
 * shapes that are not the operation's input are flagged (`OperationNameAmbiguity`).
 * https://smithy.io/2.0/spec/type-refinement-traits.html#input-trait
 */
function event(
  id: string,
  severity: ValidationEvent["severity"],
  node: { id: string; location: ValidationEvent["sourceLocation"] },
  message: string,
): ValidationEvent {
  return { id, severity, message, shapeId: node.id, sourceLocation: node.location };
}

export const operationValidator: Validator = {
  name: "OperationInputOutputMisuse",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const [descriptor, invalid] of [
      ["input", "output"],
      ["output", "input"],
    ] as const) {
      for (const shape of ctx.shapesWithTrait(`smithy.api#${descriptor}`)) {
        const operations = new Set<string>();
        for (const rel of ctx.reverseRelationships(shape)) {
          const label = selectorLabel(rel.type) ?? "";
          if (label === descriptor) {
            operations.add(rel.from.id);
            if (!nameOf(rel.toId).startsWith(nameOf(rel.from.id))) {
              out.push(
                event(
                  `OperationInputOutputName.${descriptor}`,
                  "WARNING",
                  rel.from,
                  `The ${descriptor} of this operation should target a shape that starts with the operation's name, ` +
                    `'${nameOf(rel.from.id)}', but the targeted shape is \`${rel.toId}\``,
                ),
              );
            }
          } else if (label === invalid) {
            out.push(
              event(
                "OperationInputOutputMisuse",
                "ERROR",
                rel.from,
                `Operation \`${label}\` cannot target structures marked with the \`@${descriptor}\` trait: \`${shape.id}\``,
              ),
            );
          } else if (rel.type === "memberTarget") {
            out.push(
              event(
                "OperationInputOutputMisuse",
                "ERROR",
                rel.from,
                `Members cannot target structures marked with the @${descriptor} trait: ${shape.id}`,
              ),
            );
          }
        }
        if (operations.size > 1) {
          out.push(
            event(
              "OperationInputOutputMisuse",
              "ERROR",
              shape,
              `Shapes marked with the @${descriptor} trait cannot be used as ${descriptor} by multiple operations: ${tickedList(operations)}`,
            ),
          );
        }
      }
    }
    for (const operation of shapesOf(ctx.model, "operation")) {
      if (operation.type !== "operation") continue;
      const base = `${namespaceOf(operation.id)}#${nameOf(operation.id)}`;
      for (const [suffixes, descriptor, io] of [
        [["Input", "Request"], "input", operation.input],
        [["Output", "Response"], "output", operation.output],
      ] as const) {
        for (const suffix of suffixes) {
          const candidate = ctx.model.getShape(base + suffix);
          if (!candidate || candidate.id === io) continue;
          out.push(
            event(
              "OperationNameAmbiguity",
              "WARNING",
              candidate,
              `The name of this shape implies that it is the ${descriptor} of ${operation.id}, but that operation uses ${io} ` +
                `for ${descriptor}. This kind of ambiguity can confuse developers calling this operation and can cause issues ` +
                `in code generators that use similar naming conventions to generate ${descriptor} types.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
