/**
 * Shapes and members compute their source locations when first read (from the file's text and an
 * offset): the values must be the exact line and column of each definition, inherited members
 * must keep the mixin's location, and JSON AST locations must come through unchanged.
 */
import { assembleModel, type Shape } from "../../src";

const IDL = `$version: "2.0"
namespace ex

/// Docs.
@mixin
structure M {
    @required
    a: String
}

structure S with [M] {
  b: Integer
}

operation Op {
    input := {
        c: String
    }
}
`;

const JSON_AST = `{
  "smithy": "2.0",
  "shapes": {
    "ex2#J": {
      "type": "structure",
      "members": {
        "d": { "target": "smithy.api#String" }
      }
    }
  }
}`;

const loc = (line: number, column: number, filename = "m.smithy") => ({ filename, line, column });

describe("source locations", () => {
  const { model, events } = assembleModel({
    sources: [
      { filename: "m.smithy", text: IDL },
      { filename: "j.json", text: JSON_AST },
    ],
  });
  const shape = (id: string): Shape => model!.expectShape(id);

  it("loads without errors", () => {
    expect(events.filter((e) => e.severity === "ERROR")).toEqual([]);
  });

  it("gives each shape and member the line and column where it is defined", () => {
    // Read in reverse order of the text: the lazy locations must not depend on the read order.
    expect(shape("ex#OpInput").members.get("c")!.location).toEqual(loc(17, 9));
    expect(shape("ex#OpInput").location).toEqual(loc(16, 14));
    expect(shape("ex#Op").location).toEqual(loc(15, 1));
    expect(shape("ex#S").members.get("b")!.location).toEqual(loc(12, 3));
    expect(shape("ex#S").location).toEqual(loc(11, 1));
    expect(shape("ex#M").members.get("a")!.location).toEqual(loc(8, 5));
    expect(shape("ex#M").location).toEqual(loc(6, 1));
  });

  it("keeps the mixin's location on an inherited member, and one location object per read", () => {
    const inherited = shape("ex#S").members.get("a")!;
    expect(inherited.mixin).toBe("ex#M");
    expect(inherited.location).toEqual(loc(8, 5));
    expect(inherited.location).toBe(inherited.location);
  });

  it("passes the JSON AST loader's locations through", () => {
    expect(shape("ex2#J").location.filename).toBe("j.json");
    expect(shape("ex2#J").members.get("d")!.location.filename).toBe("j.json");
  });

  it("keeps the lazy state out of the shape's keys and JSON", () => {
    const s = shape("ex#S");
    expect(Object.keys(s)).not.toContain("location");
    const json = JSON.stringify(s.members.get("b"));
    expect(json).not.toContain("$version");
    expect(json).not.toContain("offset");
  });
});
