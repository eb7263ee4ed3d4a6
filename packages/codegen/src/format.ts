/**
 * Formatting of generated TypeScript in prettier's style (100 columns, double quotes, trailing
 * commas, semicolons) by Biome's native formatter. It prints what prettier prints for our output
 * (format-prettier-parity.test.ts holds it to that on every model we generate) and formats the
 * output of every shipped model in about 0.2 s on two cores, where prettier took five seconds of
 * CPU. The sources go to a scratch folder and one `biome format --write` formats them all.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { hashOf, type DiskCache } from "./cache";
import { CodegenError, type CodegenDiagnostic } from "./codegen-error";
import { inScratchFolder, platformExecutable, run, writeFiles } from "./native-tools";

/** Prettier's defaults but for the line width; Biome's own defaults differ (tabs, 80 columns). */
const CONFIGURATION = {
  formatter: { indentStyle: "space", indentWidth: 2, lineWidth: 100, lineEnding: "lf" },
  javascript: {
    formatter: {
      quoteStyle: "double",
      trailingCommas: "all",
      semicolons: "always",
      arrowParentheses: "always",
      bracketSpacing: true,
    },
  },
  // Biome skips files over 1 MB by default; a big service's codecs exceed that.
  files: { maxSize: 1 << 30 },
};

/** As written to the scratch folder's biome.json, and part of every cache key. */
const CONFIGURATION_TEXT = JSON.stringify(CONFIGURATION);
const BIOME_VERSION = (require("@biomejs/biome/package.json") as { version: string }).version;

let executable: string | undefined;

function biome(): string {
  const cpu = `${process.platform}-${process.arch}`;
  return (executable ??= platformExecutable(
    "@biomejs/biome",
    [`@biomejs/cli-${cpu}`, `@biomejs/cli-${cpu}-musl`],
    "biome",
  ));
}

/** `--reporter=github`: `::error title=parse,file=…,line=3,endLine=3,col=18,endColumn=19::message`. */
const REPORTED = /^::error title=([^,]*),file=([^,]*),line=(\d+),endLine=\d+,col=(\d+)[^:]*::(.*)$/;

function parseErrors(output: string, names: readonly string[]): CodegenDiagnostic[] {
  const diagnostics: CodegenDiagnostic[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = REPORTED.exec(line);
    if (!match) continue;
    const index = Number(path.basename(match[2]!, ".ts"));
    diagnostics.push({
      file: names[index] ?? match[2]!,
      line: Number(match[3]),
      column: Number(match[4]),
      message: `${match[1]}: ${match[5]}`,
    });
  }
  return diagnostics;
}

/** Formats sources in one Biome run. */
function formatAll(sources: readonly string[], names: readonly string[]): Promise<string[]> {
  return inScratchFolder(async (folder) => {
    const files = sources.map((content, i) => ({ path: `${i}.ts`, content }));
    writeFiles(folder, [...files, { path: "biome.json", content: CONFIGURATION_TEXT }]);
    const result = await run(
      biome(),
      ["format", "--write", "--reporter=github", "--colors=off", "--max-diagnostics=20", "."],
      folder,
    );
    if (result.code !== 0) {
      const diagnostics = parseErrors(result.stdout, names);
      if (diagnostics.length > 0)
        throw new CodegenError("Generated code does not parse", diagnostics);
      throw new Error(
        `biome format exited with ${result.code}: ${(result.stderr || result.stdout).trim()}`,
      );
    }
    return files.map((f) => fs.readFileSync(path.join(folder, f.path), "utf8"));
  });
}

/**
 * Formats sources; `names` (their generated paths) only label errors. Throws a CodegenError with
 * located diagnostics when a source does not parse. With a cache, a source formatted before (same
 * text, same Biome, same options) is not formatted again: an edit reformats only what it changed.
 */
export async function formatFiles(
  sources: readonly string[],
  names: readonly string[] = [],
  cache?: DiskCache,
): Promise<string[]> {
  const keyOf = (source: string) => hashOf(BIOME_VERSION, CONFIGURATION_TEXT, source);
  const results = sources.map((source) => cache?.get("format", keyOf(source)));
  const missing = [...results.keys()].filter((i) => results[i] === undefined);
  if (missing.length > 0) {
    const formatted = await formatAll(
      missing.map((i) => sources[i]!),
      missing.map((i) => names[i] ?? `source ${i}`),
    );
    missing.forEach((i, j) => {
      results[i] = formatted[j]!;
      cache?.set("format", keyOf(sources[i]!), formatted[j]!);
    });
  }
  return results as string[];
}

export async function formatTypeScript(source: string): Promise<string> {
  return (await formatFiles([source]))[0]!;
}
