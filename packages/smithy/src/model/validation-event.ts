import type { SourceLocation } from "./source-location";

/** Severities in increasing order, as the reference orders them. */
export const Severity = {
  SUPPRESSED: "SUPPRESSED",
  NOTE: "NOTE",
  WARNING: "WARNING",
  DANGER: "DANGER",
  ERROR: "ERROR",
} as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/**
 * A diagnostic is data (Smithy's ValidationEvent): an id such as `Target` or `Model`
 * (hierarchical ids use dots: `TraitTarget.Foo`), a severity, the shape it concerns, where, and why.
 */
export interface ValidationEvent {
  readonly id: string;
  readonly severity: Severity;
  readonly message: string;
  readonly shapeId?: string;
  readonly sourceLocation: SourceLocation;
  /** Set when a `@suppress` trait or `metadata suppressions` entry lowered the severity. */
  readonly suppressionReason?: string;
}

export function isFailure(event: ValidationEvent): boolean {
  return event.severity === Severity.ERROR || event.severity === Severity.DANGER;
}

/** Code-unit order: unlike localeCompare, the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Events sort by file, line, column, then id, so output is stable. */
export function compareEvents(a: ValidationEvent, b: ValidationEvent): number {
  const la = a.sourceLocation;
  const lb = b.sourceLocation;
  return (
    compareText(la.filename, lb.filename) ||
    la.line - lb.line ||
    la.column - lb.column ||
    compareText(a.id, b.id) ||
    compareText(a.message, b.message)
  );
}
