/**
 * The reference corpus in jest, kept fast: every loader/valid pair gives equal models and survives a
 * JSON AST round trip, and every loader/invalid case is rejected. The full report with counts and
 * thresholds is `npm run conformance:smithy`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describeWithReference } from "../../../test/support/reference";
import { assembleModel, formatJsonAst, modelDifference, type ValidationEvent } from "../src";

const failing = (events: readonly ValidationEvent[]) => events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER");

function files(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f))
    .sort();
}

describeWithReference("loader/valid pairs", ["smithy-idl-corpus", "loader", "valid"], (dir) => {
  const shared = path.join(dir, "__shared.json");
  const cases = files(dir, ".json").filter((f) => f !== shared);

  it.each(cases.map((json) => [path.relative(dir, json), json]))("%s", (_name, json) => {
    const idl = assembleModel({ paths: [json.replace(/\.json$/, ".smithy"), shared], validate: false });
    const ast = assembleModel({ paths: [json, shared], validate: false });
    expect(failing(idl.events)).toEqual([]);
    expect(failing(ast.events)).toEqual([]);
    expect(modelDifference(idl.model!, ast.model!)).toBeUndefined();

    const text = formatJsonAst(idl.model!);
    const reloaded = assembleModel({ sources: [{ filename: "round-trip.json", text }], validate: false });
    expect(failing(reloaded.events)).toEqual([]);
    expect(modelDifference(idl.model!, reloaded.model!)).toBeUndefined();
    // Deterministic: the same model serializes to the same text.
    expect(formatJsonAst(reloaded.model!)).toBe(text);
  });
});

describeWithReference("loader/invalid cases", ["smithy-idl-corpus", "loader", "invalid"], (dir) => {
  it.each(files(dir, ".smithy").map((f) => [path.relative(dir, f), f]))("%s is rejected where expected", (_name, file) => {
    const expected = fs.readFileSync(file, "utf8").split("\n", 1)[0]!;
    const result = assembleModel({ paths: [file] });
    const errors = failing(result.events);
    expect(errors.length).toBeGreaterThan(0);
    const at = /Syntax error at line \d+, column \d+/.exec(expected)?.[0];
    if (at) expect(errors.map((e) => e.message).join("\n")).toContain(at);
  });
});
