import { BAIL, compileReader, compileValidator, compileWriter } from "../../src/rest/compiled-body";
import { readStructure, writeStructure } from "../../src/rest/json-codec";
import type { RestServiceSchema } from "../../src/rest/schema";
import { validateStructure } from "../../src/rest/validate";

// A key that would break out of a string literal if it reached the generated source unescaped.
const HOSTILE_KEY = `"]; globalThis.__compiledBodyPwned = 1; //'\u2028\\`;

const SCHEMA: RestServiceSchema = {
  shapeId: "t#S",
  name: "S",
  version: "1",
  operations: [],
  errors: {},
  shapes: {
    "t#Input": {
      type: "structure",
      members: {
        title: { target: "t#Title", required: true },
        code: { target: "t#Code" },
        genre: { target: "t#Genre", default: "novel" },
        flag: { target: "t#Bool" },
        tags: { target: "t#Tags" },
        hostile: { target: "t#Str", jsonName: HOSTILE_KEY },
        ctor: { target: "t#Str", jsonName: "constructor" },
        at: { target: "t#Time", jsonName: "at_time", timestampFormat: "date-time" },
        count: { target: "t#Count" },
        nested: { target: "t#Nested" },
      },
    },
    "t#Nested": { type: "structure", members: { n: { target: "t#Count", required: true } } },
    "t#Title": { type: "string", constraints: { length: { min: 1, max: 5 } } },
    "t#Code": { type: "string", constraints: { pattern: "^[a-z]+$" } },
    "t#Genre": { type: "enum", enumValues: ["novel", "poetry"] },
    "t#Bool": { type: "boolean" },
    "t#Str": { type: "string" },
    "t#Tag": { type: "string", constraints: { length: { max: 3 } } },
    "t#Tags": { type: "list", member: { target: "t#Tag" }, constraints: { uniqueItems: true, length: { max: 3 } } },
    "t#Time": { type: "timestamp" },
    "t#Count": { type: "integer", constraints: { range: { min: 0, max: 9 } } },
  },
} as unknown as RestServiceSchema;

const SHAPE = SCHEMA.shapes["t#Input"]!;
const ALL = new Set(Object.keys(SHAPE.members!));

/** The interpreted result, or the message it throws. */
function interpreted<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    return (error as Error).message;
  }
}

/** [body, whether the fast path handles it itself (result or interpreted member error)]. */
const BODIES: Array<[unknown, boolean]> = [
  [{ title: "Dune" }, true],
  [{ title: "Dune", code: "abc", genre: "poetry", flag: true, tags: ["a", "b"], constructor: "c", at_time: "2024-05-06T07:08:09Z" }, true],
  [{ title: "Dune", [HOSTILE_KEY]: "h", count: 3, nested: { n: 2 } }, true],
  [{ title: "Dune", genre: null, flag: null, tags: null }, true],
  [{ title: "Dune", at_time: "yesterday" }, true],
  [{ title: "Dune", count: 1.5 }, true],
  [{ title: "Dune", nested: [] }, true],
  [{}, true],
  [{ title: 5 }, false],
  [{ title: "Dune", tags: ["a", 1] }, false],
  [{ title: "Dune", tags: ["a", null] }, false],
  [{ title: "Dune", flag: "yes" }, false],
  [[], false],
  [null, false],
  ["text", false],
];

