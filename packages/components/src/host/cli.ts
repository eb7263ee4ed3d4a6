/**
 * `oda-host`: run the components of a manifest, check a manifest, write the nats-server
 * configuration it implies, or emit the TM Forum ODA Component manifests of its components.
 *
 *   oda-host [run] <manifest.yaml> [--only a,b] [--health-port n]   start; SIGINT/SIGTERM drain and stop
 *   oda-host check <manifest.yaml>                                  validate only
 *   oda-host nats-config <manifest.yaml> [--listen host:port]
 *   oda-host oda-component <manifest.yaml> [--out dir] [--models path]... [--only a,b]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { BUILT_IN_COMPONENTS } from "../builtin-registry";
import {
  defaultModelPaths,
  loadContractModel,
  odaComponent,
  renderOdaComponent,
} from "../oda-component";
import { startHost } from "./host";
import { formatManifestIssues, loadManifestFile } from "./manifest";
import type { ComponentRegistry } from "./component-module";
import type { HostManifest } from "./manifest-types";
import { natsServerConfig } from "./nats-permissions";
import { selectComponents } from "./select";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Resolves with the signal name when the process is asked to stop. */
  stopSignal(): Promise<string>;
}

const COMMANDS = ["run", "check", "nats-config", "oda-component"];
const USAGE = `usage: oda-host [run] <manifest.yaml> [--only name,…] [--health-port n]
       oda-host check <manifest.yaml>
       oda-host nats-config <manifest.yaml> [--listen host:port]
       oda-host oda-component <manifest.yaml> [--out dir] [--models path]… [--only name,…]`;

export async function main(
  args: readonly string[],
  io: CliIo = processIo(),
  registry: ComponentRegistry = BUILT_IN_COMPONENTS,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        listen: { type: "string" },
        only: { type: "string" },
        "health-port": { type: "string" },
        out: { type: "string" },
        models: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
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
  const command = COMMANDS.includes(positionals[0] ?? "") ? (positionals.shift() as string) : "run";
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    io.err(USAGE);
    return 2;
  }
  const healthPort = parsed.values["health-port"];
  if (healthPort !== undefined && !/^\d{1,5}$/.test(healthPort)) {
    io.err(`--health-port must be a port number, not "${healthPort}"`);
    return 2;
  }
  const { manifest: full, issues } = loadManifestFile(file);
  if (issues.length > 0) io.err(formatManifestIssues(issues, file));
  if (!full) return 2;
  let manifest: HostManifest = full;
  try {
    if (command === "oda-component" && parsed.values.only !== undefined) {
      // Emitting describes components one by one: what they call need not be selected too.
      const only = parsed.values.only.split(",").map((s) => s.trim());
      const unknown = only.filter((n) => !full.components.some((c) => c.name === n));
      if (unknown.length > 0)
        throw new Error(`--only names unknown components: ${unknown.join(", ")}`);
      manifest = { ...full, components: full.components.filter((c) => only.includes(c.name)) };
    } else if (parsed.values.only !== undefined || healthPort !== undefined) {
      const only = parsed.values.only
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      manifest = selectComponents(
        full,
        only ?? full.components.map((c) => c.name),
        healthPort !== undefined ? Number(healthPort) : only ? undefined : full.health?.port,
      );
    }
  } catch (error) {
    io.err(`oda-host: ${(error as Error).message}`);
    return 2;
  }
  if (command === "check") {
    io.out(`${file}: ${manifest.components.length} components, no errors`);
    return 0;
  }
  if (command === "nats-config") {
    io.out(natsServerConfig(manifest, { listen: parsed.values.listen }).trimEnd());
    return 0;
  }
  if (command === "oda-component") return emitOdaComponents(file, manifest, parsed.values, io);
  let host;
  try {
    host = await startHost(manifest, registry, {
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

function emitOdaComponents(
  file: string,
  manifest: HostManifest,
  options: { out?: string; models?: string[] },
  io: CliIo,
): number {
  const paths = options.models ?? defaultModelPaths(path.dirname(path.resolve(file)));
  if (!paths) {
    io.err("oda-host: no --models given and no oda-codegen.json above the manifest");
    return 2;
  }
  let texts: [string, string][];
  try {
    const model = loadContractModel(paths);
    const source = path.relative(process.cwd(), file) || file;
    texts = manifest.components.map((c) => [
      c.name,
      renderOdaComponent(odaComponent(manifest, c, model), source),
    ]);
  } catch (error) {
    io.err(`oda-host: ${(error as Error).message}`);
    return 1;
  }
  if (options.out === undefined) {
    io.out(texts.map(([, text]) => text.trimEnd()).join("\n---\n"));
    return 0;
  }
  fs.mkdirSync(options.out, { recursive: true });
  for (const [name, text] of texts) {
    const target = path.join(options.out, `${name}.yaml`);
    fs.writeFileSync(target, text);
    io.out(`wrote ${target}`);
  }
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
