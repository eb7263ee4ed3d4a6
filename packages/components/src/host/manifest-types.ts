/**
 * The host manifest (docs/host.md): which components one `oda-host` process runs, how each is
 * reached (native, REST or both), where it stores its data, which contracts it may call, and
 * how native calls travel (in process, or NATS with a lattice name).
 */

export const FrontEnds = { NATIVE: "native", REST: "rest", BOTH: "both" } as const;
export type FrontEnds = (typeof FrontEnds)[keyof typeof FrontEnds];

export const StoreKind = { MEMORY: "memory", REDIS: "redis" } as const;
export type StoreKind = (typeof StoreKind)[keyof typeof StoreKind];

export interface RestEndpoint {
  readonly port: number;
  /** e.g. `/tmf-api/serviceInventory/v4`: no trailing slash. */
  readonly basePath: string;
  /** Credentials every REST request must carry (401 otherwise); absent: no check. */
  readonly auth?: RestAuthManifest;
}

/** `rest.auth`: API keys (header default `x-api-key`) or bearer tokens (`Authorization: Bearer`). */
export type RestAuthManifest =
  | { readonly apiKeys: readonly string[]; readonly header?: string }
  | { readonly bearerTokens: readonly string[]; readonly header?: string };

export interface ComponentManifest {
  /** Lower-case, digits and `-`: also the NATS user name, the Redis key part and the log name. */
  readonly name: string;
  /** The Smithy service shape id this component serves, e.g. `oda.tmf638#ServiceInventory`. */
  readonly contract: string;
  /** Which implementation to run: a registered name, or `module#export`. */
  readonly implementation: string;
  readonly frontEnds: FrontEnds;
  /** Present exactly when frontEnds is `rest` or `both`. */
  readonly rest?: RestEndpoint;
  readonly store: StoreKind;
  /** Service shape ids this component may call; every other contract is NOT_PERMITTED. */
  readonly calls: readonly string[];
}

export type TransportManifest =
  | { readonly kind: "inProcess" }
  | { readonly kind: "nats"; readonly servers: readonly string[]; readonly lattice: string };

export interface HostManifest {
  readonly components: readonly ComponentManifest[];
  readonly transport: TransportManifest;
  /** The lattice name: the NATS one, or `default` in process (also the Redis key namespace). */
  readonly lattice: string;
  /** Required when any component uses the Redis store. */
  readonly redis?: { readonly url: string };
  /** The host's health endpoint (`GET /health`), when given. */
  readonly health?: { readonly port: number };
}

export type ManifestIssueCode =
  | "YAML_SYNTAX"
  | "UNKNOWN_KEY"
  | "REQUIRED"
  | "TYPE"
  | "ENUM"
  | "FORMAT"
  | "RANGE"
  | "DUPLICATE"
  | "PORT_CONFLICT"
  | "SUBJECT_COLLISION"
  | "UNSERVED_CONTRACT"
  | "ENV";

/** A problem in the manifest, located like a compiler error (line and column from 1). */
export interface ManifestIssue {
  readonly severity: "error" | "warning";
  readonly code: ManifestIssueCode;
  /** JSON-pointer-like path of the offending value, e.g. `/components/1/rest/port`. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The name part of a shape id: `oda.tmf638#ServiceInventory` → `ServiceInventory`. */
export function serviceNameOf(shapeId: string): string {
  return shapeId.slice(shapeId.indexOf("#") + 1);
}
