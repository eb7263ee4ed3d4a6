/**
 * rest.ts carries its binding descriptor as JSON text in a String.raw template literal: whatever
 * strings the model holds (backticks, `${`, backslashes, line separators), evaluating the emitted
 * literal and parsing it gives the descriptor back.
 */
import fc from "fast-check";
import * as vm from "node:vm";
import { rawTemplateText } from "@oda-codegen/codegen/src/rest";

const evaluate = (json: string): unknown =>
  vm.runInNewContext(`JSON.parse(String.raw\`${rawTemplateText(json)}\`)`);

describe("rawTemplateText", () => {
  it("keeps template syntax in JSON strings inert", () => {
    const value = { a: "x`y${z}", b: "\\`\\${q}", c: "line\nbreak\t\"quoted\"", d: "\u2028\u2029", e: "$", f: "{}" };
    expect(evaluate(JSON.stringify(value, null, 2))).toEqual(value);
  });

  it("round-trips any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(evaluate(JSON.stringify(value, null, 2))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips strings made of the characters that matter", () => {
    const tricky = fc.constantFrom("`", "$", "{", "}", "\\", "\n", "\r", "u", "0", "\u2028", "a");
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 12 }).map((cs) => cs.join("")), (s) => {
        expect(evaluate(JSON.stringify({ s }))).toEqual({ s });
      }),
      { numRuns: 2000 },
    );
  });
});
