/** Checks across components, once each component reads well on its own. */
import type { ManifestReader } from "./manifest-reader";
import { type HostManifest, serviceNameOf } from "./manifest-types";

export function checkManifest(manifest: HostManifest, r: ManifestReader): void {
  const names = new Map<string, number>();
  const served = new Map<string, number>();
  const serviceNames = new Map<string, string>();
  const ports = new Map<number, string>();
  if (manifest.health) ports.set(manifest.health.port, "the health endpoint");

  manifest.components.forEach((c, i) => {
    const at = ["components", i] as const;
    const first = names.get(c.name);
    if (first !== undefined)
      r.error(
        "DUPLICATE",
        [...at, "name"],
        `component name "${c.name}" is already used by components[${first}]`,
      );
    else names.set(c.name, i);

    const servedBy = served.get(c.contract);
    if (servedBy !== undefined) {
      r.report(
        "warning",
        "DUPLICATE",
        [...at, "contract"],
        `${c.contract} is also served by components[${servedBy}]: calls are shared between them`,
      );
    } else served.set(c.contract, i);

    // Subjects carry the service name only (oda.<lattice>.<Service>.<Operation>): two namespaces may not share it.
    const name = serviceNameOf(c.contract);
    const other = serviceNames.get(name);
    if (other !== undefined && other !== c.contract) {
      r.error(
        "SUBJECT_COLLISION",
        [...at, "contract"],
        `${c.contract} and ${other} would share the NATS subjects oda.${manifest.lattice}.${name}.*`,
      );
    } else serviceNames.set(name, c.contract);

    if (c.rest) {
      const owner = ports.get(c.rest.port);
      if (owner !== undefined)
        r.error(
          "PORT_CONFLICT",
          [...at, "rest", "port"],
          `port ${c.rest.port} is already used by ${owner}`,
        );
      else ports.set(c.rest.port, `component "${c.name}"`);
    }
    if (c.store === "redis" && !manifest.redis) {
      r.error("REQUIRED", [...at, "store"], `store redis needs redis: { url } at the top level`);
    }
  });

  // In process, a called contract must be served in this host; on NATS it may be served elsewhere.
  if (manifest.transport.kind === "inProcess") {
    manifest.components.forEach((c, i) =>
      c.calls.forEach((id, j) => {
        if (!served.has(id)) {
          r.error(
            "UNSERVED_CONTRACT",
            ["components", i, "calls", j],
            `no component in this manifest serves ${id}, and the transport is in-process`,
          );
        }
      }),
    );
  }
}
