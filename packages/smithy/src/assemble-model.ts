/**
 * The public entry point: files or sources → parsed (IDL or JSON AST) → assembled with the
 * prelude → validated. Never throws for bad input; problems are events.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Model } from "./model/model";
import type { Shape } from "./model/shape";
import { compareEvents, Severity, type ValidationEvent } from "./model/validation-event";
import { assembleFiles } from "./assembler/assembler";
import { assembleIncrementally, mayAssembleIncrementally } from "./assembler/incremental";
import { parseIdl } from "./loader/idl-parser";
import { loadJsonAst } from "./loader/json-ast-loader";
import type { LoadedFile } from "./loader/load-ops";
import { loadPrelude } from "./prelude/prelude";
import { validateModel } from "./validators";
import { warmClasses } from "./warm-classes";

export interface AssembleOptions {
  /** Files, or directories meaning every `.smithy` and `.json` file below them (sorted). */
  paths?: string[];
  sources?: { filename: string; text: string }[];
  /** Load the prelude (default true). */
  prelude?: boolean;
  /** Run the validators after a successful load (default true). */
  validate?: boolean;
}

export interface AssemblyResult {
  model?: Model;
  events: ValidationEvent[];
}

/** Parses one source by its extension: `.json` is a JSON AST, anything else IDL. */
export function loadSource(filename: string, text: string): LoadedFile {
  return filename.endsWith(".json") ? loadJsonAst(filename, text) : parseIdl(filename, text);
}

export function assembleModel(options: AssembleOptions): AssemblyResult {
  // Keeps the parser's and assembler's hidden classes alive between models (see the module).
  warmClasses();
  const events: ValidationEvent[] = [];
  const sources: { filename: string; text: string }[] = [];
  for (const p of options.paths ?? []) {
    for (const file of expandPath(p, events)) {
      const text = readText(file, events);
      if (text !== undefined) sources.push({ filename: file, text });
    }
  }
  for (const s of options.sources ?? []) sources.push(s);

  const base: ReadonlyMap<string, Shape> =
    options.prelude === false ? new Map() : loadPrelude().shapes;
  // Files built one by one when the model allows it (see incremental.ts), else all together.
  const assembled =
    (events.length === 0 && mayAssembleIncrementally(sources)
      ? assembleIncrementally(sources, base, loadSource)
      : undefined) ??
    assembleFiles(
      sources.map((s) => loadSource(s.filename, s.text)),
      base,
      new Map<string, Shape>(base),
    );
  events.push(...assembled.events);
  const model = new Model(assembled.shapes, assembled.metadata);
  const loadFailed = events.some((e) => e.severity === Severity.ERROR);
  if (!loadFailed && options.validate !== false) events.push(...validateModel(model));
  events.sort(compareEvents);
  return { model, events };
}

function ioError(file: string, message: string): ValidationEvent {
  return {
    id: "Model",
    severity: Severity.ERROR,
    message,
    sourceLocation: { filename: file, line: 0, column: 0 },
  };
}

function expandPath(p: string, events: ValidationEvent[]): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch (e) {
    events.push(ioError(p, `Cannot read model file: ${(e as Error).message}`));
    return [];
  }
  if (!stat.isDirectory()) return [p];
  const found: string[] = [];
  const stack = [p];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      events.push(ioError(dir, `Cannot read model directory: ${(e as Error).message}`));
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.name.endsWith(".smithy") || entry.name.endsWith(".json")) found.push(full);
    }
  }
  return found.sort();
}

/** Reads UTF-8; invalid byte sequences are an error with the line and column where they start. */
function readText(file: string, events: ValidationEvent[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    events.push(ioError(file, `Cannot read model file: ${(e as Error).message}`));
    return undefined;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const before = text.slice(0, Math.max(0, bad));
    const line = before.split("\n").length;
    const column = bad - (before.lastIndexOf("\n") + 1) + 1;
    events.push({
      id: "Model",
      severity: Severity.ERROR,
      message: `Invalid UTF-8 in model file at line ${line}, column ${column}`,
      sourceLocation: { filename: file, line, column },
    });
    return undefined;
  }
}
