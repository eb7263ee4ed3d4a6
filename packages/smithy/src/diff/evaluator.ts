import type { SourceLocation } from "../model/source-location";
import { NO_LOCATION } from "../model/source-location";
import type { Severity, ValidationEvent } from "../model/validation-event";
import type { DiffShape, Differences } from "./differences";

/**
 * One diff check (the reference's DiffEvaluator): differences in, events out. `rerun` evaluates a
 * narrower set of differences with every evaluator, for checks that judge a change by its effects.
 */
export interface DiffEvaluator {
  readonly name: string;
  evaluate(
    differences: Differences,
    rerun: (differences: Differences) => ValidationEvent[],
  ): ValidationEvent[];
}

export function diffEvent(
  id: string,
  severity: Severity,
  shape: DiffShape | string | undefined,
  message: string,
  location?: SourceLocation,
): ValidationEvent {
  const shapeId = typeof shape === "string" ? shape : shape?.id;
  const sourceLocation =
    location ?? (typeof shape === "object" ? shape.location : undefined) ?? NO_LOCATION;
  return shapeId === undefined
    ? { id, severity, message, sourceLocation }
    : { id, severity, message, shapeId, sourceLocation };
}
