/**
 * NATS names of the native protocol (docs/native-protocol.md): one subject per operation,
 * `oda.<lattice>.<Service>.<Operation>`, so several deployments (lattices) share one NATS.
 */
export const SUBJECT_ROOT = "oda";
export const DEFAULT_LATTICE = "default";

/** A NATS subject token and a NATS micro name: letters, digits, `-` and `_`. */
const TOKEN = /^[A-Za-z0-9_-]+$/;

export function checkToken(what: string, value: string): string {
  if (!TOKEN.test(value)) {
    throw new TypeError(
      `${what} ${JSON.stringify(value)} must be a NATS token: letters, digits, "-" or "_"`,
    );
  }
  return value;
}

/** The group subject of a service: `oda.<lattice>.<Service>`. */
export function natsServiceSubject(lattice: string, serviceName: string): string {
  return `${SUBJECT_ROOT}.${checkToken("lattice", lattice)}.${checkToken("service name", serviceName)}`;
}

/** The endpoint subject of an operation: `oda.<lattice>.<Service>.<Operation>`. */
export function natsSubject(lattice: string, serviceName: string, operationName: string): string {
  return `${natsServiceSubject(lattice, serviceName)}.${checkToken("operation name", operationName)}`;
}

/** NATS micro requires semver; a Smithy version such as `2024-01-31` becomes `0.0.0`. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export function microVersion(version: string): string {
  return SEMVER.test(version) ? version : "0.0.0";
}
