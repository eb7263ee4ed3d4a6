/**
 * The REST front end of a service: `rest.ts` with the binding descriptor as JSON text,
 * `create<Service>RestHandler` and `create<Service>RestClient` (template templates/rest/rest.hbs).
 * The generator adds it for every service with `@http` operations.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Handlebars from "handlebars";
import type { Model, ServiceShape } from "@oda-codegen/smithy";
import { TEMPLATES_DIR } from "../render";
import { collectClosure } from "../view-model/closure";
import { buildRestSchema, hasHttpBindings } from "./schema-builder";

export { buildRestSchema, hasHttpBindings, bindings } from "./schema-builder";

let compiled: ((context: object) => string) | undefined;

function template(): (context: object) => string {
  if (!compiled) {
    const hbs = Handlebars.create();
    hbs.registerPartial("header", fs.readFileSync(path.join(TEMPLATES_DIR, "header.hbs"), "utf8"));
    const source = fs.readFileSync(path.join(TEMPLATES_DIR, "rest", "rest.hbs"), "utf8");
    compiled = hbs.compile(source, { noEscape: true, strict: true });
  }
  return compiled;
}

/**
 * JSON text as the body of a String.raw template literal: backslashes stay as they are (JSON's own
 * escapes), and the two sequences a template literal would read (a backtick, `${`) become JSON's
 * `\u` escapes, which JSON.parse turns back into the same characters.
 */
export function rawTemplateText(json: string): string {
  return json.replace(/`/g, "\\u0060").replace(/\$\{/g, "$\\u007b");
}

export interface RestFileOptions {
  /** The module specifier generated code imports the runtime from. */
  runtimeImport?: string;
}

/**
 * The content of `<service folder>/rest.ts`, or undefined when no operation of the service has
 * `@http`. It imports `<Service>Descriptor` from `./native` and the interface from `./service`,
 * the names H4's generator gives them.
 */
export function generateRestFile(model: Model, serviceId: string, options: RestFileOptions = {}): string | undefined {
  if (!hasHttpBindings(model, serviceId)) return undefined;
  const service = model.expectShape(serviceId) as ServiceShape;
  const name = collectClosure(model, service).nameOf(service.id);
  const schema = buildRestSchema(model, serviceId);
  return template()({
    sourceService: service.id,
    runtimeImport: options.runtimeImport ?? "@oda-codegen/runtime",
    name,
    descriptor: `${name}Descriptor`,
    schemaConst: `${name}Rest`,
    schemaJson: rawTemplateText(JSON.stringify(schema, null, 2)),
    handlerFactory: `create${name}RestHandler`,
    clientFactory: `create${name}RestClient`,
  });
}
