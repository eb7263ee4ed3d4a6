/**
 * `npm start`: the whole canvas on embedded defaults (canvas/canvas.yaml: one process, in-process
 * native calls, in-memory stores), seeded with a demo subscriber, and the curls to try it.
 *
 *   npm start                        # canvas/canvas.yaml
 *   npm start -- canvas/nats-redis.yaml
 *
 * Ctrl-C drains in-flight calls and stops.
 */
import * as path from "node:path";
import { BUILT_IN_COMPONENTS } from "../packages/components/src/builtin-registry";
import { formatManifestIssues, loadManifestFile, startHost } from "../packages/components/src/host";
import { demoCurls } from "./demo-curls";
import { seedDemo } from "./demo-seed";

async function main(): Promise<number> {
  const file = process.argv[2] ?? path.join(__dirname, "canvas.yaml");
  const { manifest, issues } = loadManifestFile(file);
  if (issues.length > 0) console.error(formatManifestIssues(issues, file));
  if (!manifest) return 2;
  const host = await startHost(manifest, BUILT_IN_COMPONENTS, {
    baseDir: path.dirname(file),
    log: (line) => console.log(line),
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130); // a second Ctrl-C: now
    stopping = true;
    console.log(`${signal}: draining in-flight calls`);
    void host.close().then(() => process.exit(0));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  try {
    const seed = await seedDemo(host.local, { balanceCents: 10_000 });
    const rest = Object.fromEntries(
      host.components
        .filter((c) => c.rest)
        .map((c) => [c.name, c.rest!.replace("://0.0.0.0:", "://127.0.0.1:")]),
    );
    console.log("\nThe canvas is up. REST base URLs:");
    for (const [name, url] of Object.entries(rest)) console.log(`  ${name.padEnd(18)} ${url}`);
    if (host.healthPort)
      console.log(`  ${"health".padEnd(18)} http://127.0.0.1:${host.healthPort}/health`);
    console.log(
      `\nDemo subscriber ${seed.subscriber}: Service ${seed.serviceId}, Product ${seed.productId}, ` +
        `offering ${seed.offeringId} at 0.01 EUR per MB, balance ${(seed.balanceCents / 100).toFixed(2)} EUR.`,
    );
    const curls = demoCurls(rest, seed.subscriber);
    console.log("\nCreate a Service (201, with id and href):");
    console.log(`  ${curls.createService}`);
    console.log(
      "\nStart a charging session for the demo subscriber (Nchf create; 201, Location: …/chargingdata/<ref>):",
    );
    console.log(`  ${curls.createCharging}`);
    console.log("\nThen update and release it, with the <ref> from Location:");
    console.log(`  ${curls.updateCharging}`);
    console.log(`  ${curls.releaseCharging}`);
    console.log("\nCtrl-C stops the canvas.");
  } catch (error) {
    console.error(`npm start: ${(error as Error)?.stack ?? String(error)}`);
    await host.close();
    return 1;
  }
  return new Promise<number>(() => undefined); // runs until a signal
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm start: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  },
);
