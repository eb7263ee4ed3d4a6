/**
 * Compares two assembled models and returns diff events (the reference's ModelDiff): every
 * evaluator runs over the differences, then the NEW model's `@suppress` traits,
 * `metadata suppressions` and `metadata severityOverrides` decorate the events.
 */
import type { Model } from "../model/model";
import { compareEvents, type ValidationEvent } from "../model/validation-event";
import { createDecorator } from "../validators/core/suppressions";
import { detectDifferences, type Differences } from "./differences";
import type { DiffEvaluator } from "./evaluator";
import { changedEnumTrait, changedLengthTrait, changedRangeTrait } from "./evaluators/constraints";
import { changedMemberTarget } from "./evaluators/member-target";
import { addedMetadata, changedMetadata, removedMetadata } from "./evaluators/metadata";
import { modifiedTrait } from "./evaluators/modified-trait";
import { changedDefault, changedNullability } from "./evaluators/nullability";
import {
  addedEntityBinding,
  addedOperationError,
  addedServiceError,
  changedOperationInput,
  changedOperationOutput,
  changedResourceIdentifiers,
  removedEntityBinding,
  removedOperationError,
  removedServiceError,
  serviceRename,
} from "./evaluators/service";
import {
  addedRequiredMember,
  addedShape,
  addedTraitDefinition,
  changedMemberOrder,
  changedShapeType,
  removedShape,
  removedTraitDefinition,
} from "./evaluators/shapes";
import { traitBreakingChange } from "./evaluators/trait-breaking-change";
import { SEVERITY_ORDER } from "./severity";

export const DIFF_EVALUATORS: readonly DiffEvaluator[] = [
  addedShape,
  removedShape,
  changedShapeType,
  changedMemberTarget,
  changedMemberOrder,
  addedRequiredMember,
  changedNullability,
  changedDefault,
  addedOperationError,
  removedOperationError,
  addedServiceError,
  removedServiceError,
  changedOperationInput,
  changedOperationOutput,
  addedEntityBinding,
  removedEntityBinding,
  changedResourceIdentifiers,
  changedEnumTrait,
  changedLengthTrait,
  changedRangeTrait,
  modifiedTrait,
  traitBreakingChange,
  addedTraitDefinition,
  removedTraitDefinition,
  serviceRename,
  addedMetadata,
  removedMetadata,
  changedMetadata,
];

/** Most severe first, then by shape, id and message, so output is stable. */
export function compareDiffEvents(a: ValidationEvent, b: ValidationEvent): number {
  const bySeverity = SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity);
  if (bySeverity !== 0) return bySeverity;
  const sa = a.shapeId ?? "";
  const sb = b.shapeId ?? "";
  return sa < sb ? -1 : sa > sb ? 1 : compareEvents(a, b);
}

export function evaluateDifferences(differences: Differences): ValidationEvent[] {
  const decorator = createDecorator(differences.newModel);
  const rerun = (d: Differences): ValidationEvent[] => evaluateDifferences(d);
  const events: ValidationEvent[] = [];
  for (const evaluator of DIFF_EVALUATORS) {
    let found: ValidationEvent[];
    try {
      found = evaluator.evaluate(differences, rerun);
    } catch (error) {
      // An evaluator bug must not hide the other evaluators' findings.
      found = [
        {
          id: evaluator.name,
          severity: "ERROR",
          message: `Diff evaluator ${evaluator.name} failed: ${error instanceof Error ? error.message : String(error)}`,
          sourceLocation: { filename: "", line: 0, column: 0 },
        },
      ];
    }
    for (const event of found) events.push(decorator.decorate(event));
  }
  return events.sort(compareDiffEvents);
}

export function diffModels(oldModel: Model, newModel: Model): ValidationEvent[] {
  return evaluateDifferences(detectDifferences(oldModel, newModel));
}
