/**
 * The `.errors` format of the reference's SmithyTestCase: one event per line,
 * `[SEVERITY] SHAPE_ID_OR_DASH: MESSAGE | EVENT_ID`, and its matching rules.
 */
import type { ValidationEvent } from "@oda-codegen/smithy";

export interface ExpectedEvent {
  severity: string;
  shapeId: string | undefined;
  message: string;
  id: string;
  line: string;
}

const LINE = /^\[(SUPPRESSED|NOTE|WARNING|DANGER|ERROR)] ([^ ]+): ?(.*) \| ([^)]+)$/;

export function parseErrorsFile(text: string): ExpectedEvent[] {
  const events: ExpectedEvent[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const m = LINE.exec(line);
    if (!m) continue;
    events.push({ severity: m[1]!, shapeId: m[2] === "-" ? undefined : m[2], message: m[3]!.replace(/\\n/g, "\n"), id: m[4]!.trim(), line });
  }
  return events;
}

/** `TraitTarget.Foo` contains `TraitTarget`. */
function idContains(actual: string, expected: string): boolean {
  return actual === expected || actual.startsWith(`${expected}.`);
}

export function eventMatches(actual: ValidationEvent, expected: ExpectedEvent): boolean {
  const message = actual.suppressionReason ? `${actual.message} (${actual.suppressionReason})` : actual.message;
  return (
    actual.severity === expected.severity &&
    (actual.shapeId ?? undefined) === expected.shapeId &&
    idContains(actual.id, expected.id) &&
    message.startsWith(expected.message)
  );
}

const IGNORED_EXTRAS = ["ModelDeprecation", "DeprecatedTrait", "DeprecatedShape"];

/** Every expected event must be found; no other non-suppressed event may appear. */
export function compareEvents(actual: readonly ValidationEvent[], expected: readonly ExpectedEvent[]): string[] {
  const problems: string[] = [];
  for (const e of expected) {
    if (!actual.some((a) => eventMatches(a, e))) problems.push(`missing: ${e.line}`);
  }
  for (const a of actual) {
    if (a.severity === "SUPPRESSED") continue;
    if (IGNORED_EXTRAS.some((id) => idContains(a.id, id))) continue;
    if (!expected.some((e) => eventMatches(a, e))) {
      problems.push(`unexpected: [${a.severity}] ${a.shapeId ?? "-"}: ${a.message} | ${a.id}`);
    }
  }
  return problems;
}