describe("compiled restJson1 body paths", () => {
  const read = compileReader(SCHEMA, SHAPE, ALL)!;
  const validate = compileValidator(SCHEMA, SHAPE)!;
  const write = compileWriter(SCHEMA, SHAPE, undefined)!;

  it("compiles for a structure mixing plain and interpreted members, and not for other shapes", () => {
    expect(read).toBeInstanceOf(Function);
    expect(compileReader(SCHEMA, SCHEMA.shapes["t#Tags"]!, ALL)).toBeUndefined();
  });

  it.each(BODIES.map(([body, fast]) => [JSON.stringify(body), body, fast]))("reads %s as the interpreted reader does", (_, body, fast) => {
    const expected = interpreted(() => readStructure(SCHEMA, SHAPE, body, ""));
    const actual = interpreted(() => read(body));
    // Either the fast path agrees, or it declines and leaves the case (and its error) to the interpreter.
    if (fast) expect(actual).toEqual(expected);
    else expect(actual).toBe(BAIL);
  });

  it("reads only the members asked for", () => {
    const titleOnly = compileReader(SCHEMA, SHAPE, new Set(["title"]))!;
    expect(titleOnly({ title: "Dune", code: "abc", genre: "poetry" })).toEqual({ title: "Dune" });
  });

  it("never lets a key reach the generated source or the prototype", () => {
    expect(read({ title: "Dune", [HOSTILE_KEY]: "x" })).toEqual({ title: "Dune", genre: "novel", hostile: "x" });
    expect((globalThis as Record<string, unknown>).__compiledBodyPwned).toBeUndefined();
    // `constructor` is read only as an own key, never from Object.prototype.
    expect(read({ title: "Dune" })).not.toHaveProperty("ctor");
    expect(JSON.parse(write({ title: "Dune", hostile: "x" }) as string)).toEqual({ title: "Dune", genre: "novel", [HOSTILE_KEY]: "x" });
  });

  const VALUES: Record<string, unknown>[] = [
    { title: "Dune" },
    { title: "" },
    { title: "Dunes!" },
    { title: "👍👍👍👍👍" },
    { code: "abc" },
    { title: "Dune", code: "ABC" },
    { title: "Dune", genre: "drama" },
    { title: "Dune", tags: ["a", "a"] },
    { title: "Dune", tags: ["a", "b", "c", "d"] },
    { title: "Dune", tags: ["abcd"] },
    { title: "Dune", count: 10 },
    { title: "Dune", count: 3, nested: { n: 2 } },
    { title: "Dune", nested: {} },
    { title: "Dune", tags: [new Date(0), new Date(0)] },
  ];

  it.each(VALUES.map((value) => [JSON.stringify(value), value]))("validates %s as the interpreted validator does", (_, value) => {
    expect(validate(value)).toBe(validateStructure(SCHEMA, "t#Input", value).length === 0);
  });

  const OUTPUTS: Record<string, unknown>[] = [
    { title: "Dune" },
    { title: "Dune", genre: null, tags: ["a"], flag: false, ctor: "c", hostile: 'q"uote' },
    { title: "Dune", at: new Date("2024-05-06T07:08:09Z"), count: 3, nested: { n: 1 } },
    { title: 5, tags: "x" },
    {},
  ];

  it.each(OUTPUTS.map((value) => [JSON.stringify(value), value]))("writes %s as the interpreted writer does", (_, value) => {
    expect(write(value)).toBe(JSON.stringify(writeStructure(SCHEMA, SHAPE, value, undefined, "server")));
  });

  it("leaves values it cannot pass through to the interpreted writer", () => {
    expect(write({ title: new Date(0) })).toBe(BAIL);
  });
});

describe("jsonString / jsonStrings", () => {
  const { jsonString, jsonStrings } = jest.requireActual("../../src/rest/compiled-body") as typeof import("../../src/rest/compiled-body");
  const TEXTS = ["", "Dune", 'say "hi"', "back\\slash", "tab\there", "\u0000\u001f\u007f", "👍", "\ud800 lone", "lone \udfff", "\u2028\u2029", "x".repeat(5000)];

  it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 30), t]))("writes %s as JSON.stringify does", (_, text) => {
    expect(jsonString(text)).toBe(JSON.stringify(text));
  });

  it("writes arrays as JSON.stringify does, strings or not", () => {
    for (const items of [[], TEXTS, ["a", 1, null], [undefined, "a"], [new Date(0)]]) {
      expect(jsonStrings(items)).toBe(JSON.stringify(items));
    }
  });
});
