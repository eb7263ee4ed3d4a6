/**
 * The components of a deployment and the contracts that link them, as a Mermaid flowchart that
 * GitHub renders: one node per component (with its front ends), one per contract, an edge from a
 * component to the contract it serves and a dotted one to each contract it calls.
 * https://mermaid.js.org/syntax/flowchart.html
 *
 * The input is neutral data, not the host manifest itself: codegen does not depend on the
 * components package; the CLI reads the manifest and passes this.
 */
import { nameOf, namespaceOf } from "@oda-codegen/smithy";

export const FRONT_ENDS = ["native", "rest", "both"] as const;
export type FrontEnds = (typeof FRONT_ENDS)[number];

export interface ComponentNode {
  /** The component's name in the manifest, e.g. `service-inventory`. */
  readonly name: string;
  /** The absolute shape id of the service it serves. */
  readonly contract: string;
  readonly frontEnds: FrontEnds;
  /** Service shape ids it may call. */
  readonly calls: readonly string[];
}

export interface ComponentGraph {
  readonly components: readonly ComponentNode[];
  /** Where the graph was read from, relative to the output folder (posix), to link it. */
  readonly source?: string;
}

const FRONT_END_LABEL: Readonly<Record<FrontEnds, string>> = {
  native: "native",
  rest: "REST",
  both: "native + REST",
};

export function frontEndLabel(frontEnds: FrontEnds): string {
  return FRONT_END_LABEL[frontEnds];
}

/**
 * Label text inside `["…"]`: a quoted label may hold any character but `"`, which Mermaid
 * writes as an entity code; `<` and `>` become entities too so that no text is read as HTML.
 */
export function mermaidLabel(text: string): string {
  return text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

/**
 * Node ids: letters, digits and `_` only, with a prefix so that no id is a keyword (`end` breaks a
 * flowchart) and components never clash with contracts; a numeric suffix keeps them unique.
 */
class NodeIds {
  private readonly ids = new Map<string, string>();
  private readonly used = new Set<string>();

  id(kind: "component" | "contract", key: string): string {
    const known = this.ids.get(`${kind} ${key}`);
    if (known) return known;
    const base = `${kind}_${key.replace(/[^A-Za-z0-9_]/g, "_")}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    this.ids.set(`${kind} ${key}`, id);
    return id;
  }
}

/** The Mermaid source (without the surrounding code fence). Same graph, same text. */
export function componentDiagram(graph: ComponentGraph): string {
  const ids = new NodeIds();
  const lines = ["flowchart LR"];
  for (const c of graph.components) {
    lines.push(
      `  ${ids.id("component", c.name)}["${mermaidLabel(c.name)}<br/>${mermaidLabel(frontEndLabel(c.frontEnds))}"]`,
    );
  }
  const contracts = [...new Set(graph.components.flatMap((c) => [c.contract, ...c.calls]))].sort();
  for (const contract of contracts) {
    const label = `${mermaidLabel(nameOf(contract))}<br/>${mermaidLabel(namespaceOf(contract))}`;
    lines.push(`  ${ids.id("contract", contract)}(["${label}"])`);
  }
  for (const c of graph.components) {
    lines.push(`  ${ids.id("component", c.name)} -->|serves| ${ids.id("contract", c.contract)}`);
  }
  for (const c of graph.components) {
    for (const called of c.calls)
      lines.push(`  ${ids.id("component", c.name)} -.->|calls| ${ids.id("contract", called)}`);
  }
  if (contracts.length > 0) {
    lines.push("  classDef contract fill:#eef6ff,stroke:#4a7ab5");
    lines.push(`  class ${contracts.map((k) => ids.id("contract", k)).join(",")} contract`);
  }
  return lines.join("\n");
}
