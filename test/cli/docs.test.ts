/**
 * Generated documentation through the CLI: `docs` in oda-codegen.json, the manifest read for the
 * diagram, `check` failing on a stale page, and the committed pages of the shipped models.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseManifest } from "../../packages/components/src/host/manifest";
import { readComponentGraph } from "../../packages/cli/src/read-components";
import { UsageError } from "../../packages/cli/src/usage-error";
import { checkFlowchart } from "../../packages/codegen/test/docs/mermaid-check";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "packages", "cli", "bin", "oda-codegen.js");

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MODEL = `$version: "2"
namespace example.notes

/// Notes, kept by one component.
service Notes {
    version: "1.0.0"
    operations: [GetNote]
}

@readonly
@http(method: "GET", uri: "/notes/{id}")
operation GetNote {
    input := {
        @required
        @httpLabel
        @length(min: 1, max: 36)
        id: String
    }
    output := {
        @required
        text: String
    }
}
`;

const HOST = `transport: inProcess
components:
  - name: notes
    contract: example.notes#Notes
    implementation: ./notes#component
    frontEnds: both
    rest: { port: 8080, basePath: / }
`;

function project(config: object): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-docs-"));
  fs.mkdirSync(path.join(dir, "model"));
  fs.writeFileSync(path.join(dir, "model", "notes.smithy"), MODEL);
  fs.writeFileSync(path.join(dir, "host.yaml"), HOST);
  fs.writeFileSync(
    path.join(dir, "oda-codegen.json"),
    JSON.stringify({ sources: ["model"], output: "generated", ...config }),
  );
  return dir;
}

// Each case runs the CLI a few times (a type check each): minutes on a busy machine.
const SLOW = 300_000;

describe("generated documentation (CLI)", () => {
  it(
    "writes the pages and the diagram, and check fails when a page is stale or missing",
    () => {
      const dir = project({ docs: { manifest: "host.yaml" } });
      expect(run([], dir).code).toBe(0);
      const page = fs.readFileSync(path.join(dir, "generated", "notes", "README.md"), "utf8");
      expect(page).toContain(
        "| [GetNote](#getnote) | `GET /notes/{id}` → 200 | `oda.<lattice>.Notes.GetNote` |",
      );
      const index = fs.readFileSync(path.join(dir, "generated", "README.md"), "utf8");
      expect(index).toContain('  component_notes["notes<br/>native + REST"]');
      expect(index).toContain("[host.yaml](../host.yaml)");

      expect(run(["check"], dir).code).toBe(0);
      fs.writeFileSync(
        path.join(dir, "generated", "notes", "README.md"),
        page.replace("GetNote", "GetNotes"),
      );
      const stale = run(["check"], dir);
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain(`stale:   ${path.join("generated", "notes", "README.md")}`);

      // A manifest change changes the index: check sees it too.
      fs.writeFileSync(
        path.join(dir, "host.yaml"),
        HOST.replace("frontEnds: both", "frontEnds: native"),
      );
      const changed = run(["check"], dir);
      expect(changed.code).toBe(1);
      expect(changed.stderr).toContain(`stale:   ${path.join("generated", "README.md")}`);
    },
    SLOW,
  );

  it(
    "removes the pages once docs are turned off",
    () => {
      const dir = project({ docs: {} });
      expect(run([], dir).code).toBe(0);
      expect(fs.readFileSync(path.join(dir, "generated", "README.md"), "utf8")).not.toContain(
        "mermaid",
      );
      fs.writeFileSync(
        path.join(dir, "oda-codegen.json"),
        JSON.stringify({ sources: ["model"], output: "generated" }),
      );
      const check = run(["check"], dir);
      expect(check.code).toBe(1);
      expect(check.stderr).toContain(`extra:   ${path.join("generated", "README.md")}`);
      expect(run([], dir).code).toBe(0);
      expect(fs.existsSync(path.join(dir, "generated", "README.md"))).toBe(false);
      expect(fs.existsSync(path.join(dir, "generated", "notes", "README.md"))).toBe(false);
      expect(fs.existsSync(path.join(dir, "generated", "notes", "index.ts"))).toBe(true);
    },
    SLOW,
  );

  it(
    "reports a bad docs setting or manifest as a usage error (exit 2), located",
    () => {
      const unknown = run([], project({ docs: { diagram: true } }));
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('unknown setting "docs.diagram"');

      const dir = project({ docs: { manifest: "host.yaml" } });
      fs.writeFileSync(
        path.join(dir, "host.yaml"),
        HOST.replace("frontEnds: both", "frontEnds: carrier-pigeon"),
      );
      const bad = run([], dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(
        `${path.join(dir, "host.yaml")}:6:16: frontEnds must be one of native, rest, both`,
      );
      expect(fs.existsSync(path.join(dir, "generated"))).toBe(false);
    },
    SLOW,
  );
});

describe("reading the host manifest for the diagram", () => {
  it("reads canvas/canvas.yaml as the host's own parser does", () => {
    const file = path.join(ROOT, "canvas", "canvas.yaml");
    const graph = readComponentGraph(file, path.join(ROOT, "generated"));
    const parsed = parseManifest(fs.readFileSync(file, "utf8"), { env: {} });
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(graph.source).toBe("../canvas/canvas.yaml");
    expect(graph.components).toEqual(
      parsed.manifest!.components.map((c) => ({
        name: c.name,
        contract: c.contract,
        frontEnds: c.frontEnds,
        calls: c.calls,
      })),
    );
  });

  it("locates a manifest it cannot read", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-docs-"));
    const file = path.join(dir, "host.yaml");
    fs.writeFileSync(file, "components:\n  - name: a\n    calls: [x#Y]\n");
    expect(() => readComponentGraph(file, dir)).toThrow(
      new UsageError(`${file}:2:5: component a needs a contract`),
    );
    fs.writeFileSync(file, "components: [\n");
    expect(() => readComponentGraph(file, dir)).toThrow(UsageError);
    expect(() => readComponentGraph(path.join(dir, "none.yaml"), dir)).toThrow(/no such file/);
  });
});

describe("the committed documentation of the shipped models", () => {
  const index = fs.readFileSync(path.join(ROOT, "generated", "README.md"), "utf8");

  it("has a valid Mermaid diagram of canvas/canvas.yaml", () => {
    const diagram = /```mermaid\n([\s\S]*?)\n```/.exec(index)?.[1];
    expect(diagram).toBeDefined();
    expect(checkFlowchart(diagram!)).toEqual([]);
    const graph = readComponentGraph(
      path.join(ROOT, "canvas", "canvas.yaml"),
      path.join(ROOT, "generated"),
    );
    expect(graph.components.length).toBeGreaterThanOrEqual(6);
    for (const c of graph.components) {
      expect(diagram).toContain(`  component_${c.name.replace(/-/g, "_")}["${c.name}<br/>`);
    }
  });

  it("links a page for every generated service, and every page exists", () => {
    const links = [...index.matchAll(/\]\(([a-z-]+\/README\.md)\)/g)].map((m) => m[1]!);
    const folders = fs
      .readdirSync(path.join(ROOT, "generated"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `${e.name}/README.md`);
    expect(new Set(links)).toEqual(new Set(folders));
    for (const link of links) expect(fs.existsSync(path.join(ROOT, "generated", link))).toBe(true);
  });

  it("links within each page only to headings it has (GitHub's anchors, repeats numbered)", () => {
    for (const folder of fs.readdirSync(path.join(ROOT, "generated"))) {
      const file = path.join(ROOT, "generated", folder, "README.md");
      if (!fs.existsSync(file)) continue;
      const page = fs.readFileSync(file, "utf8");
      const seen = new Map<string, number>();
      const anchors = new Set<string>();
      for (const line of page.split("\n")) {
        const heading = /^#{1,6} (.*)$/.exec(line)?.[1];
        if (heading === undefined) continue;
        const base = heading
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, "")
          .replace(/\s/g, "-");
        const count = seen.get(base);
        seen.set(base, count === undefined ? 0 : count + 1);
        anchors.add(count === undefined ? base : `${base}-${count + 1}`);
      }
      const missing = [...page.matchAll(/\]\(#([^)]+)\)/g)]
        .map((m) => m[1]!)
        .filter((a) => !anchors.has(a));
      expect({ folder, missing }).toEqual({ folder, missing: [] });
    }
  });
});
