import { watch } from "chokidar";
import type { BuildConfig } from "../config";
import { runGenerate } from "./generate";

const MODEL_FILE = /\.(smithy|json)$/;

/**
 * `--watch`: regenerate whenever a model source changes; errors are printed, never fatal.
 * chokidar rather than `fs.watch(dir, { recursive: true })`: on Linux, Node 20's recursive watch
 * stops reporting a file once an editor saves it by renaming a new file over it.
 */
export async function watchAndGenerate(
  config: BuildConfig,
  report: (err: unknown) => void,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const regenerate = () => {
    running = running.then(() => runGenerate({ config, dryRun: false })).catch(report);
  };
  await runGenerate({ config, dryRun: false }).catch(report);
  const watcher = watch([...config.sources], {
    ignoreInitial: true,
    // Directories are always followed; only model files trigger a regeneration.
    ignored: (file, stats) => stats?.isFile() === true && !MODEL_FILE.test(file),
  });
  watcher.on("all", () => {
    clearTimeout(timer);
    // Editors write in bursts; one regeneration per burst.
    timer = setTimeout(regenerate, 100);
  });
  watcher.on("error", report);
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  process.stdout.write(`watching ${config.sources.length} source path(s); Ctrl-C to stop\n`);
}
