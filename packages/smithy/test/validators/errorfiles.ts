/**
 * Runs Smithy's `errorfiles` cases (a model + an `.errors` file of expected events) with the
 * matching rules of the reference's SmithyTestCase: every expected event must be found, and no
 * unexpected event may appear unless it is SUPPRESSED or a deprecation event.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ValidationEvent } from "../../src/model/validation-event";

export interface ExpectedEvent {
  severity: string;
  shapeId: string;
  message: string;
  id: string;
}

const LINE = /^\[(SUPPRESSED|NOTE|WARNING|DANGER|ERROR)] ([^ ]+): ?(.*) \| ([^)]+)$/;
const IGNORED_EXTRAS = ["ModelDeprecation", "DeprecatedTrait", "DeprecatedShape"];

export function parseErrorsFile(text: string): ExpectedEvent[] {
  const out: ExpectedEvent[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`Unparsable .errors line: ${line}`);
    out.push({
      severity: m[1]!,
      shapeId: m[2]!,
      message: m[3]!.replace(/\\n/g, "\n"),
      id: m[4]!.trim(),
    });
  }
  return out;
}

function containsId(actual: string, expected: string): boolean {
  return actual === expected || actual.startsWith(`${expected}.`);
}

export function matches(actual: ValidationEvent, expected: ExpectedEvent): boolean {
  const message = actual.suppressionReason
    ? `${actual.message} (${actual.suppressionReason})`
    : actual.message;
  return (
    actual.severity === expected.severity &&
    (actual.shapeId ?? "-") === expected.shapeId &&
    containsId(actual.id, expected.id) &&
    message.startsWith(expected.message)
  );
}

export interface CaseResult {
  name: string;
  missing: ExpectedEvent[];
  unexpected: ValidationEvent[];
}

export function compareEvents(
  name: string,
  actual: ValidationEvent[],
  expected: ExpectedEvent[],
): CaseResult {
  const missing = expected.filter((e) => !actual.some((a) => matches(a, e)));
  const unexpected = actual.filter(
    (a) =>
      a.severity !== "SUPPRESSED" &&
      !IGNORED_EXTRAS.some((id) => containsId(a.id, id)) &&
      !expected.some((e) => matches(a, e)),
  );
  return { name, missing, unexpected };
}

/** Every case (`X.smithy` or `X.json` with `X.errors`) under a folder, sorted. */
export function listCases(root: string): { name: string; model: string; errors: string }[] {
  const cases: { name: string; model: string; errors: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".errors")) {
        const base = full.slice(0, -".errors".length);
        const model = [`${base}.smithy`, `${base}.json`].find((f) => fs.existsSync(f));
        if (model) cases.push({ name: path.relative(root, base), model, errors: full });
      }
    }
  };
  walk(root);
  return cases;
}

export function formatEvent(e: ValidationEvent): string {
  return `[${e.severity}] ${e.shapeId ?? "-"}: ${e.message} | ${e.id}`;
}
