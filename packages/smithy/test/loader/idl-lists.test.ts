import { assembleModel, parseIdl } from "../../src";

const model = `$version: "2.0"
namespace ex

@trait
list refs { member: String }

@trait
list nested { member: Strings }

list Strings { member: String }

@refs([Target, Other, "quoted"])
@nested([[Other], [], [Target, Other]])
structure Target {
    @refs([Other])
    a: String
}

structure Other with [Mixin] {}

@mixin
structure Mixin {}
`;

describe("IDL lists", () => {
  it("resolves bare shape ids inside list values, nested ones included", () => {
    const r = assembleModel({ sources: [{ filename: "m.smithy", text: model }], validate: false });
    expect(r.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER")).toEqual([]);
    const target = r.model!.expectShape("ex#Target");
    expect(target.traits.get("ex#refs")).toEqual(["ex#Target", "ex#Other", "quoted"]);
    expect(target.traits.get("ex#nested")).toEqual([["ex#Other"], [], ["ex#Target", "ex#Other"]]);
    expect(target.members.get("a")!.traits.get("ex#refs")).toEqual(["ex#Other"]);
  });

  it("keeps mixins, members and trait lists in order", () => {
    const file = parseIdl("m.smithy", model);
    const target = file.shapes.find((s) => s.id === "ex#Target")!;
    expect(target.traits!.map((t) => t.trait)).toEqual(["refs", "nested"]);
    expect(target.members.map((m) => m.name)).toEqual(["a"]);
    expect(file.shapes.find((s) => s.id === "ex#Other")!.mixins).toEqual(["Mixin"]);
  });
});
