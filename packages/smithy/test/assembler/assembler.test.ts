import { assembleModel, type AssemblyResult } from "../../src";

function load(...texts: string[]): AssemblyResult {
  return assembleModel({ sources: texts.map((text, i) => ({ filename: `f${i}.smithy`, text })), validate: false });
}
const v2 = (body: string, ns = "smithy.example") => `$version: "2"\nnamespace ${ns}\n\n${body}`;
const failures = (r: AssemblyResult) => r.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER").map((e) => e.message);

describe("assembler", () => {
  it("resolves relative ids: use statements, then the namespace, then the prelude", () => {
    const r = load(
      v2("use other#Thing\n\nstructure S {\n    a: Thing\n    b: String\n    c: Local\n}\n\nstring Local\n"),
      v2("string Thing\n", "other"),
    );
    expect(failures(r)).toEqual([]);
    const s = r.model!.expectShape("smithy.example#S");
    expect([...s.members.values()].map((m) => m.target)).toEqual(["other#Thing", "smithy.api#String", "smithy.example#Local"]);
  });

  it("applies mixins: members first, inherited traits, localTraits excluded", () => {
    const r = load(v2(
      "@mixin(localTraits: [internal])\n@internal\n@tags([\"x\"])\nstructure M {\n    @required\n    id: String\n}\n\n" +
        "structure S with [M] {\n    name: String\n}\n\napply S$id @documentation(\"Id\")\n",
    ));
    expect(failures(r)).toEqual([]);
    const s = r.model!.expectShape("smithy.example#S");
    expect([...s.members.keys()]).toEqual(["id", "name"]);
    expect([...s.traits.keys()]).toEqual(["smithy.api#tags"]);
    expect(s.localTraits.size).toBe(0);
    const id = s.members.get("id")!;
    expect(id.mixin).toBe("smithy.example#M");
    expect([...id.traits.keys()].sort()).toEqual(["smithy.api#documentation", "smithy.api#required"]);
    expect([...id.localTraits]).toEqual(["smithy.api#documentation"]);
  });

  it("reports a member that conflicts with a mixin member", () => {
    const r = load(v2("@mixin\nstructure M {\n    a: String\n}\n\nstructure S with [M] {\n    a: Integer\n}\n"));
    expect(failures(r)).toEqual(["Member conflicts with an inherited mixin member: `smithy.example#M$a`"]);
  });

  it("elides member targets from the bound resource, then from mixins", () => {
    const r = load(v2(
      "resource R {\n    identifiers: { rid: String }\n    properties: { size: Integer }\n}\n\n" +
        "@mixin\nstructure M {\n    extra: Boolean\n}\n\nstructure S for R with [M] {\n    $rid\n    $size\n    $extra\n}\n",
    ));
    expect(failures(r)).toEqual([]);
    const s = r.model!.expectShape("smithy.example#S");
    expect([...s.members.values()].map((m) => [m.name, m.target])).toEqual([
      ["extra", "smithy.api#Boolean"], ["rid", "smithy.api#String"], ["size", "smithy.api#Integer"],
    ]);
  });

  it("coerces annotation traits by the trait's shape type and merges list traits", () => {
    const r = load(v2(
      "@trait\nlist marks {\n    member: String\n}\n\n@marks\n@required\n@tags([\"a\"])\nstructure S {}\n\napply S @tags([\"b\"])\n",
    ));
    const s = r.model!.expectShape("smithy.example#S");
    expect(s.traits.get("smithy.example#marks")).toEqual([]);
    expect(s.traits.get("smithy.api#required")).toEqual({});
    expect(s.traits.get("smithy.api#tags")).toEqual(["a", "b"]);
  });

  it("reports conflicting trait values and traits on unknown shapes", () => {
    const r = load(v2('@since("1")\nstring S\n\napply S @since("2")\napply Missing @since("3")\n'));
    expect(failures(r)).toEqual([
      expect.stringContaining("Conflicting `since` trait found on shape `smithy.example#S`"),
      "Trait `since` applied to unknown shape `smithy.example#Missing`",
    ]);
  });

  it("sets enum values, defaulting to the member name", () => {
    const r = load(v2('enum E {\n    A\n    B = "bee"\n}\n\nintEnum I {\n    ONE = 1\n}\n'));
    const e = r.model!.expectShape("smithy.example#E");
    expect([...e.members.values()].map((m) => [m.target, m.traits.get("smithy.api#enumValue")])).toEqual([
      ["smithy.api#Unit", "A"], ["smithy.api#Unit", "bee"],
    ]);
    expect(load(v2("intEnum I {\n    ONE = 1.5\n}\n")).events.map((e) => e.message)).toContain(
      "intEnum members do not support floating point values",
    );
  });

  it("merges metadata: lists concatenate, other values must agree", () => {
    const r = load('metadata a = [1]\nmetadata b = "x"\n', 'metadata a = [2]\nmetadata b = "y"\n');
    expect(r.model!.metadata.get("a")).toEqual([1, 2]);
    expect(failures(r)).toEqual([expect.stringContaining("Metadata conflict for key `b`")]);
  });

  it("resolves syntactic shape ids in trait values and warns on unknown ones", () => {
    const r = load(v2("@trait\nstructure ref {\n    target: String\n}\n\n@ref(target: Foo)\nstring Foo\n\n@ref(target: Nope)\nstring Bar\n"));
    expect(r.model!.expectShape("smithy.example#Foo").traits.get("smithy.example#ref")).toEqual({ target: "smithy.example#Foo" });
    expect(r.events.map((e) => [e.id, e.severity])).toEqual([["SyntacticShapeIdTarget", "DANGER"]]);
  });

  it("detects mixin cycles instead of looping", () => {
    const r = load(v2("@mixin\nstructure A with [B] {}\n\n@mixin\nstructure B with [A] {}\n"));
    expect(failures(r)).toEqual([
      "Unable to resolve mixins; cycles detected between this shape and [smithy.example#B]",
      "Unable to resolve mixins; cycles detected between this shape and [smithy.example#A]",
    ]);
  });

  it("does not let user files change the prelude", () => {
    const r = load(v2("apply String @deprecated\n"));
    expect(failures(r)).toEqual(["Cannot apply `smithy.api#deprecated` to an immutable prelude shape defined in `smithy.api`."]);
  });

  it("notes equivalent duplicate definitions and rejects different ones", () => {
    expect(load(v2("string A\n"), v2("string A\n")).events.map((e) => e.id)).toEqual(["Model.IgnoredDuplicateDefinition"]);
    expect(failures(load(v2("string A\n"), v2("integer A\n")))[0]).toMatch(/^Conflicting shape definition for `smithy.example#A`/);
  });
});
