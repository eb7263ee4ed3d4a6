/** The Mermaid diagram of components and the contracts that link them, and the index page around it. */
import type { ServiceShape } from "@oda-codegen/smithy";
import { componentDiagram, generateDocs, type ComponentGraph } from "@oda-codegen/codegen";
import { checkFlowchart } from "./mermaid-check";
import { DESK, deskModel } from "./docs-fixture";

const GRAPH: ComponentGraph = {
  source: "../host.yaml",
  components: [
    { name: "desk", contract: DESK, frontEnds: "both", calls: ["example.billing#Billing"] },
    { name: "billing", contract: "example.billing#Billing", frontEnds: "native", calls: [] },
    {
      name: "end",
      contract: "example.audit#Audit",
      frontEnds: "rest",
      calls: [DESK, "example.billing#Billing"],
    },
  ],
};

describe("component diagram", () => {
  it("draws each component with its front ends, the contract it serves and the ones it calls", () => {
    const diagram = componentDiagram(GRAPH);
    const lines = diagram.split("\n");
    expect(lines[0]).toBe("flowchart LR");
    expect(lines).toContain('  component_desk["desk<br/>native + REST"]');
    expect(lines).toContain('  component_billing["billing<br/>native"]');
    expect(lines).toContain('  contract_example_desk_Desk(["Desk<br/>example.desk"])');
    expect(lines).toContain("  component_desk -->|serves| contract_example_desk_Desk");
    expect(lines).toContain("  component_desk -.->|calls| contract_example_billing_Billing");
    expect(lines).toContain("  component_end -.->|calls| contract_example_desk_Desk");
    // Each contract is drawn once, however many components name it.
    expect(lines.filter((l) => l.startsWith("  contract_example_billing_Billing("))).toHaveLength(
      1,
    );
    expect(lines.filter((l) => l.includes("-->|serves|"))).toHaveLength(3);
    expect(lines.filter((l) => l.includes("-.->|calls|"))).toHaveLength(3);
  });

  it("is valid flowchart syntax, with keyword names and special characters made safe", () => {
    expect(checkFlowchart(componentDiagram(GRAPH))).toEqual([]);
    const odd: ComponentGraph = {
      components: [{ name: 'a"b<c>', contract: "x.y#Z", frontEnds: "native", calls: ["x.y#Z"] }],
    };
    const diagram = componentDiagram(odd);
    expect(diagram).toContain('component_a_b_c_["a#quot;b#lt;c#gt;<br/>native"]');
    expect(checkFlowchart(diagram)).toEqual([]);
  });

  it("the structural check rejects what Mermaid rejects", () => {
    expect(checkFlowchart('flowchart LR\n  end["x"]')).toEqual([
      "line 2: node id end is a keyword",
    ]);
    expect(checkFlowchart('flowchart LR\n  a["say "hi""]')).toHaveLength(1);
    expect(checkFlowchart("flowchart LR\n  a --> b")).toEqual([
      "line 2: a is not defined",
      "line 2: b is not defined",
    ]);
  });

  it("keeps node ids unique when names differ only in punctuation", () => {
    const diagram = componentDiagram({
      components: [
        { name: "a-b", contract: "x.y#Z", frontEnds: "native", calls: [] },
        { name: "a_b", contract: "x_y#Z", frontEnds: "native", calls: [] },
      ],
    });
    expect(diagram).toContain("component_a_b_2");
    expect(diagram).toContain("contract_x_y_Z_2");
    expect(checkFlowchart(diagram)).toEqual([]);
  });

  it("appears on the index page, with links to the pages of generated contracts", () => {
    const model = deskModel();
    const index = generateDocs(model, [model.expectShape(DESK) as ServiceShape], {
      components: GRAPH,
    }).find((f) => f.path === "README.md")!.content;
    const fenced = /```mermaid\n([\s\S]*?)\n```/.exec(index)?.[1];
    expect(fenced).toBe(componentDiagram(GRAPH));
    expect(index).toContain("[host.yaml](../host.yaml)");
    expect(index).toContain(
      "| `desk` | [Desk](desk/README.md) | native + REST | `example.billing#Billing` |",
    );
    expect(index).toContain("| [Desk](desk/README.md) | `example.desk#Desk` | 3 | yes |");
  });

  it("is left out of the index when no components are given", () => {
    const model = deskModel();
    const index = generateDocs(model, [model.expectShape(DESK) as ServiceShape]).find(
      (f) => f.path === "README.md",
    )!.content;
    expect(index).not.toContain("mermaid");
  });
});
