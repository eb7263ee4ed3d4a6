import { loadJsonAst } from "../../src/loader/json-ast-loader";

const doc = (shapes: object, extra: object = {}) => JSON.stringify({ smithy: "2.0", ...extra, shapes }, null, 2);

describe("loadJsonAst", () => {
  it("loads shapes, members, relationships and traits", () => {
    const file = loadJsonAst("m.json", doc({
      "a#S": { type: "structure", members: { x: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } } },
      "a#Op": { type: "operation", input: { target: "a#S" }, errors: [{ target: "a#E" }] },
    }));
    expect(file.events).toEqual([]);
    expect(file.shapes.map((s) => [s.id, s.type])).toEqual([["a#S", "structure"], ["a#Op", "operation"]]);
    expect(file.shapes[0]!.members[0]).toMatchObject({ name: "x", target: "smithy.api#String" });
    expect(file.shapes[0]!.location.line).toBe(4);
    expect(file.shapes[1]).toMatchObject({ input: "a#S", errors: ["a#E"] });
    expect(file.shapes[0]!.members[0]!.traits!.map((t) => [t.target, t.trait])).toEqual([["a#S$x", "smithy.api#required"]]);
  });

  it("reports JSON syntax errors with a line and column", () => {
    const file = loadJsonAst("m.json", '{\n  "smithy": "2.0",\n  "shapes": {,}\n}');
    expect(file.events[0]!.sourceLocation).toEqual({ filename: "m.json", line: 3, column: 14 });
  });

  it("warns on unknown properties and rejects invalid ids, as the reference does", () => {
    const file = loadJsonAst("m.json", doc({ Hi: { type: "string" }, "a#B": { type: "string", traits: { documentation: "x" }, foo: 1 } }));
    expect(file.events.map((e) => `${e.severity} ${e.message}`)).toEqual([
      "ERROR Invalid shape ID: Hi",
      "WARNING Expected an object with possible properties of `mixins`, `traits`, `type`, but found additional properties: `foo`",
      "ERROR Invalid shape ID: documentation",
    ]);
  });

  it("refuses trait values nested deeper than 64 levels without recursion", () => {
    const deep = `${"[".repeat(100000)}${"]".repeat(100000)}`;
    const file = loadJsonAst("m.json", `{"smithy":"2.0","shapes":{"a#S":{"type":"string","traits":{"smithy.api#tags":${deep}}}}}`);
    expect(file.events.map((e) => e.message)).toEqual(["Node value exceeds the maximum allowed depth of 64"]);
    expect(file.shapes[0]!.traits).toBeUndefined();
  });

  it("reports an unsupported version", () => {
    expect(loadJsonAst("m.json", '{"smithy":"999"}').events[0]!.message).toBe("Unsupported Smithy version number: 999");
  });
});
