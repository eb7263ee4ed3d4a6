/**
 * `oda-codegen init <dir>`: scaffolds a new ODA Component from templates/init/ — a Smithy model, the
 * build config, a component implementing the generated interface, a host manifest, a test and a
 * README. Each `<file>.tmpl` (so that no tool of this repository reads it as source) becomes
 * `<file>` with its placeholders `{{key}}` filled in; the `@oda-codegen/*` dependencies point at this
 * checkout's packages (`file:`), since they are not published.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { kebabCase } from "@oda-codegen/codegen";
import { UsageError } from "../usage-error";

const PACKAGES_DIR = path.resolve(__dirname, "..", "..", "..");
export const INIT_TEMPLATES_DIR = path.resolve(PACKAGES_DIR, "..", "templates", "init");

export interface InitOptions {
  /** The component name (manifest name, package name); default: the folder's name. */
  name?: string;
  /** The Smithy namespace of the model; default `example.<name>`. */
  namespace?: string;
}

const COMPONENT_NAME = /^[a-z][a-z0-9-]{0,62}$/;
const NAMESPACE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function defaultName(dir: string): string {
  return path
    .basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+|-+$/g, "");
}

/** `ticket-desk` → `TicketDesk`: the Smithy service name. */
function pascalCase(name: string): string {
  return name
    .split("-")
    .filter((w) => w.length > 0)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

function templateFiles(dir: string, base = ""): string[] {
  return fs
    .readdirSync(path.join(dir, base), { withFileTypes: true })
    .flatMap((e) => {
      const rel = base ? `${base}/${e.name}` : e.name;
      return e.isDirectory() ? templateFiles(dir, rel) : [rel];
    })
    .sort();
}

function fill(text: string, values: Readonly<Record<string, string>>, file: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(`templates/init/${file}: unknown placeholder {{${key}}}`);
    return value;
  });
}

/** The values the templates use, after checking the options. */
export function initValues(dir: string, options: InitOptions): Record<string, string> {
  const name = options.name ?? defaultName(dir);
  if (!COMPONENT_NAME.test(name)) {
    throw new UsageError(
      `component name "${name}" must be lower-case letters, digits and '-', starting with a letter (use --name)`,
    );
  }
  const namespace = options.namespace ?? `example.${name.replace(/-/g, "_")}`;
  if (!NAMESPACE.test(namespace)) {
    throw new UsageError(
      `namespace "${namespace}" is not a Smithy namespace such as example.tickets`,
    );
  }
  const service = pascalCase(name);
  return {
    name,
    namespace,
    service,
    folder: kebabCase(service),
    packages: PACKAGES_DIR.split(path.sep).join("/"),
  };
}

/** Writes the scaffold; returns the files written, relative to `dir`. */
export function scaffold(dir: string, options: InitOptions): string[] {
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory())
      throw new UsageError(`${dir} exists and is not a directory`);
    if (fs.readdirSync(dir).length > 0)
      throw new UsageError(`${dir} is not empty; init only writes into a new or empty directory`);
  }
  const values = initValues(dir, options);
  // Fill every template before writing anything, so that a failure leaves no half scaffold.
  const files = templateFiles(INIT_TEMPLATES_DIR).map((rel) => ({
    rel: rel.replace(/\.tmpl$/, ""),
    text: fill(fs.readFileSync(path.join(INIT_TEMPLATES_DIR, rel), "utf8"), values, rel),
  }));
  for (const { rel, text } of files) {
    const target = path.join(dir, ...rel.split("/"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  return files.map((f) => f.rel);
}

export function runInit(dir: string, options: InitOptions): number {
  const files = scaffold(dir, options);
  const relative = path.relative(process.cwd(), dir);
  const shown = relative === "" ? "." : relative.startsWith("..") ? dir : relative;
  process.stdout.write(
    `${shown}/: ${files.length} files written (${files.join(", ")})\n` +
      `next: cd ${shown} && npm install && npx oda-codegen && npm test\n`,
  );
  return 0;
}
