import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, idiomaticTraitName, tickedList } from "../core/events";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `ExclusiveStructureMemberTrait`: traits defined with `structurallyExclusive` appear on (or are
 * targeted by) at most one member of a structure. https://smithy.io/2.0/spec/model.html#trait-definition-properties
 */
const events = new EventFactory("ExclusiveStructureMemberTrait");

export const exclusiveStructureMemberTraitValidator: Validator = {
  name: "ExclusiveStructureMemberTrait",
  validate(ctx) {
    const byMember: string[] = [];
    const byTarget: string[] = [];
    for (const definition of ctx.shapesWithTrait("smithy.api#trait")) {
      const value = definition.traits.get("smithy.api#trait");
      if (!isNodeObject(value)) continue;
      if (value["structurallyExclusive"] === "target") byTarget.push(definition.id);
      else if (value["structurallyExclusive"] === "member") byMember.push(definition.id);
    }
    const out: ValidationEvent[] = [];
    if (byMember.length === 0 && byTarget.length === 0) return out;
    for (const structure of shapesOf(ctx.model, "structure")) {
      const members = [...structure.members.values()];
      for (const traitId of byMember) {
        const matches = members.filter((m) => m.traits.has(traitId)).map((m) => m.name);
        if (matches.length > 1) {
          out.push(
            events.error(
              structure,
              `The \`${idiomaticTraitName(traitId)}\` trait can be applied to only a single member of a shape, but it was ` +
                `found on the following members: ${tickedList(matches)}`,
            ),
          );
        }
      }
      for (const traitId of byTarget) {
        const matches = members
          .filter((m) => ctx.model.getShape(m.target)?.traits.has(traitId))
          .map((m) => m.name);
        if (matches.length > 1) {
          out.push(
            events.error(
              structure,
              `Only a single member of a structure can target a shape marked with the \`${idiomaticTraitName(traitId)}\` ` +
                `trait, but it was found on the following members: ${tickedList(matches)}`,
            ),
          );
        }
      }
    }
    return out;
  },
};
