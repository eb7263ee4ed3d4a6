/**
 * A structural check of the Mermaid flowchart subset the generator writes, line by line: the
 * header, node definitions with quoted labels, edges between defined nodes, classDef and class.
 * Mermaid's own flowchart parser needs a browser DOM (mermaid.parse with DOMPurify), and
 * @mermaid-js/parser 2.0.1 has no flowchart grammar (its parse() covers info, packet, pie,
 * architecture, gitGraph, radar, treemap and a few more), so the grammar is checked here against
 * https://mermaid.js.org/syntax/flowchart.html. Returns the problems found (none when valid).
 */
const KEYWORDS = new Set([
  "end",
  "graph",
  "flowchart",
  "subgraph",
  "class",
  "classDef",
  "click",
  "style",
  "linkStyle",
  "direction",
]);
const ID = "[A-Za-z][A-Za-z0-9_]*";
// A quoted label: any character but a double quote (written #quot;), no raw < or > beyond <br/>.
const LABEL = '"(?:[^"<>]|<br/>)*"';
const NODE = new RegExp(`^  (${ID})(?:\\[${LABEL}\\]|\\(\\[${LABEL}\\]\\))$`);
const EDGE = new RegExp(`^  (${ID}) (?:-->|-\\.->)(?:\\|[A-Za-z0-9 ]+\\|)? (${ID})$`);
const CLASS_DEF = new RegExp(`^  classDef (${ID}) [a-z-]+:[^,\\s;]+(?:,[a-z-]+:[^,\\s;]+)*$`);
const CLASS = new RegExp(`^  class (${ID}(?:,${ID})*) (${ID})$`);

export function checkFlowchart(source: string): string[] {
  const problems: string[] = [];
  const lines = source.split("\n");
  if (!/^flowchart (LR|RL|TB|TD|BT)$/.test(lines[0] ?? ""))
    problems.push(`line 1: not a flowchart header: ${lines[0]}`);
  const nodes = new Set<string>();
  const classes = new Set<string>();
  const useId = (id: string, line: number) => {
    if (!nodes.has(id)) problems.push(`line ${line}: ${id} is not defined`);
  };
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    let m: RegExpExecArray | null;
    if ((m = NODE.exec(text))) {
      if (KEYWORDS.has(m[1]!)) problems.push(`line ${line}: node id ${m[1]} is a keyword`);
      if (nodes.has(m[1]!)) problems.push(`line ${line}: node ${m[1]} defined twice`);
      nodes.add(m[1]!);
    } else if ((m = EDGE.exec(text))) {
      useId(m[1]!, line);
      useId(m[2]!, line);
    } else if ((m = CLASS_DEF.exec(text))) {
      classes.add(m[1]!);
    } else if ((m = CLASS.exec(text))) {
      for (const id of m[1]!.split(",")) useId(id, line);
      if (!classes.has(m[2]!)) problems.push(`line ${line}: class ${m[2]} is not defined`);
    } else {
      problems.push(`line ${line}: not a node, edge or class statement: ${text}`);
    }
  });
  return problems;
}
