/**
 * Type-checks a generated file set as a whole, under `strict` plus the checks that catch dead
 * code (unused locals and imports), before anything is written. One TypeScript Program over an
 * in-memory host: the generated files never touch the disk, and `@oda-codegen/runtime` (or the
 * configured specifier) resolves to the runtime's sources.
 *
 * The plain compiler API rather than ts-morph: no wrapper objects for every node, and files that
 * do not change within a process (lib, node_modules declarations) are parsed once per process.
 */
import * as path from "node:path";
import type * as TS from "typescript";
import type { CodegenDiagnostic } from "./codegen-error";
import { fingerprintDir, hashOf } from "./cache";
import type { GeneratedFile } from "./generated-file";
import { typescript, TYPESCRIPT_VERSION } from "./load-typescript";
import { importedNames, runtimeSurface } from "./runtime-surface";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
export const RUNTIME_ENTRY = path.join(REPO_ROOT, "packages", "runtime", "src", "index.ts");

export interface TypeCheckOptions {
  readonly runtimeImport: string;
  /** The runtime's entry source file; defaults to packages/runtime/src/index.ts. */
  readonly runtimeEntry?: string;
}

/** What a type-check result depends on besides the files: for cache keys. */
export function checkFingerprint(options: TypeCheckOptions): string {
  const entry = options.runtimeEntry ?? RUNTIME_ENTRY;
  return hashOf(
    TYPESCRIPT_VERSION,
    TYPE_CHECK_VERSION,
    options.runtimeImport,
    entry,
    fingerprintDir(path.dirname(entry)),
  );
}

/** Bump when the compiler options below change. */
const TYPE_CHECK_VERSION = "2";

/** Beside the runtime's entry, so that its relative re-exports resolve; never written to disk. */
const SURFACE_NAME = "__generated-code-imports__.d.ts";

function compilerOptions(options: TypeCheckOptions, runtimePath: string): TS.CompilerOptions {
  const ts = typescript();
  return {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    noImplicitOverride: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noUncheckedIndexedAccess: true,
    isolatedModules: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    typeRoots: [path.join(REPO_ROOT, "node_modules", "@types")],
    paths: { [options.runtimeImport]: [runtimePath] },
  };
}

/**
 * Parsed declaration files of node_modules and TypeScript's lib, kept for the process: they do
 * not change while it runs. Binding results on them do not depend on the Program, as in
 * TypeScript's language service.
 */
const parsedDeclarations = new Map<string, TS.SourceFile>();

/** Other files read from disk (the runtime's sources), reused while their text is unchanged. */
const parsedSources = new Map<string, TS.SourceFile>();

function isStable(fileName: string): boolean {
  return (
    fileName.endsWith(".d.ts") &&
    (fileName.includes("/node_modules/") || fileName.includes("\\node_modules\\"))
  );
}

/** As tsc does: JSDoc is parsed only where it can cause a type error (not in .ts files). */
function parseOptions(
  languageVersion: TS.ScriptTarget | TS.CreateSourceFileOptions,
): TS.CreateSourceFileOptions {
  const base = typeof languageVersion === "object" ? languageVersion : { languageVersion };
  return { ...base, jsDocParsingMode: typescript().JSDocParsingMode.ParseForTypeErrors };
}

function createHost(
  options: TS.CompilerOptions,
  generated: ReadonlyMap<string, string>,
): TS.CompilerHost {
  const ts = typescript();
  const host = ts.createCompilerHost(options, true);
  const readDisk = host.readFile.bind(host);
  const existsOnDisk = host.fileExists.bind(host);
  host.fileExists = (fileName) => generated.has(fileName) || existsOnDisk(fileName);
  host.readFile = (fileName) => generated.get(fileName) ?? readDisk(fileName);
  // Module resolution looks for a folder before the files in it.
  const folders = new Set([...generated.keys()].map((f) => path.posix.dirname(f)));
  const directoryOnDisk = host.directoryExists?.bind(host);
  host.directoryExists = (dir) =>
    folders.has(dir.replace(/\/$/, "")) || (directoryOnDisk?.(dir) ?? true);
  host.getSourceFile = (fileName, languageVersion) => {
    const text = generated.get(fileName);
    if (text !== undefined)
      return ts.createSourceFile(fileName, text, parseOptions(languageVersion), false);
    const stable = isStable(fileName);
    const cached = stable ? parsedDeclarations.get(fileName) : undefined;
    if (cached !== undefined) return cached;
    const content = readDisk(fileName);
    if (content === undefined) return undefined;
    const unchanged = parsedSources.get(fileName);
    if (unchanged?.text === content) return unchanged;
    const source = ts.createSourceFile(fileName, content, parseOptions(languageVersion), false);
    (stable ? parsedDeclarations : parsedSources).set(fileName, source);
    return source;
  };
  host.writeFile = () => undefined;
  return host;
}

/** Compiler diagnostics of the generated files (empty when the set compiles). */
export function typeCheck(
  files: readonly GeneratedFile[],
  options: TypeCheckOptions,
): CodegenDiagnostic[] {
  const ts = typescript();
  // A folder inside the repository, so that node_modules resolution works; nothing is written there.
  const root = path.join(REPO_ROOT, ".tmp-codegen-check");
  const byName = new Map<string, GeneratedFile>();
  const texts = new Map<string, string>();
  for (const file of files) {
    if (!file.path.endsWith(".ts")) continue;
    const fileName = path.join(root, file.path).split(path.sep).join("/");
    byName.set(fileName, file);
    texts.set(fileName, file.content);
  }
  const entry = options.runtimeEntry ?? RUNTIME_ENTRY;
  const names = importedNames([...texts.values()], options.runtimeImport);
  const surfacePath = path.join(path.dirname(entry), SURFACE_NAME).split(path.sep).join("/");
  const surface = names && runtimeSurface(entry, names, surfacePath);
  if (surface !== undefined) texts.set(surfacePath, surface);
  const compiler = compilerOptions(options, surface !== undefined ? surfacePath : entry);
  const program = ts.createProgram([...byName.keys()], compiler, createHost(compiler, texts));
  const diagnostics: CodegenDiagnostic[] = [];
  for (const [fileName, file] of byName) {
    const sf = program.getSourceFile(fileName);
    if (!sf) continue;
    for (const d of [
      ...program.getSyntacticDiagnostics(sf),
      ...program.getSemanticDiagnostics(sf),
    ]) {
      const pos = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start) : undefined;
      diagnostics.push({
        file: file.path,
        ...(pos ? { line: pos.line + 1, column: pos.character + 1 } : {}),
        message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
      });
    }
  }
  return diagnostics;
}

/**
 * Parses and binds what every check loads besides the generated files (TypeScript's lib and the
 * node_modules declarations, about 2.7 MB), so that a check that follows in this thread starts
 * from them. Run ahead in the type-check worker while the caller loads and renders the model.
 */
export function warmUpTypeCheck(options: TypeCheckOptions): void {
  const fileName = path
    .join(REPO_ROOT, ".tmp-codegen-check", "__warm-up__.ts")
    .split(path.sep)
    .join("/");
  const compiler = compilerOptions(options, options.runtimeEntry ?? RUNTIME_ENTRY);
  const program = typescript().createProgram(
    [fileName],
    compiler,
    createHost(compiler, new Map([[fileName, "export {};\n"]])),
  );
  // Creating the checker binds every file of the program.
  program.getGlobalDiagnostics();
}
