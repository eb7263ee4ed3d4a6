/**
 * Parsing and validating the host manifest (docs/host.md). Every problem comes back as a located
 * issue (line:col from the yaml library); the manifest is returned only when there is no error.
 */
import * as fs from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { checkManifest } from "./manifest-checks";
import { ManifestReader, type Path } from "./manifest-reader";
import {
  FrontEnds,
  StoreKind,
  type ComponentManifest,
  type HostManifest,
  type ManifestIssue,
  type RestAuthManifest,
  type TransportManifest,
} from "./manifest-types";

export interface ParseManifestOptions {
  /** Values for `${VAR}` in strings; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface ParsedManifest {
  /** Undefined when any issue is an error. */
  readonly manifest?: HostManifest;
  /** Errors and warnings, in source order. */
  readonly issues: readonly ManifestIssue[];
}

const NAME = {
  pattern: /^[a-z][a-z0-9-]{0,62}$/,
  describe: "lower-case letters, digits and '-', starting with a letter",
};
const SHAPE_ID = {
  pattern: /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*$/,
  describe: "an absolute Smithy shape id such as oda.tmf638#ServiceInventory",
};
const IMPLEMENTATION = {
  pattern: /^[^\s#]+(#[A-Za-z_$][A-Za-z0-9_$]*)?$/,
  describe: "a registered name or module#export",
};
const BASE_PATH = {
  pattern: /^\/$|^(\/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)+$/,
  describe: "a path such as /tmf-api/serviceInventory/v4 (no trailing slash)",
};
const LATTICE = {
  pattern: /^[A-Za-z0-9_-]+$/,
  describe: "a NATS subject token: letters, digits, '-' or '_'",
};
const NATS_URL = {
  pattern: /^(nats|tls|ws|wss):\/\/\S+$/,
  describe: "a nats://, tls://, ws:// or wss:// URL",
};
const REDIS_URL = { pattern: /^rediss?:\/\/\S+$/, describe: "a redis:// or rediss:// URL" };

export function parseManifest(text: string, options: ParseManifestOptions = {}): ParsedManifest {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const reader = new ManifestReader(doc, lines, options.env ?? process.env);
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e): ManifestIssue => {
      const { line, col } = lines.linePos(e.pos[0]);
      return {
        severity: "error",
        code: "YAML_SYNTAX",
        path: "",
        line,
        column: col,
        message: `${e.code}: ${e.message.split("\n")[0]}`,
      };
    });
    return { issues };
  }
  const manifest = readManifest(reader, doc.toJS({ maxAliasCount: 100 }));
  if (manifest) checkManifest(manifest, reader);
  const issues = [...reader.issues].sort((a, b) => a.line - b.line || a.column - b.column);
  return reader.hasErrors || !manifest ? { issues } : { manifest, issues };
}

/** Reads and parses a manifest file; a file that cannot be read is one located issue too. */
export function loadManifestFile(file: string, options?: ParseManifestOptions): ParsedManifest {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const message = `cannot read ${file}: ${(error as Error).message}`;
    return {
      issues: [{ severity: "error", code: "REQUIRED", path: "", line: 1, column: 1, message }],
    };
  }
  return parseManifest(text, options);
}

/** `file:line:col: ERROR [CODE] message`, one line per issue, as the CLI prints model events. */
export function formatManifestIssues(issues: readonly ManifestIssue[], file = "manifest"): string {
  return issues
    .map(
      (i) =>
        `${file}:${i.line}:${i.column}: ${i.severity.toUpperCase()} [${i.code}] ${i.message}${i.path ? ` (at ${i.path})` : ""}`,
    )
    .join("\n");
}

function readManifest(r: ManifestReader, root: unknown): HostManifest | undefined {
  const top = r.object(root ?? undefined, [], "the manifest");
  if (!top) return undefined;
  r.onlyKeys(top, [], ["components", "transport", "redis", "health"]);
  const transport = readTransport(r, top.transport);
  const list = r.list(top.components, ["components"], "components");
  const components: ComponentManifest[] = [];
  list?.forEach((item, i) => {
    const component = readComponent(r, item, ["components", i]);
    if (component) components.push(component);
  });
  if (list && list.length === 0)
    r.error("REQUIRED", ["components"], "components must name at least one component");
  let redis: HostManifest["redis"];
  if (top.redis !== undefined) {
    const value = r.object(top.redis, ["redis"], "redis");
    if (value) {
      r.onlyKeys(value, ["redis"], ["url"]);
      const url = r.string(value.url, ["redis", "url"], "redis.url", REDIS_URL);
      if (url) redis = { url };
    }
  }
  let health: HostManifest["health"];
  if (top.health !== undefined) {
    const value = r.object(top.health, ["health"], "health");
    if (value) {
      r.onlyKeys(value, ["health"], ["port"]);
      const port = r.port(value.port, ["health", "port"], "health.port");
      if (port) health = { port };
    }
  }
  if (!transport || r.hasErrors) return undefined;
  const lattice = transport.kind === "nats" ? transport.lattice : "default";
  return {
    components,
    transport,
    lattice,
    ...(redis ? { redis } : {}),
    ...(health ? { health } : {}),
  };
}

