import { isFailure } from "@oda-codegen/smithy";
import { loadModels } from "../load-model";
import { formatEventReport } from "../report-events";

/** `oda-codegen validate [file|dir]...`: every event with a code frame; exit 1 on ERROR/DANGER. */
export function runValidate(paths: string[], options: { verbose?: boolean }): number {
  const result = loadModels(paths);
  const report = formatEventReport(result.events, { verbose: options.verbose, color: process.stdout.isTTY });
  const failed = !result.model || result.events.some(isFailure);
  (failed ? process.stderr : process.stdout).write(report + "\n");
  return failed ? 1 : 0;
}
