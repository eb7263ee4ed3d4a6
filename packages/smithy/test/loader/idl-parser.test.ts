import { parseIdl } from "../../src/loader/idl-parser";

const v2 = (body: string) => `$version: "2"\nnamespace smithy.example\n\n${body}`;

describe("parseIdl", () => {
  it("emits shape definitions with members and ids as written", () => {
    const file = parseIdl("a.smithy", v2("structure Foo {\n    bar: String\n    baz: other.ns#Baz = 1\n}\n"));
    expect(file.events).toEqual([]);
    expect(file.version).toBe("2.0");
    expect(file.namespace).toBe("smithy.example");
    const foo = file.shapes[0]!;
    expect(foo.id).toBe("smithy.example#Foo");
    expect(foo.location).toEqual({ filename: "a.smithy", line: 4, column: 1 });
    expect(foo.members.map((m) => [m.name, m.target])).toEqual([["bar", "String"], ["baz", "other.ns#Baz"]]);
    expect(foo.members[1]!.directTraits).toEqual([["smithy.api#default", 1]]);
  });

  it("treats a file without $version as IDL 1.0", () => {
    const file = parseIdl("a.smithy", "namespace a\nstring S\n");
    expect(file.version).toBe("1.0");
  });

  it("turns doc comments into documentation and records trait applications on the definition", () => {
    const file = parseIdl("a.smithy", v2("/// Hello\n/// there\n@tags([\"a\"])\n@sensitive\nstring S\n"));
    expect(file.traits).toEqual([]);
    expect(file.shapes[0]!.traits!.map((t) => [t.target, t.trait, t.value, t.annotation])).toEqual([
      ["smithy.example#S", "tags", ["a"], false],
      ["smithy.example#S", "sensitive", null, true],
      ["smithy.example#S", "smithy.api#documentation", "Hello\nthere", false],
    ]);
  });

  it("parses structured trait bodies, apply blocks and syntactic shape ids", () => {
    const file = parseIdl("a.smithy", v2('@mixin(localTraits: [private])\nstructure M {}\n\napply M {\n    @deprecated(message: "no")\n    @since("1")\n}\n'));
    expect(file.shapes[0]!.traits!.map((t) => [t.target, t.trait, t.value])).toEqual([["smithy.example#M", "mixin", { localTraits: ["private"] }]]);
    expect(file.traits.map((t) => [t.target, t.trait, t.value])).toEqual([
      ["M", "deprecated", { message: "no" }],
      ["M", "since", "1"],
    ]);
    expect(file.syntacticIds.map((r) => r.text)).toEqual(["private"]);
  });

  it("creates inline input and output shapes with the suffix control statements", () => {
    const file = parseIdl("a.smithy", '$version: "2"\n$operationInputSuffix: "Request"\nnamespace a\n\noperation Op {\n    input := {\n        x: String\n    }\n    output := {}\n}\n');
    expect(file.shapes.map((s) => s.id)).toEqual(["a#OpRequest", "a#OpOutput", "a#Op"]);
    const op = file.shapes[2]!;
    expect([op.input, op.output]).toEqual(["a#OpRequest", "a#OpOutput"]);
    expect(file.shapes.slice(0, 2).map((s) => s.traits!.map((t) => [t.target, t.trait]))).toEqual([
      [["a#OpRequest", "smithy.api#input"]],
      [["a#OpOutput", "smithy.api#output"]],
    ]);
    // Trait locations are computed on demand from the offset.
    expect(file.shapes[0]!.traits![0]!.location).toEqual({ filename: "a.smithy", line: 6, column: 14 });
  });

  it("reports a syntax error at the reference's line and column, then recovers at the next statement", () => {
    const file = parseIdl("a.smithy", v2("structure Foo {\n    bar String\n}\n\nstring Ok\n"));
    expect(file.events).toHaveLength(1);
    expect(file.events[0]!.message).toBe("Syntax error at line 5, column 9: Expected COLON(':') but found IDENTIFIER('String')");
    expect(file.events[0]!.sourceLocation).toEqual({ filename: "a.smithy", line: 5, column: 9 });
    expect(file.shapes.map((s) => s.id)).toEqual(["smithy.example#Ok"]);
  });

  it("refuses 2.0 syntax in 1.0 files", () => {
    const file = parseIdl("a.smithy", "namespace a\nstructure S with [M] {}\n");
    expect(file.events[0]!.message).toContain("Mixins can only be used with Smithy version 2 or later");
  });

  it("limits node nesting to 64 levels instead of overflowing the stack", () => {
    const file = parseIdl("a.smithy", v2(`@tags(${"[".repeat(5000)}${"]".repeat(5000)})\nstring S\n`));
    expect(file.events[0]!.message).toMatch(/Parser exceeded maximum allowed depth of 64/);
  });

  it("reports dangling doc comments as warnings", () => {
    const file = parseIdl("a.smithy", v2("string S\n/// nothing follows\n"));
    expect(file.events.map((e) => [e.id, e.severity])).toEqual([["Model.BadDocumentationComment", "WARNING"]]);
  });
});
