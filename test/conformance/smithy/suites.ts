/**
 * The conformance suites over the reference corpus, as its MANIFEST.md describes them. Each case
 * returns a result; exceptions and slow cases are failures, never crashes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { assembleModel, formatJsonAst, modelDifference, type ValidationEvent } from "@oda-codegen/smithy";
import { compareEvents, parseErrorsFile } from "./errors-file";

export interface CaseResult {
  name: string;
  ok: boolean;
  reason?: string;
  /** loader/invalid only: whether the error is at the expected line and column. */
  exactLocation?: boolean;
  millis: number;
}

export const TIME_LIMIT_MS = 2000;

/** One conformance case: a name and the check to run. */
export interface Case {
  name: string;
  run: () => Omit<CaseResult, "name" | "millis">;
}

/** The suites by name, in the order the runner prints them. */
export const SUITES: Record<string, (corpus: string) => Case[]> = {
  "loader/valid": validPairs,
  "loader/invalid": invalidCases,
  "loader/forwardrefs": forwardRefs,
  "errorfiles/loader": (corpus) => errorFiles(corpus, "loader"),
  "round trip (loader/valid)": roundTrips,
  "errorfiles/validators": (corpus) => errorFiles(corpus, "validators"),
};

export function runCase(name: string, fn: () => Omit<CaseResult, "name" | "millis">): CaseResult {
  const start = performance.now();
  let result: Omit<CaseResult, "name" | "millis">;
  try {
    result = fn();
  } catch (e) {
    result = { ok: false, reason: `exception: ${(e as Error)?.stack?.split("\n").slice(0, 2).join(" ") ?? String(e)}` };
  }
  const millis = performance.now() - start;
  if (millis > TIME_LIMIT_MS) result = { ...result, ok: false, reason: `took ${Math.round(millis)} ms` };
  return { name, millis, ...result };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out.sort();
}

const isFailure = (e: ValidationEvent) => e.severity === "ERROR" || e.severity === "DANGER";
export const formatEvent = (e: ValidationEvent) => `[${e.severity}] ${e.shapeId ?? "-"}: ${e.message} | ${e.id}`;

function firstFailures(events: readonly ValidationEvent[]): string {
  return events.filter(isFailure).slice(0, 2).map(formatEvent).join(" ; ").slice(0, 300);
}

/** Loads files (no validators) and requires a model without loader errors. */
function loadClean(paths: string[]) {
  const result = assembleModel({ paths, validate: false });
  const failures = result.events.filter(isFailure);
  return { model: result.model, failures };
}

function comparePair(left: string[], right: string[]): Omit<CaseResult, "name" | "millis"> {
  const a = loadClean(left);
  if (a.failures.length > 0 || !a.model) return { ok: false, reason: `IDL side: ${firstFailures(a.failures)}` };
  const b = loadClean(right);
  if (b.failures.length > 0 || !b.model) return { ok: false, reason: `JSON side: ${firstFailures(b.failures)}` };
  const diff = modelDifference(a.model, b.model);
  return diff ? { ok: false, reason: diff.slice(0, 300) } : { ok: true };
}

export function validPairs(corpus: string): Case[] {
  const dir = path.join(corpus, "loader/valid");
  const shared = path.join(dir, "__shared.json");
  return walk(dir)
    .filter((f) => f.endsWith(".json") && f !== shared)
    .map((json) => {
      const smithy = json.replace(/\.json$/, ".smithy");
      return { name: path.relative(dir, smithy), run: () => comparePair([smithy, shared], [json, shared]) };
    });
}

/** Serialize the model of each valid IDL case as JSON AST, load it back, compare. */
export function roundTrips(corpus: string): Case[] {
  const dir = path.join(corpus, "loader/valid");
  const shared = path.join(dir, "__shared.json");
  return walk(dir)
    .filter((f) => f.endsWith(".json") && f !== shared)
    .map((json) => {
      const smithy = json.replace(/\.json$/, ".smithy");
      return { name: `${path.relative(dir, smithy)} (round trip)`, run: () => {
        const a = loadClean([smithy, shared]);
        if (!a.model) return { ok: false, reason: "no model" };
        const text = formatJsonAst(a.model);
        const b = assembleModel({ sources: [{ filename: "roundtrip.json", text }], validate: false });
        if (b.events.some(isFailure) || !b.model) return { ok: false, reason: `reload: ${firstFailures(b.events)}` };
        const diff = modelDifference(a.model, b.model);
        return diff ? { ok: false, reason: diff.slice(0, 300) } : { ok: true };
      } };
    });
}

export function forwardRefs(corpus: string): Case[] {
  const dir = path.join(corpus, "loader/forwardrefs");
  const shared = path.join(corpus, "loader/valid/__shared.json");
  const f = (p: string) => path.join(dir, p);
  return [
    { name: "use/use.smithy", run: () => comparePair([f("use/use.smithy"), shared], [f("use/result.json"), shared]) },
    { name: "use/no-use.smithy", run: () => comparePair([f("use/no-use.smithy"), shared], [f("use/result.json"), shared]) },
    { name: "resource", run: () => comparePair([f("resource/operation.smithy"), f("resource/resource.smithy")], [f("resource/result.json")]) },
  ];
}

const normalize = (s: string) => s.replace(/\[EOF\]/g, "").replace(/\r\n|\r|\n/g, "\\n").trim();

export function invalidCases(corpus: string): Case[] {
  const dir = path.join(corpus, "loader/invalid");
  return walk(dir)
    .filter((f) => f.endsWith(".smithy"))
    .map((file) => ({
      name: path.relative(dir, file),
      run: () => {
        const text = fs.readFileSync(file, "utf8");
        const expected = normalize(text.split(/\r?\n/, 1)[0]!.replace(/^\/\/\s*/, ""));
        const result = assembleModel({ paths: [file] });
        const failures = result.events.filter(isFailure);
        if (failures.length === 0) return { ok: false, reason: "accepted; expected: " + expected };
        const where = /Syntax error at line \d+, column \d+/.exec(expected)?.[0];
        const formatted = failures.map((e) => normalize(formatEvent(e)));
        const exactLocation = where === undefined ? undefined : formatted.some((m) => m.includes(where));
        const message = expected.replace(/ \| [A-Za-z.]+$/, "");
        const sameMessage = formatted.some((m) => m.includes(message));
        return {
          ok: true,
          exactLocation,
          reason: sameMessage ? undefined : `expected "${expected}", got "${formatted[0]}"`.slice(0, 400),
        };
      },
    }));
}

export function errorFiles(corpus: string, folder: "loader" | "validators"): Case[] {
  const dir = path.join(corpus, "errorfiles", folder);
  return walk(dir)
    .filter((f) => f.endsWith(".errors"))
    .map((errors) => {
      const base = errors.replace(/\.errors$/, "");
      const model = fs.existsSync(`${base}.smithy`) ? `${base}.smithy` : `${base}.json`;
      return {
        name: path.relative(dir, model),
        run: () => {
          const result = assembleModel({ paths: [model] });
          const problems = compareEvents(result.events, parseErrorsFile(fs.readFileSync(errors, "utf8")));
          return problems.length === 0 ? { ok: true } : { ok: false, reason: problems.slice(0, 3).join(" ; ").slice(0, 500) };
        },
      };
    });
}
