import * as fs from "node:fs";
import { assembleModel } from "../../src";
import { ValidationContext } from "../../src/validators/core/context";
import { parseSelector, SelectorSyntaxError } from "../../src/validators/selector/parser";
import { maxNeighborSteps } from "../../src/validators/selector/starts";
import { describeWithReference } from "../../../../test/support/reference";

const model = assembleModel({
  sources: [
    {
      filename: "s.smithy",
      text: `$version: "2"
namespace ex
service Svc { version: "1", operations: [GetThing] }
@readonly @http(method: "GET", uri: "/t/{id}")
operation GetThing { input := { @required @httpLabel id: String, @length(min: 1, max: 5) tags: Tags }, output := { @sensitive secret: String } }
list Tags { member: String }
@documentation("hello") string Doc
`,
    },
  ],
  validate: false,
}).model!;

function select(selector: string): string[] {
  return [...new ValidationContext(model).select(selector)]
    .map((n) => n.id)
    .filter((id) => id.startsWith("ex#"))
    .sort();
}

describe("selector parser", () => {
  it.each([
    ["", "Unexpected selector EOF"],
    ["!", "Unexpected selector character: !"],
    ["foo", "Unknown shape type: foo"],
    [
      ":not(string",
      "line 1 column 12, near ``: Found '[EOF]', but expected one of the following tokens: ')' ','",
    ],
    [":nope(string)", "Unknown function name `nope`"],
    ["[a=", "Expected a valid identifier character, but found '[EOF]'"],
    ["[foo='x]", "line 1 column 9, near ``: Expected ' to close x]"],
  ])("rejects %j with a located message", (text, message) => {
    expect(() => parseSelector(text)).toThrow(SelectorSyntaxError);
    expect(() => parseSelector(text)).toThrow(message);
  });

  it("counts the neighbour steps a selector takes; filters take none, jumps are unbounded", () => {
    const steps = (text: string) => maxNeighborSteps(parseSelector(text));
    expect(steps(":test(string, member > string) [trait|required]")).toBe(0);
    expect(steps("structure > member")).toBe(1);
    expect(steps(":is(structure, union > member > string) > member")).toBe(3);
    expect(steps("operation -[input]-> structure > member :not(< structure)")).toBe(2);
    expect(steps("service ~> string")).toBeUndefined();
    expect(steps(":root(string)")).toBeUndefined();
    expect(steps("$ops(operation) ${ops}")).toBeUndefined();
  });
});

describe("selector evaluation", () => {
  it("follows directed relationships and neighbours", () => {
    expect(select("operation -[input]-> structure > member")).toEqual([
      "ex#GetThingInput$id",
      "ex#GetThingInput$tags",
    ]);
    expect(select("service ~> [trait|sensitive]")).toEqual(["ex#GetThingOutput$secret"]);
    expect(select("list < member")).toEqual(["ex#GetThingInput$tags"]);
  });

  it("compares attributes, projections and scoped values", () => {
    expect(select("[trait|http|method = GET]")).toEqual(["ex#GetThing"]);
    expect(select("[trait|documentation ^= hel]")).toEqual(["ex#Doc"]);
    expect(select("[id|name = tags i]")).toEqual(["ex#Tags", "ex#Tags$member"]);
    expect(select("[id|member = tags i]")).toEqual(["ex#GetThingInput$tags"]);
    expect(select("[@trait|length: @{min} < @{max}]")).toEqual(["ex#GetThingInput$tags"]);
    expect(select("[trait|(keys) = smithy.api#readonly]")).toEqual(["ex#GetThing"]);
  });

  it("supports variables and :in/:root", () => {
    expect(select("operation $io(-[input, output]->) ${io} > member [trait|sensitive]")).toEqual([
      "ex#GetThingOutput$secret",
    ]);
    expect(select("string :in(:root(member > string))")).toEqual([]);
    expect(select(":in(:root(service ~> list))")).toEqual(["ex#Tags"]);
  });
});

describeWithReference(
  "selector syntax errors read like the reference's",
  ["smithy-idl-corpus", "errorfiles", "validators", "linters", "emit-each-invalid-selector.errors"],
  (file) => {
    // Each line wraps "Syntax error at line L column C, near `...`: ...; expression: ..." for one selector.
    const cases = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .map((line) =>
        /from "((?:[^"\\]|\\.)*)": Unable to deserialize Node using fromNode method: (.*) \| Model$/.exec(
          line,
        ),
      )
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [JSON.parse(`"${m[1]}"`) as string, m[2]!] as const);

    it("covers the reference's invalid selectors", () => {
      expect(cases.length).toBeGreaterThan(25);
    });

    it.each(cases)("%j", (selector, message) => {
      expect(() => parseSelector(selector)).toThrow(message);
    });
  },
);
