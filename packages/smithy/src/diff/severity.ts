import type { Severity } from "../model/validation-event";

/** Severities from least to most severe. */
export const SEVERITY_ORDER: readonly Severity[] = [
  "SUPPRESSED",
  "NOTE",
  "WARNING",
  "DANGER",
  "ERROR",
];

