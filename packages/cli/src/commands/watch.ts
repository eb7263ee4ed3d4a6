import * as fs from "node:fs";
import type { BuildConfig } from "../config";
import { runGenerate } from "./generate";

/** `--watch`: regenerate whenever a model source changes; errors are printed, never fatal. */
export async function watchAndGenerate(config: BuildConfig, report: (err: unknown) => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const regenerate = () => {
    running = running.then(() => runGenerate({ config, dryRun: false })).catch(report);
  };
  await runGenerate({ config, dryRun: false }).catch(report);
  for (const source of config.sources) {
    const recursive = fs.statSync(source).isDirectory();
    fs.watch(source, { recursive }, (_event, file) => {
      if (file && !/\.(smithy|json)$/.test(String(file))) return;
      clearTimeout(timer);
      // Editors write in bursts; one regeneration per burst.
      timer = setTimeout(regenerate, 100);
    });
  }
  process.stdout.write(`watching ${config.sources.length} source path(s); Ctrl-C to stop\n`);
}
