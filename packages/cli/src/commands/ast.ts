import { formatJsonAst, isFailure } from "@oda-codegen/smithy";
import { loadModels } from "../load-model";
import { formatEventReport } from "../report-events";

/** `oda-codegen ast <file|dir>...`: the assembled model as Smithy JSON AST 2.0 on stdout. */
export function runAst(paths: string[], options: { includePrelude?: boolean }): number {
  const result = loadModels(paths);
  if (!result.model || result.events.some(isFailure)) {
    process.stderr.write(formatEventReport(result.events) + "\n");
    return 1;
  }
  // formatJsonAst, not JSON.stringify: numbers beyond the double range must not become `null`.
  process.stdout.write(formatJsonAst(result.model, { includePrelude: options.includePrelude ?? false }) + "\n");
  return 0;
}
