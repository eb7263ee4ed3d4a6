/**
 * `oda-host run --only a,b`: the part of a manifest one process runs, so that one manifest can
 * run the whole canvas in one process or one component per process on NATS.
 */
import { HostError } from "./component-module";
import type { HostManifest } from "./manifest-types";

/**
 * The manifest restricted to the named components (manifest order kept). The health endpoint is
 * dropped unless `healthPort` is given, since the processes sharing one manifest cannot share a
 * port. In process, every contract the selection calls must be served by the selection.
 */
export function selectComponents(
  manifest: HostManifest,
  only: readonly string[],
  healthPort?: number,
): HostManifest {
  const known = new Set(manifest.components.map((c) => c.name));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new HostError(
      undefined,
      `--only names ${unknown.map((n) => `"${n}"`).join(", ")}, not in the manifest (components: ${[...known].join(", ")})`,
    );
  const components = manifest.components.filter((c) => only.includes(c.name));
  if (manifest.transport.kind === "inProcess") {
    const served = new Set(components.map((c) => c.contract));
    for (const c of components) {
      const missing = c.calls.find((call) => !served.has(call));
      if (missing)
        throw new HostError(
          c.name,
          `calls ${missing}, which no selected component serves; in process, --only must keep the contracts it calls (or use a NATS transport)`,
        );
    }
  }
  const { health: _health, ...rest } = manifest;
  return {
    ...rest,
    components,
    ...(healthPort !== undefined ? { health: { port: healthPort } } : {}),
  };
}
