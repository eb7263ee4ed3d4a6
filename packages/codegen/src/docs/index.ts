/**
 * Generated documentation: a Markdown page per service (`<folder>/README.md`, beside its code) and
 * an index (`README.md`) that lists them and, given the deployment's components, draws how they
 * link. Markdown is written as is (no formatter) and is deterministic: same model, same bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Handlebars from "handlebars";
import { isNodeObject, nameOf, type Model, type ServiceShape } from "@oda-codegen/smithy";
import type { GeneratedFile } from "../generated-file";
import { kebabCase } from "../names";
import { TEMPLATES_DIR } from "../render";
import { ODA_TRAIT } from "../rest/traits";
import { componentDiagram, frontEndLabel, type ComponentGraph } from "./component-diagram";
import { cell, code, MARKDOWN_HEADER } from "./markdown";
import { buildServicePage } from "./service-page";

export {
  componentDiagram,
  mermaidLabel,
  FRONT_ENDS,
  type ComponentGraph,
  type ComponentNode,
  type FrontEnds,
} from "./component-diagram";
export { MARKDOWN_HEADER } from "./markdown";

export interface DocsOptions {
  /** The deployment's components: the index page draws them and the contracts that link them. */
  readonly components?: ComponentGraph;
}

type Compiled = (context: object) => string;
let templates: { service: Compiled; index: Compiled } | undefined;

function compile(): { service: Compiled; index: Compiled } {
  const hbs = Handlebars.create();
  const load = (file: string) => fs.readFileSync(path.join(TEMPLATES_DIR, "docs", file), "utf8");
  hbs.registerHelper("lowercase", (text: unknown) => String(text).toLowerCase());
  hbs.registerPartial("members", load("members.hbs"));
  hbs.registerPartial("errors", load("errors.hbs"));
  return {
    service: hbs.compile(load("service.hbs"), { noEscape: true }),
    index: hbs.compile(load("index.hbs"), { noEscape: true }),
  };
}

function render(template: "service" | "index", view: object): string {
  templates ??= compile();
  // One blank line at most, one final newline: pages read the same whatever the template spacing.
  return (
    templates[template](view)
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}

/** The folder a service's code and page are generated into (as `generateCode` names it). */
export function serviceFolder(service: ServiceShape): string {
  return kebabCase(nameOf(service.id));
}

export function generateDocs(
  model: Model,
  services: readonly ServiceShape[],
  options: DocsOptions = {},
): GeneratedFile[] {
  const pages = services.map((service) => ({
    service,
    folder: serviceFolder(service),
    page: buildServicePage(model, service),
  }));
  const files: GeneratedFile[] = pages.map((p) => ({
    path: `${p.folder}/README.md`,
    content: render("service", p.page),
  }));
  const pageOf = new Map(pages.map((p) => [p.service.id, `${p.folder}/README.md`]));
  const contractLink = (id: string) => {
    const page = pageOf.get(id);
    return page ? `[${nameOf(id)}](${page})` : code(id);
  };
  const graph = options.components;
  const index = {
    header: MARKDOWN_HEADER,
    services: pages.map((p) => {
      const rest = p.service.traits.get(ODA_TRAIT.restApi);
      return {
        link: contractLink(p.service.id),
        id: code(p.service.id),
        operations: p.page.operations.length,
        rest:
          isNodeObject(rest) && typeof rest.basePath === "string"
            ? code(rest.basePath)
            : p.page.http
              ? "yes"
              : "native only",
      };
    }),
    ...(graph
      ? {
          source: graph.source ? `[${cell(graph.source.split("/").pop())}](${graph.source})` : "",
          diagram: componentDiagram(graph),
          components: graph.components.map((c) => ({
            name: code(c.name),
            serves: contractLink(c.contract),
            frontEnds: frontEndLabel(c.frontEnds),
            calls: c.calls.map(contractLink).join(", "),
          })),
        }
      : {}),
  };
  files.push({ path: "README.md", content: render("index", index) });
  return files;
}
