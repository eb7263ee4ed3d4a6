/**
 * Shapes added, removed, retyped or reordered, and new required members.
 * Reference: smithy-diff AddedShape, RemovedShape, ChangedShapeType, ChangedMemberOrder,
 * AddedRequiredMember, AddedTraitDefinition, RemovedTraitDefinition.
 */
import type { Shape } from "../../model/shape";
import {
  changesOfType,
  hasTrait,
  type ChangedShape,
  type DiffShape,
  type Differences,
} from "../differences";
import { diffEvent, type DiffEvaluator } from "../evaluator";

const PRIVATE = "smithy.api#private";
const TRAIT = "smithy.api#trait";

function containerOf(shape: DiffShape): string | undefined {
  return shape.type === "member" ? shape.container : undefined;
}

/** A 1.0 string with `@enum` that became a 2.0 enum: the recommended migration, not a type change. */
export function isStringToEnum(change: ChangedShape): boolean {
  return change.old.traits.has("smithy.api#enum") && change.new.type === "enum";
}

export const addedShape: DiffEvaluator = {
  name: "AddedShape",
  evaluate(d) {
    return d.addedShapes
      .filter((shape) => {
        const container = containerOf(shape);
        if (container === undefined) return true;
        if (!d.oldModel.shapes.has(container)) return false;
        const before = d.oldModel.getShape(container);
        const after = d.newModel.getShape(container);
        // Values of a converted enum are compared by ChangedEnumTrait.
        return !(
          before?.type === "string" &&
          before.traits.has("smithy.api#enum") &&
          after?.type === "enum"
        );
      })
      .map((shape) =>
        diffEvent("AddedShape", "NOTE", shape, `Added ${shape.type} \`${shape.id}\``),
      );
  },
};

const INCONSEQUENTIAL = new Set([
  "bigDecimal",
  "bigInteger",
  "blob",
  "boolean",
  "byte",
  "double",
  "float",
  "short",
  "timestamp",
  "long",
  "integer",
]);

export const removedShape: DiffEvaluator = {
  name: "RemovedShape",
  evaluate(d) {
    return d.removedShapes
      .filter((shape) => !shape.traits.has(PRIVATE))
      .filter((shape) => {
        const container = containerOf(shape);
        return container === undefined || d.newModel.shapes.has(container);
      })
      .map((shape) => {
        const message = `Removed ${shape.type} \`${shape.id}\``;
        const scalar =
          INCONSEQUENTIAL.has(shape.type) ||
          (shape.type === "string" && !shape.traits.has("smithy.api#enum"));
        return scalar
          ? diffEvent("RemovedShape.ScalarShape", "WARNING", shape, message)
          : diffEvent("RemovedShape", "ERROR", shape, message);
      });
  },
};

export const changedShapeType: DiffEvaluator = {
  name: "ChangedShapeType",
  evaluate(d) {
    return (
      d.changedShapes
        .filter((c) => c.old.type !== c.new.type)
        // set → list with @uniqueItems and @enum string → enum are the recommended migrations.
        .filter(
          (c) =>
            !(
              c.old.type === "set" &&
              c.new.type === "list" &&
              c.new.traits.has("smithy.api#uniqueItems")
            ),
        )
        .filter((c) => !isStringToEnum(c))
        .map((c) =>
          diffEvent(
            "ChangedShapeType",
            "ERROR",
            c.new,
            `Shape \`${c.id}\` type was changed from \`${c.old.type}\` to \`${c.new.type}\`.`,
          ),
        )
    );
  },
};

function reordered(a: Shape, b: Shape): boolean {
  const before = [...a.members.keys()];
  const after = [...b.members.keys()];
  // Removed members are other evaluators' business: compare the common prefix only.
  for (let i = 0; i < before.length && i < after.length; i++)
    if (before[i] !== after[i]) return true;
  return false;
}

export const changedMemberOrder: DiffEvaluator = {
  name: "ChangedMemberOrder",
  evaluate(d) {
    return changesOfType(d, "structure", "union")
      .filter((c) => c.old.type === c.new.type)
      .filter((c) => reordered(c.old, c.new))
      .map((c) =>
        diffEvent(
          "ChangedMemberOrder",
          "DANGER",
          c.new,
          `${c.old.type} shape members were reordered. This can cause ABI compatibility issues in languages ` +
            `like C and C++ where the layout and alignment of a data structure matters.`,
        ),
      );
  },
};

export const addedRequiredMember: DiffEvaluator = {
  name: "AddedRequiredMember",
  evaluate(d) {
    return changesOfType(d, "structure").flatMap((c) =>
      [...c.new.members.values()]
        .filter(
          (m) =>
            m.traits.has("smithy.api#required") &&
            !m.traits.has("smithy.api#default") &&
            // @clientOptional members let the service add @required without breaking clients.
            !m.traits.has("smithy.api#clientOptional") &&
            !c.old.members.has(m.name),
        )
        .map((m) =>
          diffEvent(
            "AddedRequiredMember",
            "ERROR",
            m,
            "Adding a new member with the `required` trait but not the `default` trait is backwards-incompatible.",
          ),
        ),
    );
  },
};

export const addedTraitDefinition: DiffEvaluator = {
  name: "AddedTraitDefinition",
  evaluate(d: Differences) {
    return d.addedShapes
      .filter((s) => hasTrait(s, TRAIT))
      .map((s) =>
        diffEvent("AddedTraitDefinition", "NOTE", s, `Trait definition \`${s.id}\` was added`),
      );
  },
};

export const removedTraitDefinition: DiffEvaluator = {
  name: "RemovedTraitDefinition",
  evaluate(d: Differences) {
    return d.removedShapes
      .filter((s) => hasTrait(s, TRAIT))
      .map((s) =>
        diffEvent("RemovedTraitDefinition", "ERROR", s, `Trait definition \`${s.id}\` was removed`),
      );
  },
};
