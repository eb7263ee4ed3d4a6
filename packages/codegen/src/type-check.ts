/**
 * Type-checks a generated file set as a whole with ts-morph, under `strict` plus the checks that
 * catch dead code (unused locals and imports), before anything is written. The files stay in
 * memory; `@oda-codegen/runtime` (or the configured specifier) resolves to the runtime's sources.
 */
import * as path from "node:path";
import { Project, ts } from "ts-morph";
import type { CodegenDiagnostic } from "./codegen-error";
import { fingerprintDir, hashOf } from "./cache";
import type { GeneratedFile } from "./generated-file";

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
  return hashOf(ts.version, TYPE_CHECK_VERSION, options.runtimeImport, entry, fingerprintDir(path.dirname(entry)));
}

/** Bump when the compiler options below change. */
const TYPE_CHECK_VERSION = "1";

/** Compiler diagnostics of the generated files (empty when the set compiles). */
export function typeCheck(files: readonly GeneratedFile[], options: TypeCheckOptions): CodegenDiagnostic[] {
  // A folder inside the repository, so that node_modules resolution works; nothing is written there.
  const root = path.join(REPO_ROOT, ".tmp-codegen-check");
  const project = new Project({
    compilerOptions: {
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
      paths: { [options.runtimeImport]: [options.runtimeEntry ?? RUNTIME_ENTRY] },
    },
    skipAddingFilesFromTsConfig: true,
  });
  const sources = files
    .filter((f) => f.path.endsWith(".ts"))
    .map((f) => ({ file: f, source: project.createSourceFile(path.join(root, f.path), f.content, { overwrite: true }) }));
  const program = project.getProgram().compilerObject;
  const diagnostics: CodegenDiagnostic[] = [];
  for (const { file, source } of sources) {
    const sf = program.getSourceFile(source.getFilePath());
    if (!sf) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
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
