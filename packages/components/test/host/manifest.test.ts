import * as fs from "node:fs";
import * as path from "node:path";
import { formatManifestIssues, parseManifest } from "../../src/host";
import { ABMF, CCS_MANIFEST, RATING, SERVICE_INVENTORY } from "./fixtures";

const env = { REDIS_URL: "redis://10.0.0.5:6379" };

/** The CCS manifest with one line replaced: `from` must occur exactly once. */
function edited(from: string, to: string): string {
  expect(CCS_MANIFEST.split(from).length).toBe(2);
  return CCS_MANIFEST.replace(from, to);
}

/** Line and column (from 1) of the first occurrence of `needle` in `text`. */
function locate(text: string, needle: string, nth = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe("parseManifest: a valid manifest", () => {
  it("reads every component with its defaults, the transport and env-expanded redis url", () => {
    const { manifest, issues } = parseManifest(CCS_MANIFEST, { env });
    expect(issues).toEqual([]);
    expect(manifest?.transport).toEqual({
      kind: "nats",
      servers: ["nats://127.0.0.1:4222"],
      lattice: "demo",
    });
    expect(manifest?.lattice).toBe("demo");
    expect(manifest?.redis).toEqual({ url: "redis://10.0.0.5:6379" });
    expect(manifest?.health).toEqual({ port: 8099 });
    expect(manifest?.components.map((c) => c.name)).toEqual([
      "service-inventory",
      "product-inventory",
      "product-catalog",
      "chf",
      "rf",
      "abmf",
    ]);
    expect(manifest?.components[0]).toEqual({
      name: "service-inventory",
      contract: SERVICE_INVENTORY,
      implementation: "service-inventory",
      frontEnds: "both",
      rest: { port: 8638, basePath: "/tmf-api/serviceInventory/v4" },
      store: "redis",
      calls: [],
    });
    // frontEnds defaults to native, store to memory, calls to none.
    expect(manifest?.components[2]).toMatchObject({
      frontEnds: "native",
      store: "memory",
      calls: [],
    });
    expect(manifest?.components[4].calls).toHaveLength(4);
  });

  it("uses the default of ${VAR:-default} when the variable is unset, and defaults the transport", () => {
    const { manifest } = parseManifest(CCS_MANIFEST, { env: {} });
    expect(manifest?.redis?.url).toBe("redis://127.0.0.1:6379");
    const minimal = parseManifest(
      "components:\n  - { name: a, contract: x#A, implementation: a }\n",
      { env },
    );
    expect(minimal.manifest).toMatchObject({
      transport: { kind: "inProcess" },
      lattice: "default",
    });
  });
});

describe("parseManifest: located errors", () => {
  const cases: [
    string,
    string,
    string,
    { code: string; path: string; message: RegExp; at: string },
  ][] = [
    [
      "a misspelt key",
      "    store: memory\n  - name: chf",
      "    stor: memory\n  - name: chf",
      {
        code: "UNKNOWN_KEY",
        path: "/components/2/stor",
        message: /unknown key "stor"/,
        at: "stor:",
      },
    ],
    [
      "a bad front end",
      "frontEnds: rest",
      "frontEnds: http",
      { code: "ENUM", path: "/components/3/frontEnds", message: /native, rest, both/, at: "http" },
    ],
    [
      "a port out of range",
      "port: 8080",
      "port: 80800",
      { code: "RANGE", path: "/components/3/rest/port", message: /1\.\.65535/, at: "80800" },
    ],
    [
      "a bad shape id",
      `contract: ${ABMF}`,
      "contract: Balance-Management",
      {
        code: "FORMAT",
        path: "/components/5/contract",
        message: /shape id/,
        at: "Balance-Management",
      },
    ],
    [
      "rest without its endpoint",
      "    frontEnds: rest\n    rest: { port: 8080, basePath: /nchf-convergedcharging/v3 }\n",
      "    frontEnds: rest\n",
      { code: "REQUIRED", path: "/components/3/rest", message: /needs rest/, at: "name: chf" },
    ],
    [
      "a duplicate name",
      "name: abmf",
      "name: rf",
      {
        code: "DUPLICATE",
        path: "/components/5/name",
        message: /already used by components\[4\]/,
        at: "rf\n    contract: oda.ccs.abmf",
      },
    ],
    [
      "a port used twice",
      "port: 8080",
      "port: 8638",
      {
        code: "PORT_CONFLICT",
        path: "/components/3/rest/port",
        message: /already used by component "service-inventory"/,
        at: "8638, basePath: /nchf",
      },
    ],
    [
      "the health port reused",
      "port: 8099",
      "port: 8080",
      {
        code: "PORT_CONFLICT",
        path: "/components/3/rest/port",
        message: /health endpoint/,
        at: "8080, basePath",
      },
    ],
    [
      "a bad lattice",
      "lattice: demo",
      "lattice: demo.prod",
      {
        code: "FORMAT",
        path: "/transport/nats/lattice",
        message: /NATS subject token/,
        at: "demo.prod",
      },
    ],
    [
      "a colliding service name",
      `contract: ${ABMF}`,
      "contract: other.ns#Rating",
      {
        code: "SUBJECT_COLLISION",
        path: "/components/5/contract",
        message: /oda\.demo\.Rating/,
        at: "other.ns#Rating",
      },
    ],
    [
      "redis store without redis",
      "redis:\n  url: ${REDIS_URL:-redis://127.0.0.1:6379}\n",
      "",
      {
        code: "REQUIRED",
        path: "/components/0/store",
        message: /redis: \{ url \}/,
        at: "redis\n  - name: product-inventory",
      },
    ],
    [
      "an unset variable",
      "${REDIS_URL:-redis://127.0.0.1:6379}",
      "${ODA_NOPE}",
      { code: "ENV", path: "/redis/url", message: /ODA_NOPE is not set/, at: "${ODA_NOPE}" },
    ],
    [
      "a bad NATS url",
      "servers: [nats://127.0.0.1:4222]",
      "servers: [http://127.0.0.1:4222]",
      { code: "FORMAT", path: "/transport/nats/servers/0", message: /nats:\/\//, at: "http://" },
    ],
  ];

  it.each(cases)("reports %s at its line and column", (_, from, to, want) => {
    const text = edited(from, to);
    const { manifest, issues } = parseManifest(text, { env });
    expect(manifest).toBeUndefined();
    const issue = issues.find((i) => i.code === want.code);
    expect(issue).toMatchObject({ severity: "error", path: want.path });
    expect(issue?.message).toMatch(want.message);
    const { line, column } = locate(text, want.at);
    expect([issue?.line, issue?.column]).toEqual([line, column]);
  });

  it("reports YAML syntax errors with their position", () => {
    const { manifest, issues } = parseManifest(
      "components:\n  - name: a\n    contract: [unclosed\n",
      { env },
    );
    expect(manifest).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: "YAML_SYNTAX", severity: "error" });
    expect(issues[0].line).toBeGreaterThanOrEqual(3);
  });

  it("reports a duplicate key, an empty file and a non-mapping root", () => {
    expect(parseManifest("components: []\ncomponents: []\n", { env }).issues).toEqual([
      expect.objectContaining({
        code: "YAML_SYNTAX",
        line: 2,
        column: 1,
        message: expect.stringMatching(/DUPLICATE_KEY/),
      }),
    ]);
    expect(parseManifest("", { env }).issues).toEqual([
      expect.objectContaining({ code: "REQUIRED", path: "" }),
    ]);
    expect(parseManifest("- a\n", { env }).issues).toEqual([
      expect.objectContaining({ code: "TYPE", path: "" }),
    ]);
  });

  it("reports every error of a component, not just the first", () => {
    const { issues } = parseManifest(
      "components:\n  - name: A\n    contract: a#B\n    implementation: x\n    calls: nope\n",
      { env },
    );
    expect(issues.map((i) => [i.code, i.path, i.line, i.column])).toEqual([
      ["FORMAT", "/components/0/name", 2, 11],
      ["TYPE", "/components/0/calls", 5, 12],
    ]);
  });

  it("refuses a call nobody serves when the transport is in-process", () => {
    const text = `components:\n  - name: rf\n    contract: ${RATING}\n    implementation: ccs-rf\n    calls: [${ABMF}]\n`;
    const { issues } = parseManifest(text, { env });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "UNSERVED_CONTRACT",
        path: "/components/0/calls/0",
        line: 5,
        column: 13,
      }),
    ]);
  });

  it("warns (without failing) about a rest block on a native component and a repeated call", () => {
    const text = edited(
      "    store: memory\n  - name: chf",
      "    store: memory\n    rest: { port: 9000, basePath: / }\n  - name: chf",
    ).replace(`calls: [${RATING}]`, `calls: [${RATING}, ${RATING}]`);
    const { manifest, issues } = parseManifest(text, { env });
    expect(manifest).toBeDefined();
    expect(issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "UNKNOWN_KEY"],
      ["warning", "DUPLICATE"],
    ]);
  });

  it("formats issues like compiler errors", () => {
    const { issues } = parseManifest(edited("frontEnds: rest", "frontEnds: http"), { env });
    expect(formatManifestIssues(issues, "host.yaml")).toMatch(
      /^host\.yaml:\d+:\d+: ERROR \[ENUM\] frontEnds must be one of/,
    );
  });
});

describe("docs/host.md", () => {
  it("shows an example manifest that parses without any issue", () => {
    const doc = fs.readFileSync(
      path.join(__dirname, "..", "..", "..", "..", "docs", "host.md"),
      "utf8",
    );
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const { manifest, issues } = parseManifest(example as string, { env: {} });
    expect(issues).toEqual([]);
    expect(manifest?.components.map((c) => c.name)).toEqual([
      "service-inventory",
      "chf",
      "rf",
      "abmf",
    ]);
  });
});
