/**
 * Generates code into a scratch folder inside the repository (so that `@oda-codegen/runtime`
 * resolves) and loads it, for tests that run the generated code.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Model } from "@oda-codegen/smithy";
import { generateCode, syncGeneratedFiles, type GeneratedFile } from "@oda-codegen/codegen";

export const SCRATCH_ROOT = path.resolve(__dirname, "..", "..", "..", "..", ".tmp-codegen-test");

export interface GeneratedSet {
  readonly dir: string;
  readonly files: GeneratedFile[];
  /** Loads `<dir>/<folder>/index.ts`. */
  load<T = Record<string, unknown>>(folder: string): T;
  remove(): void;
}

export async function generateInto(model: Model, name: string, services?: string[]): Promise<GeneratedSet> {
  const files = await generateCode(model, services ? { services } : {});
  const dir = path.join(SCRATCH_ROOT, `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  syncGeneratedFiles(dir, files, { dryRun: false });
  return {
    dir,
    files,
    load: <T>(folder: string) => require(path.join(dir, folder, "index.ts")) as T,
    remove: () => {
      fs.rmSync(dir, { recursive: true, force: true });
      // Leave no empty scratch root behind (another suite may still be using it: then keep it).
      try {
        fs.rmdirSync(SCRATCH_ROOT);
      } catch {
        // not empty or already gone
      }
    },
  };
}
