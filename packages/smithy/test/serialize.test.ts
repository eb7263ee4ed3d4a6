import { assembleModel, formatJsonAst, serializeJsonAst } from "../src";

const model = (text: string) => assembleModel({ sources: [{ filename: "m.smithy", text }], validate: false }).model!;

describe("serializeJsonAst", () => {
  const m = model(
    '$version: "2"\nmetadata z = 1\nmetadata b = [1]\nnamespace a\n\n@mixin\n@tags(["t"])\nstructure M {\n    id: String\n}\n\n' +
      "structure S with [M] {\n    @required\n    name: String\n}\n\napply S$id @deprecated\n\nservice Svc {\n    version: \"1\"\n    operations: [Op]\n}\n\noperation Op {}\n",
  );
  const ast = serializeJsonAst(m) as Record<string, any>;

  it("writes only local traits and members that are not plain mixin copies", () => {
    expect(ast["shapes"]["a#S"]).toEqual({
      type: "structure",
      mixins: [{ target: "a#M" }],
      members: {
        id: { target: "smithy.api#String", traits: { "smithy.api#deprecated": {} } },
        name: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
      },
    });
  });

  it("leaves the prelude out unless asked, and sorts shapes and metadata", () => {
    expect(Object.keys(ast["shapes"])).toEqual(["a#M", "a#Op", "a#S", "a#Svc"]);
    expect(Object.keys(ast["metadata"])).toEqual(["b", "z"]);
    expect(ast["smithy"]).toBe("2.0");
    expect(Object.keys((serializeJsonAst(m, { includePrelude: true }) as any).shapes)).toContain("smithy.api#String");
  });

  it("writes service and operation relationships", () => {
    expect(ast["shapes"]["a#Svc"]).toEqual({ type: "service", version: "1", operations: [{ target: "a#Op" }] });
    expect(ast["shapes"]["a#Op"]).toEqual({ type: "operation" });
  });

  it("keeps numbers beyond the double range as text that reads back the same", () => {
    const big = model('$version: "2"\nnamespace a\n@trait\nbigDecimal n\n@n(1e400)\nstring S\n');
    const text = formatJsonAst(big);
    expect(text).toContain('"a#n": 1e999');
    expect(JSON.parse(text).shapes["a#S"].traits["a#n"]).toBe(Infinity);
  });
});
