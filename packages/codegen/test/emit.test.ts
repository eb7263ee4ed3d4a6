/** Golden-ish tests of emitted validator and converter code for small shapes. */
import type { ServiceShape } from "@oda-codegen/smithy";
import { CheckEmitter } from "../src/emit/check-emitter";
import { EmitState } from "../src/emit/emit-state";
import { JsonEmitter } from "../src/emit/json-emitter";
import { collectClosure } from "../src/view-model/closure";
import { createContext } from "../src/view-model/context";
import { ModelBuilder, m } from "./support/model-builder";

function emitters() {
  const model = new ModelBuilder("g")
    .structure("Input", {
      name: m("String", { required: {}, length: { min: 1, max: 8 } }),
      count: m("Integer", { range: { min: 0 } }),
      when: m("Timestamp"),
      tags: m("Tags"),
    })
    .list("Tags", m("String", { pattern: "^[a-z]+$" }), { uniqueItems: {} })
    .operation("Op", { input: "Input" })
    .service("Svc", { operations: ["Op"] })
    .build();
  const ctx = createContext(
    model,
    collectClosure(model, model.expectShape("g#Svc") as ServiceShape),
    "rt",
  );
  const state = new EmitState();
  return { ctx, state, checks: new CheckEmitter(ctx, state), json: new JsonEmitter(ctx, state) };
}

describe("emitted code", () => {
  it("checks a structure member by member, constraints inline, nested shapes by call", () => {
    const { ctx, state, checks } = emitters();
    expect(checks.checkFunction(ctx.shape("g#Input")).split("\n")).toEqual([
      "function checkInput(value: unknown, path: string, errors: FieldError[]): void {",
      "if (!expectObject(value, path, undefined, errors)) return;",
      'if (value.name == null) missing(errors, path, "name");',
      'else if (expectString(value.name, path, "name", errors)) {',
      "const nameLength = codePointLength(value.name);",
      'if (nameLength < 1 || nameLength > 8) fail(errors, path, "name", "length", "length must be between 1 and 8 code points", value.name);',
      "}",
      'if (value.count != null) if (expectInteger(value.count, path, "count", errors, -2147483648, 2147483647)) if (value.count < 0) fail(errors, path, "count", "range", "must be at least 0", value.count);',
      'optionalTimestamp(value.when, path, "when", errors);',
      "if (value.tags != null) checkTags(value.tags, `${path}/tags`, errors);",
      "}",
    ]);
    expect([...state.helpers].sort()).toEqual(
      [
        "at",
        "codePointLength",
        "expectInteger",
        "expectObject",
        "expectString",
        "expectTimestamp",
        "fail",
        "isObject",
        "missing",
        "optionalTimestamp",
        "show",
      ].sort(),
    );
  });

  it("checks a member with no constraints by one call that also handles its absence", () => {
    const model = new ModelBuilder("g")
      .structure("Plain", {
        id: m("String", { required: {} }),
        code: m("String", { required: {} }),
        note: m("String"),
        count: m("Integer"),
        active: m("Boolean"),
        at: m("Timestamp"),
        short: m("String", { length: { max: 3 } }),
      })
      .operation("Op", { input: "Plain" })
      .service("Svc", { operations: ["Op"] })
      .build();
    const ctx = createContext(
      model,
      collectClosure(model, model.expectShape("g#Svc") as ServiceShape),
      "rt",
    );
    const state = new EmitState();
    const checks = new CheckEmitter(ctx, state);
    expect(checks.checkFunction(ctx.shape("g#Plain")).split("\n")).toEqual([
      "function checkPlain(value: unknown, path: string, errors: FieldError[]): void {",
      "if (!expectObject(value, path, undefined, errors)) return;",
      'requiredString(value.id, path, "id", errors);',
      'requiredString(value.code, path, "code", errors);',
      'optionalString(value.note, path, "note", errors);',
      'optionalInteger(value.count, path, "count", errors, -2147483648, 2147483647);',
      'optionalBoolean(value.active, path, "active", errors);',
      'optionalTimestamp(value.at, path, "at", errors);',
      'if (value.short != null) if (expectString(value.short, path, "short", errors)) if (codePointLength(value.short) > 3) fail(errors, path, "short", "length", "length must be at most 3 code points", value.short);',
      "}",
    ]);
    expect([...state.helpers]).toEqual(
      expect.arrayContaining([
        "requiredString",
        "optionalString",
        "optionalInteger",
        "optionalBoolean",
        "optionalTimestamp",
        "missing",
        "expectString",
        "expectInteger",
      ]),
    );
  });

  it("checks lists for uniqueness at the list and each item with its index", () => {
    const { ctx, state, checks } = emitters();
    const code = checks.checkFunction(ctx.shape("g#Tags"));
    expect(code).toContain("const duplicate = firstDuplicate(value);");
    expect(code).toContain('if (duplicate >= 0) fail(errors, path, undefined, "uniqueItems"');
    expect(code).toContain(
      "if (expectString(item, path, i, errors)) if (!TAGS_MEMBER_PATTERN.test(item))",
    );
    expect(state.constants).toEqual(['const TAGS_MEMBER_PATTERN = new RegExp("^[a-z]+$", "u");']);
  });

  it("converts only what differs between the TypeScript and JSON forms", () => {
    const { ctx, json } = emitters();
    expect(json.toJsonFunction(ctx.shape("g#Input")).split("\n")).toEqual([
      "function inputToJson(value: Input): JsonValue {",
      "const json: { [key: string]: JsonValue } = {};",
      "json.name = value.name;",
      "if (value.count !== undefined) json.count = value.count;",
      "if (value.when !== undefined) json.when = value.when.getTime() / 1000;",
      "if (value.tags !== undefined) json.tags = value.tags;",
      "return json;",
      "}",
    ]);
    expect(json.isPlain("g#Tags", "read")).toBe(true);
    expect(json.isPlain("g#Input", "read")).toBe(false); // a timestamp to convert
    expect(json.needsFunction(ctx.shape("g#Tags"), "toJson")).toBe(false);
  });
});
