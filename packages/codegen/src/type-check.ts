/**
 * Type-checks a generated file set as a whole, under `strict` plus the checks that catch dead
 * code (unused locals and imports), before anything is written.
 *
 * The checker is TypeScript 7, the native compiler (npm `typescript@7`, installed here as
 * `typescript-native`): it checks the output of every shipped model, with the runtime's sources,
 * in under a second of wall time, where TypeScript 5.9's checker took three after a second of
 * warm-up. The project itself stays on 5.9 (ts-jest needs it), so checked-in generated code is
 * compiled by both.
 *
 * The native compiler reads from disk: the files go to a scratch folder with a tsconfig whose
 * `paths` resolve `@oda-codegen/runtime` (or the configured specifier) to the runtime's sources.
 * The folder is inside the repository's node_modules, so that any other package the code imports
 * resolves as it would beside the output. Only diagnostics in the generated files are reported.
 */
import * as path from "node:path";
import { fingerprintDir, hashOf } from "./cache";
import type { CodegenDiagnostic } from "./codegen-error";
import type { GeneratedFile } from "./generated-file";
import { inScratchFolder, platformExecutable, run, writeFiles } from "./native-tools";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
export const RUNTIME_ENTRY = path.join(REPO_ROOT, "packages", "runtime", "src", "index.ts");

const NATIVE_PACKAGE = "typescript-native";
const SCRATCH_PARENT = path.join(REPO_ROOT, "node_modules", ".cache", "oda-codegen-check");
const NATIVE_VERSION = (require(`${NATIVE_PACKAGE}/package.json`) as { version: string }).version;

export interface TypeCheckOptions {
  readonly runtimeImport: string;
  /** The runtime's entry source file; defaults to packages/runtime/src/index.ts. */
  readonly runtimeEntry?: string;
}

/** What a type-check result depends on besides the files: for cache keys. */
export function checkFingerprint(options: TypeCheckOptions): string {
  const entry = options.runtimeEntry ?? RUNTIME_ENTRY;
  return hashOf(
    NATIVE_VERSION,
    JSON.stringify(compilerOptions(options)),
    fingerprintDir(path.dirname(entry)),
  );
}

function compilerOptions(options: TypeCheckOptions): Record<string, unknown> {
  return {
    target: "ES2022",
    lib: ["ES2023"],
    module: "node16",
    moduleResolution: "node16",
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
    paths: { [options.runtimeImport]: [options.runtimeEntry ?? RUNTIME_ENTRY] },
  };
}

let executable: string | undefined;

/** The compiler of this platform's package, `@typescript/typescript-<os>-<cpu>`. */
function nativeCompiler(): string {
  const cpu = `${process.platform}-${process.arch}`;
  return (executable ??= platformExecutable(
    NATIVE_PACKAGE,
    [`@typescript/typescript-${cpu}`],
    "lib/tsc",
  ));
}

const LOCATED = /^(.+)\((\d+),(\d+)\): error TS(\d+): (.*)$/;
const GLOBAL = /^error TS(\d+): (.*)$/;

/** `tsc --pretty false` output: one line per diagnostic, its message's chain indented below. */
export function parseDiagnostics(output: string): CodegenDiagnostic[] {
  const diagnostics: CodegenDiagnostic[] = [];
  for (const line of output.split(/\r?\n/)) {
    const located = LOCATED.exec(line);
    const global = located ? undefined : GLOBAL.exec(line);
    if (located) {
      diagnostics.push({
        file: located[1]!.split(path.sep).join("/"),
        line: Number(located[2]),
        column: Number(located[3]),
        message: `TS${located[4]}: ${located[5]}`,
      });
    } else if (global) {
      diagnostics.push({ message: `TS${global[1]}: ${global[2]}` });
    } else if (/^\s/.test(line) && line.trim() !== "" && diagnostics.length > 0) {
      const last = diagnostics.pop()!;
      diagnostics.push({ ...last, message: `${last.message}\n${line.trim()}` });
    }
  }
  return diagnostics;
}

/** Compiler diagnostics of the generated files (empty when the set compiles). */
export async function typeCheck(
  files: readonly GeneratedFile[],
  options: TypeCheckOptions,
): Promise<CodegenDiagnostic[]> {
  const compiler = nativeCompiler();
  const code = files.filter((f) => f.path.endsWith(".ts"));
  const roots = code.map((f) => f.path);
  return inScratchFolder(async (folder) => {
    const config = { compilerOptions: compilerOptions(options), files: roots };
    writeFiles(folder, [...code, { path: "tsconfig.json", content: JSON.stringify(config) }]);
    const result = await run(compiler, ["-p", "tsconfig.json", "--pretty", "false"], folder);
    const reported = parseDiagnostics(result.stdout);
    if (result.code !== 0 && reported.length === 0) {
      throw new Error(
        `the TypeScript compiler exited with ${result.code}: ${(result.stderr || result.stdout).trim()}`,
      );
    }
    // Diagnostics in the runtime's own sources are the runtime's business (its tests check it).
    const generated = new Set(roots);
    return reported.filter((d) => d.file === undefined || generated.has(d.file));
  }, SCRATCH_PARENT);
}
