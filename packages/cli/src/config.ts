/**
 * `oda-codegen.json`: the build config, in the spirit of smithy-build.json. Paths are relative to
 * the config file. Command-line flags override it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./usage-error";

export interface BuildConfig {
  /** Model files or directories (every .smithy and .json below a directory). */
  sources: string[];
  /** Services to generate (absolute shape ids); empty means every service in the sources. */
  services: string[];
  /** Output directory for generated code. */
  output: string;
  /** Import specifier generated code uses for the runtime. */
  runtimeImport?: string;
  /**
   * `"docs": {}` also writes a Markdown page per service and an index into the output folder;
   * `"docs": { "manifest": "host.yaml" }` adds a diagram of that host manifest's components.
   */
  docs?: DocsConfig;
  /** Where the config was read from, for messages; undefined when built from defaults. */
  file?: string;
}

export interface DocsConfig {
  /** A host manifest (docs/host.md), absolute once loaded. */
  manifest?: string;
}

export const CONFIG_FILE = "oda-codegen.json";
const DEFAULTS = { sources: ["models"], services: [], output: "generated" };

export function loadConfig(configPath: string | undefined, cwd = process.cwd()): BuildConfig {
  const file = path.resolve(cwd, configPath ?? CONFIG_FILE);
  if (!fs.existsSync(file)) {
    if (configPath) throw new UsageError(`config file not found: ${file}`);
    return resolvePaths({ ...DEFAULTS }, cwd);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return { ...resolvePaths(readConfig(raw, file), path.dirname(file)), file };
}

function readConfig(raw: unknown, file: string): BuildConfig {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new UsageError(`${file}: expected a JSON object`);
  }
  const obj = raw as Record<string, unknown>;
  const known = new Set(["$schema", "sources", "services", "output", "runtimeImport", "docs"]);
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) throw new UsageError(`${file}: unknown setting "${key}"`);
  }
  const strings = (key: string, fallback: string[]): string[] => {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
      throw new UsageError(`${file}: "${key}" must be an array of strings`);
    }
    return value;
  };
  const output = obj.output ?? DEFAULTS.output;
  if (typeof output !== "string") throw new UsageError(`${file}: "output" must be a string`);
  const runtimeImport = obj.runtimeImport;
  if (runtimeImport !== undefined && typeof runtimeImport !== "string") {
    throw new UsageError(`${file}: "runtimeImport" must be a string`);
  }
  const docs = readDocs(obj.docs, file);
  return {
    sources: strings("sources", DEFAULTS.sources),
    services: strings("services", DEFAULTS.services),
    output,
    ...(runtimeImport ? { runtimeImport } : {}),
    ...(docs ? { docs } : {}),
  };
}

function readDocs(value: unknown, file: string): DocsConfig | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(`${file}: "docs" must be an object, e.g. { "manifest": "host.yaml" }`);
  }
  const docs = value as Record<string, unknown>;
  for (const key of Object.keys(docs)) {
    if (key !== "manifest") throw new UsageError(`${file}: unknown setting "docs.${key}"`);
  }
  if (docs.manifest !== undefined && typeof docs.manifest !== "string") {
    throw new UsageError(`${file}: "docs.manifest" must be a string`);
  }
  return docs.manifest !== undefined ? { manifest: docs.manifest } : {};
}

function resolvePaths(config: BuildConfig, base: string): BuildConfig {
  return {
    ...config,
    sources: config.sources.map((s) => path.resolve(base, s)),
    output: path.resolve(base, config.output),
    ...(config.docs
      ? {
          docs:
            config.docs.manifest !== undefined
              ? { manifest: path.resolve(base, config.docs.manifest) }
              : {},
        }
      : {}),
  };
}
