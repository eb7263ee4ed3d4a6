/**
 * fast-check arbitraries built from a REST binding descriptor: values that satisfy the model
 * (required members, enums, lengths, ranges, patterns), and mutations of them that break exactly
 * one rule, so the fuzzer knows which answer each request deserves.
 */
import fc from "fast-check";
import type { RestMember, RestServiceSchema, RestShape } from "@oda-codegen/runtime/src/rest";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MAX_DEPTH = 3;

function shapeOf(schema: RestServiceSchema, id: string): RestShape {
  const shape = schema.shapes[id];
  if (shape) return shape;
  // Prelude shapes are not listed in the descriptor.
  const name = id.slice(id.indexOf("#") + 1).toLowerCase();
  const prelude: Record<string, RestShape["type"]> = {
    string: "string",
    boolean: "boolean",
    integer: "integer",
    long: "long",
    float: "float",
    double: "double",
    timestamp: "timestamp",
    document: "document",
    primitiveboolean: "boolean",
    primitiveinteger: "integer",
    primitivelong: "long",
  };
  return { type: prelude[name] ?? "document" };
}

function stringArbitrary(c: RestShape["constraints"] | undefined): fc.Arbitrary<string> {
  if (c?.pattern) {
    const re = new RegExp(c.pattern, "u");
    const min = c.length?.min ?? 0;
    const max = c.length?.max ?? Infinity;
    return fc
      .stringMatching(re)
      .filter((s) => [...s].length >= min && [...s].length <= max)
      .map((s) => s);
  }
  return fc.string({
    unit: "grapheme-composite",
    minLength: c?.length?.min ?? 0,
    maxLength: Math.min(c?.length?.max ?? 24, 24),
  });
}

