import { assembleModel, type AssemblyResult } from "@oda-codegen/smithy";
import * as fs from "node:fs";
import { UsageError } from "./usage-error";

/** Loads model files and directories together, after checking that each path exists. */
export function loadModels(paths: readonly string[]): AssemblyResult {
  if (paths.length === 0) throw new UsageError("no model files or directories given");
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);
  }
  return assembleModel({ paths: [...paths] });
}
