import { assembleModel } from "../../src";

const model = `$version: "2"
namespace ex

structure A {
    @required
    a: String
    @required
    @httpLabel
    b: String
    /// Documented.
    @required
    c: String
    @required
    d: String = ""
}

@input
structure B {
    @httpLabel
    @required
    a: String
}

@input
@documentation("B2")
structure B2 {}
`;

describe("annotation-only trait maps", () => {
  const r = assembleModel({ sources: [{ filename: "m.smithy", text: model }], validate: false });
  const a = r.model!.expectShape("ex#A");
  const member = (shape: string, name: string) => r.model!.expectShape(shape).members.get(name)!;

  it("give each member exactly its own traits", () => {
    expect(r.events.filter((e) => e.severity === "ERROR")).toEqual([]);
    expect([...member("ex#A", "a").traits.keys()]).toEqual(["smithy.api#required"]);
    expect([...member("ex#A", "b").traits.keys()]).toEqual([
      "smithy.api#required",
      "smithy.api#httpLabel",
    ]);
    expect([...member("ex#A", "c").traits.keys()].sort()).toEqual([
      "smithy.api#documentation",
      "smithy.api#required",
    ]);
    expect(member("ex#A", "c").traits.get("smithy.api#documentation")).toBe("Documented.");
    expect([...member("ex#A", "d").traits]).toEqual([
      ["smithy.api#default", ""],
      ["smithy.api#required", {}],
    ]);
    // Trait order is part of the map: httpLabel first here, unlike A$b.
    expect([...member("ex#B", "a").traits.keys()]).toEqual([
      "smithy.api#httpLabel",
      "smithy.api#required",
    ]);
    for (const name of ["a", "b", "c", "d"]) {
      expect([...member("ex#A", name).localTraits].sort()).toEqual(
        [...member("ex#A", name).traits.keys()].sort(),
      );
    }
    expect([...r.model!.expectShape("ex#B").traits.keys()]).toEqual(["smithy.api#input"]);
    expect([...r.model!.expectShape("ex#B2").traits.keys()].sort()).toEqual([
      "smithy.api#documentation",
      "smithy.api#input",
    ]);
    expect(a.traits.size).toBe(0);
  });

  it("share one frozen value, so that no shape can change another's", () => {
    const value = member("ex#A", "a").traits.get("smithy.api#required");
    expect(value).toEqual({});
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => {
      "use strict";
      (value as Record<string, unknown>)["x"] = 1;
    }).toThrow(TypeError);
  });
});
