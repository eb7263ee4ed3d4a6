/**
 * smithy-diff corpus cases (`N.a.smithy` old, `N.b.smithy` new, `N.events` expected), checked the
 * way the reference's SmithyDiffTestCase checks them: every expected event must be matched, and no
 * unexpected event may appear unless it is SUPPRESSED. An actual event matches an expected one when
 * severity and shape are equal, its id contains the expected id, and its message starts with the
 * expected message (newlines normalised).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  assembleModel,
  diffModels,
  formatDiffEvent,
  type ValidationEvent,
} from "@oda-codegen/smithy";

export interface ExpectedEvent {
  severity: string;
  shapeId?: string;
  message: string;
  id: string;
}

export interface DiffCaseResult {
  name: string;
  ok: boolean;
  unmatched: string[];
  extra: string[];
  error?: string;
}

const EVENT = /^\[(SUPPRESSED|NOTE|WARNING|DANGER|ERROR)\] ([^ ]+): ?([\s\S]*) \| ([^)]+)$/;

export function parseEvents(text: string, file: string): ExpectedEvent[] {
  return text
    .split("-----")
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
    .map((chunk) => {
      const m = EVENT.exec(chunk);
      if (!m) throw new Error(`${file}: event does not match the expected form: ${chunk}`);
      const event: ExpectedEvent = { severity: m[1]!, message: m[3]!, id: m[4]!.trim() };
      if (m[2] !== "-") event.shapeId = m[2]!;
      return event;
    });
}

const normalise = (message: string) => message.replace(/\r\n?/g, "\n").replace(/\n/g, "\\n");

function containsId(actual: string, expected: string): boolean {
  return (
    actual === expected || (actual.startsWith(expected) && actual.charAt(expected.length) === ".")
  );
}

export function matches(expected: ExpectedEvent, actual: ValidationEvent): boolean {
  let message = actual.message;
  if (actual.suppressionReason) message += ` (${actual.suppressionReason})`;
  return (
    expected.severity === actual.severity &&
    containsId(actual.id, expected.id) &&
    (expected.shapeId ?? "") === (actual.shapeId ?? "") &&
    normalise(message).startsWith(normalise(expected.message))
  );
}

/** Every case below `root`, as paths without the `.events` extension, sorted. */
export function findCases(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".events")) found.push(full.slice(0, -".events".length));
    }
  };
  walk(root);
  return found.sort();
}

function modelFile(base: string, side: "a" | "b"): string {
  const smithy = `${base}.${side}.smithy`;
  return fs.existsSync(smithy) ? smithy : `${base}.${side}.json`;
}

export function runCase(base: string, root: string): DiffCaseResult {
  const name = path.relative(root, base);
  try {
    const expected = parseEvents(fs.readFileSync(`${base}.events`, "utf8"), `${base}.events`);
    const sides = (["a", "b"] as const).map((side) =>
      assembleModel({ paths: [modelFile(base, side)] }),
    );
    const broken = sides.flatMap((s) => s.events.filter((e) => e.severity === "ERROR"));
    if (broken.length > 0 || !sides[0]!.model || !sides[1]!.model) {
      return {
        name,
        ok: false,
        unmatched: [],
        extra: [],
        error: `model did not load: ${broken.map((e) => e.message).join("; ")}`,
      };
    }
    const actual = diffModels(sides[0]!.model, sides[1]!.model);
    const unmatched = expected.filter((e) => !actual.some((a) => matches(e, a)));
    const extra = actual.filter(
      (a) => a.severity !== "SUPPRESSED" && !expected.some((e) => matches(e, a)),
    );
    return {
      name,
      ok: unmatched.length === 0 && extra.length === 0,
      unmatched: unmatched.map(
        (e) => `[${e.severity}] ${e.shapeId ?? "-"}: ${e.message} | ${e.id}`,
      ),
      extra: extra.map(formatDiffEvent),
    };
  } catch (error) {
    return {
      name,
      ok: false,
      unmatched: [],
      extra: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
