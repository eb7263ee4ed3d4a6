import { parseJson, MAX_JSON_DEPTH } from "../../src/rest/server-request";

const nested = (depth: number, open = "[", close = "]") => open.repeat(depth) + close.repeat(depth);

describe("parseJson nesting limit", () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more with a SerializationError`, () => {
    expect(() => parseJson(Buffer.from(nested(MAX_JSON_DEPTH)))).not.toThrow();
    expect(() => parseJson(Buffer.from(nested(MAX_JSON_DEPTH + 1)))).toThrow(
      /nests deeper than 256 levels/,
    );
    expect(() => parseJson(Buffer.from(nested(100_000)))).toThrow(/nests deeper/);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    const text = JSON.stringify({ a: "[".repeat(10_000), b: '\\"' + "{".repeat(5_000) });
    expect(parseJson(Buffer.from(text))).toEqual(JSON.parse(text));
  });

  it("counts objects and arrays alike", () => {
    const mixed = '{"a":['.repeat(130) + "1" + "]}".repeat(130);
    expect(() => parseJson(Buffer.from(mixed))).toThrow(/nests deeper/);
  });
});
