/**
 * `oda-host`: run the components of a manifest, check a manifest, or write the nats-server
 * configuration it implies.
 *
 *   oda-host [run] <manifest.yaml>                   start; SIGINT/SIGTERM drain and stop
 *   oda-host check <manifest.yaml>                   validate only
 *   oda-host nats-config <manifest.yaml> [--listen host:port]
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { startHost } from "./host";
import { formatManifestIssues, loadManifestFile } from "./manifest";
import { natsServerConfig } from "./nats-permissions";
import { BUILT_IN_COMPONENTS } from "./registry";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Resolves with the signal name when the process is asked to stop. */
  stopSignal(): Promise<string>;
}

const USAGE = "usage: oda-host [run|check|nats-config] <manifest.yaml> [--listen host:port]";

export async function main(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { listen: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const positionals = [...parsed.positionals];
  const command = ["run", "check", "nats-config"].includes(positionals[0] ?? "")
    ? (positionals.shift() as string)
    : "run";
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    io.err(USAGE);
    return 2;
  }
  const { manifest, issues } = loadManifestFile(file);
  if (issues.length > 0) io.err(formatManifestIssues(issues, file));
  if (!manifest) return 2;
  if (command === "check") {
    io.out(`${file}: ${manifest.components.length} components, no errors`);
    return 0;
  }
  if (command === "nats-config") {
    io.out(natsServerConfig(manifest, { listen: parsed.values.listen }).trimEnd());
    return 0;
  }
  let host;
  try {
    host = await startHost(manifest, BUILT_IN_COMPONENTS, {
      baseDir: path.dirname(path.resolve(file)),
      log: io.out,
    });
  } catch (error) {
    io.err(`oda-host: ${(error as Error).message}`);
    return 1;
  }
  io.out(
    `oda-host: ${manifest.components.length} components running (lattice ${manifest.lattice})`,
  );
  const signal = await io.stopSignal();
  io.out(`oda-host: ${signal}: draining in-flight calls`);
  await host.close();
  io.out("oda-host: stopped");
  return 0;
}

function processIo(): CliIo {
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    stopSignal: () =>
      new Promise((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          resolve(signal);
          // A second signal means "now": skip the drain.
          process.once(signal, () => process.exit(130));
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      }),
  };
}