function readTransport(r: ManifestReader, value: unknown): TransportManifest | undefined {
  if (value === undefined || value === "inProcess") return { kind: "inProcess" };
  const path: Path = ["transport"];
  if (typeof value === "string") {
    r.error(
      "ENUM",
      path,
      `transport must be inProcess or a mapping { nats: { servers, lattice } }, got ${JSON.stringify(value)}`,
    );
    return undefined;
  }
  const object = r.object(value, path, "transport");
  if (!object) return undefined;
  r.onlyKeys(object, path, ["nats"]);
  const nats = r.object(object.nats, [...path, "nats"], "transport.nats");
  if (!nats) return undefined;
  r.onlyKeys(nats, [...path, "nats"], ["servers", "lattice"]);
  const rawServers = typeof nats.servers === "string" ? [nats.servers] : nats.servers;
  const serverList = r.list(rawServers, [...path, "nats", "servers"], "transport.nats.servers");
  const servers = (serverList ?? [])
    .map((s, i) =>
      r.string(
        s,
        [...path, "nats", "servers", ...(Array.isArray(nats.servers) ? [i] : [])],
        "a NATS server",
        NATS_URL,
      ),
    )
    .filter((s): s is string => s !== undefined);
  if (serverList && serverList.length === 0)
    r.error("REQUIRED", [...path, "nats", "servers"], "name at least one NATS server");
  const lattice = r.string(
    nats.lattice,
    [...path, "nats", "lattice"],
    "transport.nats.lattice",
    LATTICE,
  );
  if (!serverList || servers.length !== serverList.length || !lattice) return undefined;
  return { kind: "nats", servers, lattice };
}

const HEADER_NAME = { pattern: /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, describe: "an HTTP header name" };

/** `rest.auth: { apiKeys: [...] | bearerTokens: [...], header? }`; null when it has an error. */
function readRestAuth(r: ManifestReader, value: unknown, path: Path): RestAuthManifest | null {
  const object = r.object(value ?? undefined, path, "rest.auth");
  if (!object) return null;
  r.onlyKeys(object, path, ["apiKeys", "bearerTokens", "header"]);
  const kinds = (["apiKeys", "bearerTokens"] as const).filter((k) => object[k] !== undefined);
  if (kinds.length !== 1) {
    r.error("REQUIRED", path, "rest.auth needs exactly one of apiKeys or bearerTokens");
    return null;
  }
  const kind = kinds[0]!;
  const secrets: string[] = [];
  const list = r.list(object[kind], [...path, kind], `rest.auth.${kind}`);
  list?.forEach((item, i) => {
    const secret = r.string(item, [...path, kind, i], "a credential");
    if (secret === "") r.error("FORMAT", [...path, kind, i], "a credential must not be empty");
    else if (secret !== undefined) secrets.push(secret);
  });
  if (list && list.length === 0) r.error("REQUIRED", [...path, kind], `rest.auth.${kind} must name at least one credential`);
  const header =
    object.header === undefined ? undefined : r.string(object.header, [...path, "header"], "rest.auth.header", HEADER_NAME);
  if (!list || secrets.length !== list.length || (object.header !== undefined && header === undefined)) return null;
  const base = header === undefined ? {} : { header };
  return kind === "apiKeys" ? { apiKeys: secrets, ...base } : { bearerTokens: secrets, ...base };
}

function readComponent(
  r: ManifestReader,
  value: unknown,
  path: Path,
): ComponentManifest | undefined {
  const c = r.object(value, path, "a component");
  if (!c) return undefined;
  r.onlyKeys(c, path, [
    "name",
    "contract",
    "implementation",
    "frontEnds",
    "rest",
    "store",
    "calls",
  ]);
  const name = r.string(c.name, [...path, "name"], "name", NAME);
  const contract = r.string(c.contract, [...path, "contract"], "contract", SHAPE_ID);
  const implementation = r.string(
    c.implementation,
    [...path, "implementation"],
    "implementation",
    IMPLEMENTATION,
  );
  const frontEnds =
    c.frontEnds === undefined
      ? FrontEnds.NATIVE
      : r.oneOf(c.frontEnds, [...path, "frontEnds"], "frontEnds", Object.values(FrontEnds));
  const store =
    c.store === undefined
      ? StoreKind.MEMORY
      : r.oneOf(c.store, [...path, "store"], "store", Object.values(StoreKind));
  const calls: string[] = [];
  if (c.calls !== undefined) {
    r.list(c.calls, [...path, "calls"], "calls")?.forEach((item, i) => {
      const id = r.string(item, [...path, "calls", i], "a called contract", SHAPE_ID);
      if (id === undefined) return;
      if (calls.includes(id))
        r.report("warning", "DUPLICATE", [...path, "calls", i], `${id} is listed twice`);
      else calls.push(id);
    });
  }
  let rest: ComponentManifest["rest"];
  const wantsRest = frontEnds === FrontEnds.REST || frontEnds === FrontEnds.BOTH;
  if (c.rest === undefined) {
    if (wantsRest)
      r.error(
        "REQUIRED",
        [...path, "rest"],
        `frontEnds ${frontEnds} needs rest: { port, basePath }`,
      );
  } else if (!wantsRest && frontEnds !== undefined) {
    r.report(
      "warning",
      "UNKNOWN_KEY",
      [...path, "rest"],
      "rest is ignored: frontEnds is native",
      true,
    );
  } else {
    const object = r.object(c.rest, [...path, "rest"], "rest");
    if (object) {
      r.onlyKeys(object, [...path, "rest"], ["port", "basePath", "auth"]);
      const port = r.port(object.port, [...path, "rest", "port"], "rest.port");
      const basePath = r.string(
        object.basePath,
        [...path, "rest", "basePath"],
        "rest.basePath",
        BASE_PATH,
      );
      const auth =
        object.auth === undefined ? undefined : readRestAuth(r, object.auth, [...path, "rest", "auth"]);
      if (port && basePath && auth !== null) rest = { port, basePath, ...(auth ? { auth } : {}) };
    }
  }
  if (!name || !contract || !implementation || !frontEnds || !store || (wantsRest && !rest))
    return undefined;
  return { name, contract, implementation, frontEnds, ...(rest ? { rest } : {}), store, calls };
}
