import type { Severity } from "../model/validation-event";

/** Severities from least to most severe. */
export const SEVERITY_ORDER: readonly Severity[] = [
  "SUPPRESSED",
  "NOTE",
  "WARNING",
  "DANGER",
  "ERROR",
];

export function severityAtLeast(severity: Severity, floor: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(floor);
}
