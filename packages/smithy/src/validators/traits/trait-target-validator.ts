import { isNodeObject } from "../../model/node-value";
import { isPreludeId } from "../../model/shape-id";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, idiomaticTraitName } from "../core/events";
import { selectFrom } from "../selector/evaluate";
import { maxNeighborSteps, startsWithin } from "../selector/starts";
import type { Validator } from "../core/validator";

/**
 * `TraitTarget`: a trait is applied only to shapes that match the selector of its definition
 * (https://smithy.io/2.0/spec/model.html#trait-definition-properties, reference TraitTargetValidator).
 */
const events = new EventFactory("TraitTarget");
const TRAIT = "smithy.api#trait";
const MIXIN = "smithy.api#mixin";

export const traitTargetValidator: Validator = {
  name: "TraitTarget",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const traitId of ctx.appliedTraits().sort()) {
      const traitShape = ctx.model.getShape(traitId);
      if (!traitShape) continue;
      // Prelude shapes are correct by construction; checking them only repeats our own work.
      const appliedTo = ctx.shapesWithTrait(traitId).filter((node) => !isPreludeId(node.id));
      if (traitShape.traits.has(MIXIN)) {
        for (const node of appliedTo) {
          out.push(
            events.error(
              node,
              `Trait \`${idiomaticTraitName(traitId)}\` is a mixin and cannot be applied to \`${node.id}\`.`,
            ),
          );
        }
      }
      const definition = traitShape.traits.get(TRAIT);
      if (!isNodeObject(definition)) continue;
      const selector = typeof definition["selector"] === "string" ? definition["selector"] : "*";
      if (selector.trim() === "*" || appliedTo.length === 0) continue;
      // An unparsable selector is reported against the definition by TraitValue; skip it here.
      const ast = ctx.selector(selector);
      if (ast instanceof Error) continue;
      // Evaluated from the shapes near the applied ones (starts.ts) when the selector's reach is
      // bounded, instead of from every shape in the model.
      const steps = maxNeighborSteps(ast);
      const matches =
        steps === undefined
          ? ctx.select(selector)
          : selectFrom(ctx, ast, startsWithin(ctx, appliedTo, steps));
      const sanitized = selector.replace(/\n\s*/g, " ");
      for (const node of appliedTo) {
        if (matches.has(node)) continue;
        out.push(
          events.error(
            node,
            `Trait \`${idiomaticTraitName(traitId)}\` cannot be applied to \`${node.id}\`. This trait may only be ` +
              `applied to shapes that match the following selector: ${sanitized}`,
          ),
        );
      }
    }
    return out;
  },
};
