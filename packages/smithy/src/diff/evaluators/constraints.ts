/**
 * Enum values, `@length` and `@range`: narrowing what is accepted breaks callers.
 * Reference: smithy-diff ChangedEnumTrait, ChangedLengthTrait, ChangedRangeTrait.
 */
import { isNodeObject, type NodeValue } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import type { ChangedShape, TraitChange } from "../differences";
import { readEnumDefinitions, SYNTHETIC_ENUM, enumDefinitionsOf } from "../enum-definitions";
import { diffEvent, type DiffEvaluator } from "../evaluator";
import { isStringToEnum } from "./shapes";

function enumPair(c: ChangedShape): [NodeValue, NodeValue] | undefined {
  for (const id of ["smithy.api#enum", SYNTHETIC_ENUM]) {
    const t = c.traits.get(id);
    if (t?.old !== undefined && t.new !== undefined) return [t.old, t.new];
  }
  if (isStringToEnum(c) && c.new.type === "enum")
    return [c.old.traits.get("smithy.api#enum")!, enumDefinitionsOf(c.new)];
  return undefined;
}

function enumEvents(c: ChangedShape, oldValue: NodeValue, newValue: NodeValue): ValidationEvent[] {
  const before = readEnumDefinitions(oldValue);
  const after = readEnumDefinitions(newValue);
  const events: ValidationEvent[] = [];
  let oldEnd = before.length - 1;
  before.forEach((definition, index) => {
    const now = after.find((n) => n.value === definition.value);
    if (!now) {
      events.push(
        diffEvent(
          `ChangedEnumTrait.Removed.${index}`,
          "ERROR",
          c.new,
          `Enum value \`${definition.value}\` was removed`,
        ),
      );
      oldEnd--;
    } else if (now.name !== definition.name) {
      events.push(
        diffEvent(
          `ChangedEnumTrait.NameChanged.${index}`,
          "ERROR",
          c.new,
          `Enum \`name\` changed from \`${definition.name ?? null}\` to \`${now.name ?? null}\` for the \`${definition.value}\` value`,
        ),
      );
    }
  });
  const oldValues = new Set(before.map((b) => b.value));
  after.forEach((definition, position) => {
    if (oldValues.has(definition.value)) return;
    if (position <= oldEnd) {
      events.push(
        diffEvent(
          `ChangedEnumTrait.OrderChanged.${position}`,
          "ERROR",
          c.new,
          `Enum value \`${definition.value}\` was inserted before the end of the list of existing values. This can cause ` +
            "compatibility issues when ordinal values are used for iteration, serialization, etc.",
        ),
      );
      oldEnd++;
    } else {
      events.push(
        diffEvent(
          `ChangedEnumTrait.Appended.${position}`,
          "NOTE",
          c.new,
          `Enum value \`${definition.value}\` was appended`,
        ),
      );
    }
  });
  return events;
}

export const changedEnumTrait: DiffEvaluator = {
  name: "ChangedEnumTrait",
  evaluate(d) {
    return d.changedShapes.flatMap((c) => {
      const pair = enumPair(c);
      return pair ? enumEvents(c, pair[0], pair[1]) : [];
    });
  },
};

function bound(value: NodeValue | undefined, key: string): number | undefined {
  if (!isNodeObject(value)) return undefined;
  const n = value[key];
  return typeof n === "number" ? n : undefined;
}

function narrowing(trait: string, name: string): DiffEvaluator {
  return {
    name,
    evaluate(d) {
      const events: ValidationEvent[] = [];
      for (const c of d.changedShapes) {
        const change: TraitChange | undefined = c.traits.get(trait);
        if (change?.old === undefined || change.new === undefined) continue;
        const oldMin = bound(change.old, "min") ?? 0;
        const newMin = bound(change.new, "min") ?? 0;
        const oldMax = bound(change.old, "max");
        const newMax = bound(change.new, "max");
        if (newMin > oldMin) {
          events.push(
            diffEvent(
              name,
              "ERROR",
              c.new,
              `${trait} trait value \`min\` was made more restrictive by raising from ${oldMin} to ${newMin}`,
            ),
          );
        }
        if (newMax !== undefined && (oldMax === undefined || oldMax > newMax)) {
          events.push(
            diffEvent(
              name,
              "ERROR",
              c.new,
              `${trait} trait value \`max\` was made more restrictive by lowering from ${oldMax ?? null} to ${newMax}`,
            ),
          );
        }
      }
      return events;
    },
  };
}

export const changedLengthTrait = narrowing("smithy.api#length", "ChangedLengthTrait");
export const changedRangeTrait = narrowing("smithy.api#range", "ChangedRangeTrait");
