/**
 * One ABMF instance in its own process (so a section can SIGKILL it): the host running the
 * charging branch's `ccs-abmf` component over NATS, its balances in Redis. Argv: NATS URL,
 * Redis URL, lattice. Tells the parent "ready" over IPC once it serves.
 */
import { parseManifest, startHost } from "@oda-codegen/components/src/host";
import { ccsComponentModules } from "@oda-codegen/components/src/ccs";

async function main(): Promise<void> {
  const [nats, redis, lattice] = process.argv.slice(2);
  const parsed = parseManifest(`transport: { nats: { servers: ["${nats}"], lattice: ${lattice} } }
redis: { url: "${redis}" }
components:
  - { name: abmf, contract: "oda.ccs.abmf#BalanceManagement", implementation: ccs-abmf, store: redis }
`);
  if (!parsed.manifest) throw new Error(JSON.stringify(parsed.issues));
  const host = await startHost(parsed.manifest, ccsComponentModules, { log: () => undefined });
  process.send?.("ready");
  process.on("SIGTERM", () => void host.close().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(`abmf-instance: ${(error as Error).message}`);
  process.exit(1);
});
