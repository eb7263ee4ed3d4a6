/**
 * The incremental fast path (each file built right after it is parsed) must give exactly what the
 * usual assembly gives, or step aside: every corpus case is assembled both ways and compared, and
 * each look-ahead that changes a built shape makes it step aside.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describeWithReference } from "../../../../test/support/reference";
import {
  assembleFiles,
  formatJsonAst,
  loadPrelude,
  loadSource,
  Model,
  type ValidationEvent,
} from "../../src";
import { compareEvents } from "../../src/model/validation-event";
import { assembleIncrementally, mayAssembleIncrementally } from "../../src/assembler/incremental";

type Source = { filename: string; text: string };

const base = () => loadPrelude().shapes;

function usual(sources: Source[]) {
  const files = sources.map((s) => loadSource(s.filename, s.text));
  return assembleFiles(files, base(), new Map(base()));
}

const eventText = (events: ValidationEvent[]) =>
  [...events]
    .sort(compareEvents)
    .map(
      (e) =>
        `${e.severity} ${e.id} ${e.shapeId ?? "-"} ${JSON.stringify(e.sourceLocation)} ${e.message}`,
    );

/** Same shapes in the same order, same serialized model, same events. */
function expectSameAsUsual(sources: Source[]): boolean {
  const fast = assembleIncrementally(sources, base(), loadSource);
  if (!fast) return false;
  const full = usual(sources);
  expect([...fast.shapes.keys()]).toEqual([...full.shapes.keys()]);
  const json = (r: typeof fast) =>
    formatJsonAst(new Model(r.shapes, r.metadata), { includePrelude: true });
  expect(json(fast)).toBe(json(full));
  expect(eventText(fast.events)).toEqual(eventText(full.events));
  return true;
}

const idl = (filename: string, body: string): Source => ({
  filename,
  text: `$version: "2.0"\n${body}`,
});

describe("incremental assembly", () => {
  it("orders a file whose mixins and resources come after the shapes that use them as the usual path does", () => {
    // Dependencies before dependents are built in definition order; these are not.
    const taken = expectSameAsUsual([
      idl(
        "a.smithy",
        `namespace a\nstructure S with [M] { y: String }\nstructure In for R with [M] { $id }\nstring First\n@mixin\nstructure M { x: Integer }\nresource R { identifiers: { id: String } }\n`,
      ),
      idl("b.smithy", `namespace b\nstructure T with [a#M] {}\n`),
    ]);
    expect(taken).toBe(true);
  });

  it("builds a multi-file model as the usual path does, forward references included", () => {
    const taken = expectSameAsUsual([
      idl(
        "a.smithy",
        `namespace a\nuse b#Later\n@mixin\nstructure M { @required x: String }\nstructure S with [M] { y: Later, z: Integer }\n@tags(["t"])\nstring Later2\n`,
      ),
      idl(
        "b.smithy",
        `namespace b\nstructure Later { @documentation("d") s: a#S }\n@trait\nstructure custom {}\n`,
      ),
      idl(
        "c.smithy",
        `namespace c\n@b#custom\nstring C\nresource R { identifiers: { id: String } read: Get }\n@readonly operation Get { input := for R { @required $id } }\n`,
      ),
    ]);
    expect(taken).toBe(true);
  });

  it.each([
    ["an apply statement", [idl("a.smithy", "namespace a\nstring A\napply A @sensitive\n")]],
    [
      "a mixin defined in a later file",
      [
        idl("a.smithy", "namespace a\nstructure S with [b#M] {}\n"),
        idl("b.smithy", "namespace b\n@mixin\nstructure M { x: String }\n"),
      ],
    ],
    [
      "a relative name that a later file defines in the same namespace instead of the prelude",
      [
        idl("a.smithy", "namespace a\nstructure S { x: String }\n"),
        idl("b.smithy", "namespace a\nstructure String {}\n"),
      ],
    ],
    [
      "an annotation trait defined later as a list",
      [
        idl("a.smithy", "namespace a\n@b#tagsLike\nstring A\n"),
        idl("b.smithy", "namespace b\n@trait\nlist tagsLike { member: String }\n"),
      ],
    ],
    [
      "a duplicate definition",
      [idl("a.smithy", "namespace a\nstring A\n"), idl("b.smithy", "namespace a\nstring A\n")],
    ],
    ["an unresolved trait", [idl("a.smithy", "namespace a\n@nope\nstring A\n")]],
    ["a syntax error", [idl("a.smithy", "namespace a\nstring A {\n")]],
  ])("steps aside for %s", (_name, sources) => {
    const sourcesList = sources as Source[];
    const taken =
      mayAssembleIncrementally(sourcesList) &&
      assembleIncrementally(sourcesList, base(), loadSource) !== undefined;
    expect(taken).toBe(false);
  });

  it("annotation traits defined later as structures still take the fast path with the same result", () => {
    const sources = [
      idl("a.smithy", "namespace a\n@b#marker\nstring A\n"),
      idl("b.smithy", "namespace b\n@trait\nstructure marker {}\n"),
    ];
    // Asked before it was defined: steps aside rather than guess.
    expect(assembleIncrementally(sources, base(), loadSource)).toBeUndefined();
    const reversed = [sources[1]!, sources[0]!];
    expect(expectSameAsUsual(reversed)).toBe(true);
  });
});

describeWithReference("incremental assembly over the corpus", ["smithy-idl-corpus"], (dir) => {
  const cases: Source[][] = [];
  const read = (f: string): Source => ({ filename: f, text: fs.readFileSync(f, "utf8") });
  const list = (d: string, test: (f: string) => boolean) =>
    fs
      .readdirSync(d, { recursive: true, encoding: "utf8" })
      .filter(test)
      .map((f) => path.join(d, f))
      .sort();
  const valid = path.join(dir, "loader", "valid");
  const shared = path.join(valid, "__shared.json");
  for (const f of list(
    valid,
    (f) => f.endsWith(".smithy") || (f.endsWith(".json") && !f.endsWith("__shared.json")),
  )) {
    cases.push([read(f), read(shared)]);
  }
  for (const sub of ["errorfiles/loader", "errorfiles/validators"]) {
    for (const f of list(path.join(dir, sub), (f) => f.endsWith(".smithy") || f.endsWith(".json")))
      cases.push([read(f)]);
  }
  const forward = path.join(dir, "loader", "forwardrefs");
  if (fs.existsSync(forward)) {
    for (const d of fs
      .readdirSync(forward)
      .map((d) => path.join(forward, d))
      .filter((d) => fs.statSync(d).isDirectory())) {
      cases.push(list(d, (f) => f.endsWith(".smithy") || f.endsWith(".json")).map(read));
    }
  }

  it("gives the usual result for every case it takes, and takes most valid ones", () => {
    let taken = 0;
    for (const sources of cases) {
      if (!mayAssembleIncrementally(sources)) continue;
      if (expectSameAsUsual(sources)) taken++;
    }
    // Most cases have errors or `apply` (the usual path); the valid pairs mostly do not.
    expect(taken).toBeGreaterThan(40);
  });
});
