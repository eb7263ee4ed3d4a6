/**
 * Bad input never crashes the loader: each case ends in an ERROR event with a location, or a
 * model, without a stack overflow, a hang or an exception.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { assembleModel, type AssemblyResult } from "../src";

function firstError(result: AssemblyResult) {
  return result.events.find((e) => e.severity === "ERROR");
}

function timed(fn: () => AssemblyResult): AssemblyResult {
  const start = performance.now();
  const result = fn();
  expect(performance.now() - start).toBeLessThan(5000);
  return result;
}

const source = (filename: string, text: string) => timed(() => assembleModel({ sources: [{ filename, text }] }));

describe("bad input", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "smithy-bad-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("random bytes", () => {
    let seed = 42;
    const bytes = Buffer.from(Buffer.alloc(20000, 0).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));
    const file = path.join(dir, "random.smithy");
    fs.writeFileSync(file, bytes);
    expect(firstError(timed(() => assembleModel({ paths: [file] })))?.sourceLocation.line).toBeGreaterThan(0);
    const asText = source("random.smithy", bytes.toString("latin1"));
    expect(firstError(asText)?.sourceLocation).toMatchObject({ filename: "random.smithy", line: 1, column: 1 });
    expect(firstError(source("random.json", bytes.toString("latin1")))?.sourceLocation.line).toBe(1);
  });

  it("a 10 MB line", () => {
    const big = "x".repeat(10_000_000);
    const ok = source("long.smithy", `$version: "2"\nnamespace a\n@documentation("${big}")\nstring S\n`);
    expect(firstError(ok)).toBeUndefined();
    expect(ok.model!.expectShape("a#S").traits.get("smithy.api#documentation")).toHaveLength(10_000_000);
    const bad = source("long.smithy", `namespace a\nstring S ${big}`);
    expect(firstError(bad)?.sourceLocation).toMatchObject({ line: 2, column: 10 });
  });

  it("node values nested 100,000 deep, in IDL and in JSON", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const idl = source("deep.smithy", `$version: "2"\nnamespace a\n@tags(${deep})\nstring S\n`);
    expect(firstError(idl)).toMatchObject({ sourceLocation: { line: 3, column: 71 } });
    expect(firstError(idl)?.message).toContain("maximum allowed depth of 64");
    const json = source("deep.json", `{"smithy":"2.0","metadata":{"x":${deep}}}`);
    expect(firstError(json)?.message).toContain("maximum allowed depth of 64");
  });

  it("an unterminated text block", () => {
    const result = source("t.smithy", '$version: "2"\nnamespace a\n@documentation("""\nabc\n');
    expect(firstError(result)?.message).toBe(
      "Syntax error at line 3, column 16: Error parsing text block: Syntax error at line 5, column 1: Expected: '\"', but found '[EOF]'",
    );
  });

  it("invalid UTF-8", () => {
    const file = path.join(dir, "utf8.smithy");
    fs.writeFileSync(file, Buffer.concat([Buffer.from("namespace a\nstring A\n// "), Buffer.from([0xff, 0xfe]), Buffer.from("\n")]));
    expect(firstError(timed(() => assembleModel({ paths: [file] })))).toMatchObject({
      message: "Invalid UTF-8 in model file at line 3, column 4",
      sourceLocation: { filename: file, line: 3, column: 4 },
    });
  });

  it("a directory of 1,000 files", () => {
    const many = path.join(dir, "many");
    fs.mkdirSync(many);
    for (let i = 0; i < 1000; i++) {
      fs.writeFileSync(path.join(many, `f${i}.smithy`), `$version: "2"\nnamespace ns${i % 10}\n\nstructure S${i} {\n    a: String\n}\n`);
    }
    fs.writeFileSync(path.join(many, "notes.txt"), "ignored");
    const result = timed(() => assembleModel({ paths: [many], validate: false }));
    expect(firstError(result)).toBeUndefined();
    expect([...result.model!.userShapes()]).toHaveLength(1000);
  });

  it("odd names do not reach object prototypes", () => {
    const result = source("p.json", '{"smithy":"2.0","shapes":{"a#__proto__":{"type":"structure","members":{"__proto__":{"target":"smithy.api#String"}}}}}');
    expect(firstError(result)).toBeUndefined();
    expect(result.model!.expectShape("a#__proto__").members.get("__proto__")?.target).toBe("smithy.api#String");
    const idl = source("p.smithy", '$version: "2"\nnamespace a\n@tags(["x"])\n@externalDocumentation({__proto__: "http://a"})\nstring S\n');
    expect(idl.model!.expectShape("a#S").traits.get("smithy.api#externalDocumentation")).toHaveProperty("__proto__", "http://a");
  });

  it("missing paths are events, not exceptions", () => {
    expect(firstError(assembleModel({ paths: [path.join(dir, "nope.smithy")] }))?.message).toMatch(/^Cannot read model file/);
  });
});
