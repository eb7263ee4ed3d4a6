/**
 * Section 1a/1b: the IDL parser and the JSON AST loader (and, for a share of the inputs, the whole
 * assembly with the prelude and validators) on mutations of the Smithy corpus and on generated
 * text. Invariant: never a throw; every ERROR event has an id and a location in the given file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { assembleModel, loadJsonAst, parseIdl, type ValidationEvent } from "@oda-codegen/smithy";
import { referencePath } from "../support/reference";
import type { Profile, Report } from "./harness";

export type Progress = (what: string) => void;

function corpusFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(smithy|json)$/.test(entry.name)) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

const TOKENS = [
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  '"',
  '"""',
  "\\",
  "\\u12",
  "$",
  "@",
  "#",
  ":",
  "=",
  ",",
  "//",
  "///",
  "/*",
  "\n",
  "\r\n",
  "\t",
  "\u0000",
  "\uFEFF",
  "\uD800",
  "apply",
  "use",
  "namespace",
  "metadata",
  "structure",
  '$version: "2"',
  "smithy.api#",
  "null",
  "true",
  "-",
  "1e999",
  "0x",
  "...",
];

/** One mutation of `text`, chosen by `rand` (a fast-check-provided integer sequence). */
function mutate(text: string, ops: number[]): string {
  let out = text;
  for (let i = 0; i + 2 < ops.length; i += 3) {
    const kind = ops[i]! % 6;
    const at = out.length === 0 ? 0 : ops[i + 1]! % out.length;
    const len = 1 + (ops[i + 2]! % 40);
    switch (kind) {
      case 0: // truncate
        out = out.slice(0, at);
        break;
      case 1: // delete a range
        out = out.slice(0, at) + out.slice(at + len);
        break;
      case 2: // insert a token
        out = out.slice(0, at) + TOKENS[ops[i + 2]! % TOKENS.length]! + out.slice(at);
        break;
      case 3: // duplicate a range
        out = out.slice(0, at) + out.slice(at, at + len) + out.slice(at);
        break;
      case 4: // replace one character
        out = out.slice(0, at) + String.fromCharCode(ops[i + 2]! % 0x3000) + out.slice(at + 1);
        break;
      default: // swap two halves
        out = out.slice(at) + out.slice(0, at);
    }
  }
  return out;
}

function locatedProblem(events: readonly ValidationEvent[], filename: string): string | undefined {
  for (const e of events) {
    if (e.severity !== "ERROR" && e.severity !== "DANGER") continue;
    if (!e.id) return `event without id: ${e.message}`;
    const loc = e.sourceLocation;
    if (loc.filename === filename && (loc.line < 1 || loc.column < 1))
      return `event ${e.id} at ${loc.line}:${loc.column}`;
    if (loc.filename !== filename && loc.filename !== "" && !loc.filename.includes("prelude"))
      return `event ${e.id} in ${loc.filename}`;
  }
  return undefined;
}

export async function fuzzSmithy(
  report: Report,
  profile: Profile,
  progress: Progress,
): Promise<number> {
  const root = referencePath("smithy-idl-corpus");
  if (!root) {
    // Outside CI only (referencePath throws under CI=true).
    console.log("  - skipped: Smithy corpus absent (set ODA_REFERENCE_DIR)");
    report.figure("Smithy fuzzing", "skipped: reference data absent");
    return 0;
  }
  const files = corpusFiles(root);
  const sources = files.map((f) => ({
    file: f,
    text: fs.readFileSync(f, "utf8"),
    json: f.endsWith(".json"),
  }));
  const perFile = profile.full ? 40 : 3;
  const assembleEvery = profile.full ? 5 : 10;
  let tried = 0;
  let withErrors = 0;
  let assembled = 0;
  let slowest = { ms: 0, what: "" };

  const runOne = (name: string, text: string, json: boolean, assemble: boolean): void => {
    progress(`${name} (${text.length} chars)`);
    const started = performance.now();
    const loaded = json ? loadJsonAst(name, text) : parseIdl(name, text);
    const problem = locatedProblem(loaded.events, name);
    if (problem) throw new Error(`${name}: ${problem}`);
    if (loaded.events.some((e) => e.severity === "ERROR")) withErrors++;
    if (assemble) {
      const result = assembleModel({ sources: [{ filename: name, text }] });
      const p = locatedProblem(result.events, name);
      if (p) throw new Error(`${name} (assembled): ${p}`);
      assembled++;
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, what: name };
    tried++;
  };

  await report.attempt(
    `IDL parser and JSON AST loader on ${files.length} corpus files × ${perFile} mutations`,
    async () => {
      await fc.assert(
        fc.property(
          fc.constantFrom(...sources),
          fc.array(fc.nat(), { minLength: 3, maxLength: 12 }),
          fc.nat(),
          (source, ops, n) => {
            const name = `mutant-${path.basename(source.file)}`;
            runOne(name, mutate(source.text, ops), source.json, n % assembleEvery === 0);
          },
        ),
        { numRuns: files.length * perFile },
      );
      return `${tried} inputs, ${withErrors} with located errors, ${assembled} assembled`;
    },
  );

  const before = tried;
  await report.attempt("IDL parser on generated token soup", async () => {
    await fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), {
          maxLength: 60,
        }),
        (parts) => {
          runOne("soup.smithy", parts.join(" "), false, false);
        },
      ),
      { numRuns: profile.full ? 5000 : 400 },
    );
    await fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        runOne("soup.json", JSON.stringify(value), true, false);
      }),
      { numRuns: profile.full ? 3000 : 200 },
    );
    return `${tried - before} inputs`;
  });

  await report.attempt("deep nesting and long inputs stay linear and located", async () => {
    const depth = profile.full ? 20000 : 5000;
    runOne(
      "deep.smithy",
      `$version: "2"\nnamespace a\n@tags(${"[".repeat(depth)}${"]".repeat(depth)})\nstring A\n`,
      false,
      false,
    );
    runOne(
      "deep.json",
      `{"smithy":"2.0","shapes":${"[".repeat(depth)}${"]".repeat(depth)}}`,
      true,
      false,
    );
    runOne(
      "long-string.smithy",
      `$version: "2"\nnamespace a\n@documentation("${"x".repeat(depth * 100)}\nstring A\n`,
      false,
      false,
    );
    return `depth ${depth}, slowest input ${slowest.ms.toFixed(1)} ms (${slowest.what})`;
  });
  report.figure("Smithy corpus files mutated", files.length);
  report.figure("Smithy parser/loader inputs", tried);
  report.figure("Smithy inputs with located errors", withErrors);
  report.figure("Smithy slowest input (ms)", slowest.ms.toFixed(1));
  return tried;
}
