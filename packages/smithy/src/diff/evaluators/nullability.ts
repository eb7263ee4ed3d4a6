/**
 * Whether a member can be null, and its default value: ChangedNullability and ChangedDefault.
 * Nullability is judged as clients see it (the reference's NullableIndex in CLIENT mode).
 * Reference: smithy-diff ChangedNullability, ChangedDefault.
 */
import type { Model } from "../../model/model";
import type { NodeValue } from "../../model/node-value";
import type { MemberShape, ShapeType } from "../../model/shape";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import { changedShape, changesOfType, type ChangedShape, type DiffShape } from "../differences";
import { diffEvent, type DiffEvaluator } from "../evaluator";
import { compactJson } from "../node-print";

const REQUIRED = "smithy.api#required";
const DEFAULT = "smithy.api#default";
const CLIENT_OPTIONAL = "smithy.api#clientOptional";
const INPUT = "smithy.api#input";
const ADDED_DEFAULT = "smithy.api#addedDefault";

export function isMemberNullable(model: Model, member: MemberShape): boolean {
  const container = model.getShape(member.container);
  switch (container?.type) {
    case "structure": {
      if (member.traits.has(CLIENT_OPTIONAL) || container.traits.has(INPUT)) return true;
      const value = member.traits.get(DEFAULT);
      return !member.traits.has(REQUIRED) && (value === undefined || value === null);
    }
    case "map":
      if (member.name === "key") return false;
      return container.traits.has("smithy.api#sparse");
    case "list":
      return container.traits.has("smithy.api#sparse");
    default:
      return false;
  }
}

const added = (c: ChangedShape, id: string) => !c.old.traits.has(id) && c.new.traits.has(id);
const removed = (c: ChangedShape, id: string) => c.old.traits.has(id) && !c.new.traits.has(id);
const inBoth = (c: ChangedShape, id: string) => c.old.traits.has(id) && c.new.traits.has(id);

function hasInput(model: Model, member: MemberShape): boolean {
  return model.getShape(member.container)?.traits.has(INPUT) ?? false;
}

/** Member changes, plus members of structures that gained or lost `@input`. */
function candidates(d: Parameters<DiffEvaluator["evaluate"]>[0]): ChangedShape<MemberShape>[] {
  const out = changesOfType(d, "member") as ChangedShape<MemberShape>[];
  for (const c of changesOfType(d, "structure")) {
    if (!added(c, INPUT) && !removed(c, INPUT)) continue;
    for (const member of c.new.members.values()) {
      const old = c.old.members.get(member.name);
      if (old) out.push(changedShape(old, member));
    }
  }
  return out;
}

function nullabilityEvents(
  d: Parameters<DiffEvaluator["evaluate"]>[0],
  c: ChangedShape<MemberShape>,
  wasNullable: boolean,
): ValidationEvent[] {
  const oldMember = c.old;
  const newMember = c.new;
  const message = `Member \`${oldMember.name}\` changed from ${wasNullable ? "nullable" : "non-nullable"} to ${wasNullable ? "non-nullable" : "nullable"}`;
  const out: ValidationEvent[] = [];
  const emit = (
    severity: Severity,
    suffix: string | undefined,
    detail: string,
    where = oldMember.location,
  ) =>
    out.push(
      diffEvent(
        suffix ? `ChangedNullability.${suffix}` : "ChangedNullability",
        severity,
        c.id,
        `${message}: ${detail}`,
        where,
      ),
    );
  const containerLocation =
    d.newModel.getShape(newMember.container)?.location ?? newMember.location;
  const target = d.newModel.getShape(newMember.target);
  const aggregateTarget = target?.type === "structure" || target?.type === "union";
  const oldInput = hasInput(d.oldModel, oldMember);
  const newInput = hasInput(d.newModel, newMember);
  if (oldInput && !newInput) {
    emit(
      "ERROR",
      "RemovedInputTrait",
      `The \`@input\` trait was removed from ${newMember.container}`,
      containerLocation,
    );
  } else if (!oldInput && newInput) {
    emit(
      "DANGER",
      "AddedInputTrait",
      `The \`@input\` trait was added to ${newMember.container}`,
      containerLocation,
    );
  } else if (!oldInput && !newInput) {
    if (added(c, CLIENT_OPTIONAL) && inBoth(c, REQUIRED)) {
      emit(
        "ERROR",
        "AddedClientOptionalTrait",
        "The `@clientOptional` trait was added to a `@required` member.",
      );
    } else if (removed(c, CLIENT_OPTIONAL) && inBoth(c, REQUIRED)) {
      emit(
        "ERROR",
        "RemovedClientOptionalTrait",
        "The `@clientOptional` trait was removed from a `@required` member.",
      );
    } else if (added(c, REQUIRED) && !newMember.traits.has(CLIENT_OPTIONAL)) {
      if (aggregateTarget) {
        emit(
          "WARNING",
          "AddedRequiredTrait.StructureOrUnion",
          `The \`@required\` trait was added to a member that targets a ${target!.type}. This is backward compatible in ` +
            "generators that always treat structures and unions as optional (e.g., AWS generators)",
        );
      } else {
        emit("ERROR", "AddedRequiredTrait", "The `@required` trait was added to a member.");
      }
    }
    if (added(c, DEFAULT) && !removed(c, REQUIRED)) {
      emit(
        "ERROR",
        "AddedDefaultTrait",
        "The `@default` trait was added to a member that was not previously `@required`.",
      );
    }
    if (
      removed(c, REQUIRED) &&
      !newMember.traits.has(DEFAULT) &&
      !oldMember.traits.has(CLIENT_OPTIONAL)
    ) {
      if (aggregateTarget) {
        emit(
          "WARNING",
          "RemovedRequiredTrait.StructureOrUnion",
          `The @required trait was removed from a member that targets a ${target!.type}. This is backward compatible in ` +
            "generators that always treat structures and unions as optional (e.g., AWS generators)",
        );
      } else {
        emit(
          "ERROR",
          "RemovedRequiredTrait",
          "The @required trait was removed and not replaced with the @default trait and @addedDefault trait.",
        );
      }
    }
  }
  if (inBoth(c, DEFAULT)) {
    const oldValue = oldMember.traits.get(DEFAULT)!;
    const newValue = newMember.traits.get(DEFAULT)!;
    if (oldValue !== null && newValue === null) {
      emit(
        "ERROR",
        "AddedNullDefault",
        `The \`@default\` trait was changed from \`${compactJson(oldValue)}\` to \`null\`.`,
      );
    } else if (oldValue === null && newValue !== null) {
      emit(
        "ERROR",
        "RemovedNullDefault",
        `The \`@default\` trait was changed from \`null\` to \`${compactJson(newValue)}\`.`,
      );
    }
  }
  if (out.length === 0)
    out.push(diffEvent("ChangedNullability", "ERROR", c.id, message, oldMember.location));
  return out;
}

