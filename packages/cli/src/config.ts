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
  /** Where the config was read from, for messages; undefined when built from defaults. */
  file?: string;
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
  const known = new Set(["$schema", "sources", "services", "output", "runtimeImport"]);
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
  return {
    sources: strings("sources", DEFAULTS.sources),
    services: strings("services", DEFAULTS.services),
    output,
    ...(runtimeImport ? { runtimeImport } : {}),
  };
}

function resolvePaths(config: BuildConfig, base: string): BuildConfig {
  return {
    ...config,
    sources: config.sources.map((s) => path.resolve(base, s)),
    output: path.resolve(base, config.output),
  };
}
