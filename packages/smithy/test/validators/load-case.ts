/**
 * Loads and validates one errorfiles case as the reference's SmithyTestSuite does: when the
 * expected events mix critical and non-critical ones, validation runs in legacy mode (it does
 * not stop after critical ERRORs).
 */
import { assembleModel } from "../../src";
import type { ValidationEvent } from "../../src/model/validation-event";
import { isCriticalEventId, validateModel } from "../../src/validators";
import type { ExpectedEvent } from "./errorfiles";

export function needsLegacyMode(expected: ExpectedEvent[]): boolean {
  const critical = (e: ExpectedEvent) =>
    isCriticalEventId(e.id) || (e.id === "Model" && e.severity === "ERROR");
  return expected.some(critical) && expected.some((e) => !critical(e));
}

export function loadAndValidate(file: string, expected: ExpectedEvent[]): ValidationEvent[] {
  const { model, events } = assembleModel({ paths: [file], validate: false });
  if (!model || events.some((e) => e.severity === "ERROR")) return events;
  return [...events, ...validateModel(model, { legacyValidationMode: needsLegacyMode(expected) })];
}