export const changedNullability: DiffEvaluator = {
  name: "ChangedNullability",
  evaluate(d) {
    const events = new Map<string, ValidationEvent>();
    for (const c of candidates(d)) {
      if (!d.oldModel.getShape(c.old.container) || !d.newModel.getShape(c.new.container)) continue;
      const wasNullable = isMemberNullable(d.oldModel, c.old);
      if (wasNullable === isMemberNullable(d.newModel, c.new)) continue;
      // The same member can be reached twice (changed itself, and via an @input change).
      for (const e of nullabilityEvents(d, c, wasNullable))
        events.set(`${e.id}|${e.shapeId}|${e.message}`, e);
    }
    return [...events.values()];
  },
};

/** The reference's NullableIndex.isDefaultZeroValueOfTypeInV1. */
function isV1ZeroValue(value: NodeValue | undefined, type: ShapeType | undefined): boolean {
  if (value === undefined) return false;
  switch (type) {
    case "boolean":
      return value === false;
    case "byte":
    case "short":
    case "integer":
    case "intEnum":
    case "long":
    case "float":
    case "double":
      return value === 0;
    default:
      return false;
  }
}

function defaultEvents(
  d: Parameters<DiffEvaluator["evaluate"]>[0],
  c: ChangedShape<DiffShape>,
): ValidationEvent[] {
  const change = c.traits.get(DEFAULT);
  if (!change) return [];
  const shape = c.new;
  if (change.new === undefined) {
    // Removing `@default(null)` from a member whose target has no default changes nothing.
    if (shape.type === "member" && change.old === null) {
      const targetDefault = d.newModel.getShape(shape.target)?.traits.get(DEFAULT);
      if (targetDefault === undefined || targetDefault === null) return [];
    }
    return [
      diffEvent(
        "ChangedDefault",
        "ERROR",
        shape,
        "@default trait was removed. This will break previously generated code.",
      ),
    ];
  }
  if (change.old === undefined) {
    if (shape.type !== "member") {
      return [
        diffEvent(
          "ChangedDefault",
          "ERROR",
          shape,
          `Adding the @default trait to a root-level shape will break previously generated code. Added @default: ${compactJson(change.new)}`,
        ),
      ];
    }
    if (!shape.traits.has(ADDED_DEFAULT) && change.new !== null) {
      return [
        diffEvent(
          "ChangedDefault",
          "ERROR",
          shape,
          "Adding the @default trait to a member without also adding the @addedDefault trait will break previously " +
            `generated code. Added @default: ${compactJson(change.new)}`,
        ),
      ];
    }
    return [];
  }
  const oldText = compactJson(change.old);
  const newText = compactJson(change.new);
  if (shape.type !== "member") {
    return [
      diffEvent(
        "ChangedDefault",
        "ERROR",
        shape,
        `Changing the @default value of a root-level shape will break previously generated code. Old value: ${oldText}. New value: ${newText}`,
      ),
    ];
  }
  const targetType = d.newModel.getShape(shape.target)?.type;
  const oldZero = isV1ZeroValue(change.old, targetType);
  const newZero = isV1ZeroValue(change.new, targetType);
  if (oldZero === newZero) {
    return [
      diffEvent(
        "ChangedDefault",
        "DANGER",
        shape,
        "Changing the @default value of a member is dangerous and could break previously generated code or lead to " +
          `subtle errors. Do this only when strictly necessary. Old value: ${oldText}. New value: ${newText}`,
      ),
    ];
  }
  const message = oldZero
    ? `The @default trait of this member changed from the zero value of the target shape, \`${oldText}\`, to a value that is not the zero value, \`${newText}\`. This will break previously generated code.`
    : `The @default trait of this member changed from something other than the zero value of the target shape, \`${oldText}\`, to the zero value, \`${newText}\`. This will break previously generated code.`;
  return [diffEvent("ChangedDefault", "ERROR", shape, message)];
}

export const changedDefault: DiffEvaluator = {
  name: "ChangedDefault",
  evaluate(d) {
    return d.changedShapes.flatMap((c) => defaultEvents(d, c));
  },
};
