/**
 * Handlebars templates from the repository's `templates/` folder, compiled once per process.
 * Templates only lay out text; every decision is made in the view model.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Handlebars from "handlebars";

export const TEMPLATES_DIR = path.resolve(__dirname, "..", "..", "..", "templates");

const PARTIALS = {
  header: "header.hbs",
  structure: "types/structure.hbs",
  union: "types/union.hbs",
  enum: "types/enum.hbs",
  alias: "types/alias.hbs",
  helpers: "codecs/helpers.hbs",
} as const;

export const TEMPLATES = {
  types: "types/types.hbs",
  errors: "types/errors.hbs",
  codecs: "codecs/codecs.hbs",
  service: "native/service.hbs",
  native: "native/native.hbs",
  index: "index.hbs",
} as const;
export type TemplateName = keyof typeof TEMPLATES;

type Compiled = (context: object) => string;
let compiled: Map<TemplateName, Compiled> | undefined;

function load(file: string): string {
  return fs.readFileSync(path.join(TEMPLATES_DIR, file), "utf8");
}

function compileAll(): Map<TemplateName, Compiled> {
  const hbs = Handlebars.create();
  hbs.registerHelper("join", (items: unknown) => (Array.isArray(items) ? items.join(", ") : ""));
  for (const [name, file] of Object.entries(PARTIALS)) hbs.registerPartial(name, load(file));
  const result = new Map<TemplateName, Compiled>();
  for (const [name, file] of Object.entries(TEMPLATES) as [TemplateName, string][]) {
    result.set(name, hbs.compile(load(file), { noEscape: true, strict: true }));
  }
  return result;
}

export function render(template: TemplateName, context: object): string {
  compiled ??= compileAll();
  return compiled.get(template)!(context);
}