function numberArbitrary(
  type: string,
  c: RestShape["constraints"] | undefined,
): fc.Arbitrary<number> {
  const integral = !["float", "double", "bigDecimal"].includes(type);
  const bounds: Record<string, [number, number]> = {
    byte: [-128, 127],
    short: [-32768, 32767],
    integer: [-(2 ** 31), 2 ** 31 - 1],
  };
  const [lo, hi] = bounds[type] ?? [-1e9, 1e9];
  const min = Math.max(lo, c?.range?.min ?? lo);
  const max = Math.min(hi, c?.range?.max ?? hi);
  return integral
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A JSON value valid for `member` (its target and its member-level constraints). */
export function validJson(
  schema: RestServiceSchema,
  member: RestMember,
  depth = 0,
): fc.Arbitrary<Json> {
  const shape = shapeOf(schema, member.target);
  const c = member.constraints ?? shape.constraints;
  switch (shape.type) {
    case "string":
      return shape.mediaType === "application/json" ? fc.constant("{}") : stringArbitrary(c);
    case "enum":
    case "intEnum":
      return fc.constantFrom(...(shape.enumValues ?? ["x"]));
    case "boolean":
      return fc.boolean();
    case "timestamp":
      return fc
        .date({
          min: new Date("1970-01-01T00:00:00Z"),
          max: new Date("2100-01-01T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) =>
          (member.timestampFormat ?? shape.timestampFormat) === "epoch-seconds"
            ? Math.floor(d.getTime() / 1000)
            : d.toISOString(),
        );
    case "document":
      // A required document set to null reads as absent: generate a present value.
      return (
        member.required
          ? fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null)
          : fc.jsonValue({ maxDepth: 2 })
      ) as fc.Arbitrary<Json>;
    case "blob":
      return fc.uint8Array({ maxLength: 16 }).map((b) => Buffer.from(b).toString("base64"));
    case "list": {
      const min = c?.length?.min ?? 0;
      if (depth >= MAX_DEPTH && min === 0) return fc.constant([]);
      return fc.array(validJson(schema, shape.member!, depth + 1), {
        minLength: min,
        maxLength: Math.max(min, 2),
      });
    }
    case "map":
      if (depth >= MAX_DEPTH) return fc.constant({});
      return fc.dictionary(
        fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== "__proto__"),
        validJson(schema, shape.value!, depth + 1),
        { maxKeys: 2 },
      );
    case "structure":
    case "union":
      return structureJson(schema, shape, depth);
    default:
      return numberArbitrary(shape.type, c);
  }
}

function jsonName(name: string, member: RestMember): string {
  return member.jsonName ?? name;
}

function structureJson(
  schema: RestServiceSchema,
  shape: RestShape,
  depth: number,
): fc.Arbitrary<Json> {
  const members = Object.entries(shape.members ?? {});
  if (shape.type === "union") {
    if (members.length === 0) return fc.constant({});
    return fc
      .constantFrom(...members)
      .chain(([name, m]) =>
        validJson(schema, m, depth + 1).map((v) => ({ [jsonName(name, m)]: v })),
      );
  }
  const record: Record<string, fc.Arbitrary<Json>> = {};
  const requiredKeys: string[] = [];
  for (const [name, m] of members) {
    if (!m.required && depth >= MAX_DEPTH) continue;
    record[jsonName(name, m)] = validJson(schema, m, depth + 1);
    if (m.required) requiredKeys.push(jsonName(name, m));
  }
  return fc.record(record, { requiredKeys }) as fc.Arbitrary<Json>;
}

/** A wrong-typed JSON value for a member of `type`. */
function wrongType(type: RestShape["type"]): fc.Arbitrary<Json> {
  const any: Array<fc.Arbitrary<Json>> = [];
  if (type !== "boolean") any.push(fc.boolean());
  if (
    !["string", "enum", "timestamp", "blob", "document", "bigInteger", "bigDecimal"].includes(type)
  )
    any.push(fc.string({ maxLength: 6 }));
  if (
    ![
      "integer",
      "long",
      "short",
      "byte",
      "float",
      "double",
      "intEnum",
      "timestamp",
      "document",
      "bigInteger",
      "bigDecimal",
    ].includes(type)
  )
    any.push(fc.integer());
  if (!["list", "document"].includes(type)) any.push(fc.constant([1, "x"]));
  if (!["structure", "union", "map", "document"].includes(type))
    any.push(fc.constant({ nested: true }));
  return fc.oneof(...any);
}

export type Breakage = "missing-required" | "wrong-type" | "bad-enum";

/**
 * A structure value with one rule broken, or undefined when the shape has no rule of that kind.
 * The broken member is a top-level one of `shape`, so the fuzzer can name it.
 */
export function brokenStructure(
  schema: RestServiceSchema,
  shapeId: string,
  breakage: Breakage,
): fc.Arbitrary<{ value: Json; member: string }> | undefined {
  const shape = shapeOf(schema, shapeId);
  const members = Object.entries(shape.members ?? {});
  const base = structureJson(schema, shape, 0) as fc.Arbitrary<Record<string, Json>>;
  if (breakage === "missing-required") {
    const required = members.filter(([, m]) => m.required && m.default === undefined);
    if (required.length === 0) return undefined;
    return fc.tuple(base, fc.constantFrom(...required)).map(([value, [name, m]]) => {
      const copy = { ...value };
      delete copy[jsonName(name, m)];
      return { value: copy, member: name };
    });
  }
  if (breakage === "wrong-type") {
    const typed = members.filter(([, m]) => shapeOf(schema, m.target).type !== "document");
    if (typed.length === 0) return undefined;
    return fc.tuple(base, fc.constantFrom(...typed)).chain(([value, [name, m]]) =>
      wrongType(shapeOf(schema, m.target).type).map((bad) => ({
        value: { ...value, [jsonName(name, m)]: bad },
        member: name,
      })),
    );
  }
  const enums = members.filter(([, m]) => shapeOf(schema, m.target).type === "enum");
  if (enums.length === 0) return undefined;
  return fc
    .tuple(base, fc.constantFrom(...enums), fc.string({ minLength: 1, maxLength: 10 }))
    .filter(([, [, m], s]) => !(shapeOf(schema, m.target).enumValues ?? []).includes(s))
    .map(([value, [name, m], s]) => ({
      value: { ...value, [jsonName(name, m)]: s },
      member: name,
    }));
}
