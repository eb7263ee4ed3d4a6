/**
 * One fixture pair per diff event id that produces it (id and severity), and one near-miss pair
 * that does not.
 */
import type { Severity } from "../../src";
import { describeEvents, diff, hasId, type Side } from "./support";

interface Case {
  /** Event id as the reference reports it (matched with containsId, so `A` matches `A.B`). */
  id: string;
  severity: Severity;
  yes: [Side, Side];
  no: [Side, Side];
}

const OTHER_NS = `namespace other\nstructure Widget { name: String }\n`;
const SERVICE = (ops: string, extra = "") =>
  `service Svc { version: "1"\n operations: [${ops}]\n${extra} }\n`;
const OP = (name: string, errors = "") =>
  `operation ${name} { ${errors ? `errors: [${errors}]` : ""} }\n`;
const ERRORS = `@error("client") structure E1 {}\n@error("client") structure E2 {}\n`;
const CUSTOM = (tags: string, rules: string) =>
  `${tags}\n@trait(selector: "structure"${rules ? `, breakingChanges: ${rules}` : ""})\nstructure beta {}\n`;

const CASES: Case[] = [
  {
    id: "RemovedShape",
    severity: "ERROR",
    yes: [`structure A {}\nstructure B {}`, `structure A {}`],
    no: [`structure A {}\n@private structure B {}`, `structure A {}`],
  },
  {
    id: "ChangedShapeType",
    severity: "ERROR",
    yes: [`string A`, `blob A`],
    // A 1.0 `@enum` string becoming an enum shape is the recommended migration.
    no: [`@enum([{ value: "X", name: "X" }])\nstring A`, `enum A { X }`],
  },
  {
    id: "ChangedMemberTarget",
    severity: "ERROR",
    yes: [`structure S { a: A }\nstring A\ninteger B`, `structure S { a: B }\nstring A\ninteger B`],
    // The same kind of shape with the same constraints: a WARNING, not an ERROR.
    no: [
      `structure S { a: A }\n@length(max: 3) string A\n@length(max: 3) string A2`,
      `structure S { a: A2 }\n@length(max: 3) string A\n@length(max: 3) string A2`,
    ],
  },
  {
    id: "ChangedMemberTarget",
    severity: "ERROR",
    // Same type, but the new target is narrower: the effect decides.
    yes: [
      `structure S { a: A }\n@length(max: 9) string A\n@length(max: 3) string A2`,
      `structure S { a: A2 }\n@length(max: 9) string A\n@length(max: 3) string A2`,
    ],
    no: [
      `structure S { a: A }\n@length(max: 3) string A\n@length(max: 9) string A2`,
      `structure S { a: A2 }\n@length(max: 3) string A\n@length(max: 9) string A2`,
    ],
  },
  {
    id: "AddedRequiredMember",
    severity: "ERROR",
    yes: [`structure S { a: String }`, `structure S { a: String\n @required b: String }`],
    no: [
      `structure S { a: String }`,
      `structure S { a: String\n @required @default("x") b: String }`,
    ],
  },
  {
    id: "ChangedNullability",
    severity: "ERROR",
    yes: [`structure S { a: String }`, `structure S { @required a: String }`],
    // Members of @input structures stay nullable for clients.
    no: [`@input structure S { a: String }`, `@input structure S { @required a: String }`],
  },
  {
    id: "ChangedDefault",
    severity: "ERROR",
    yes: [`structure S { a: Integer = 0\n}`, `structure S { a: Integer = 5\n}`],
    // Replacing @required with a default plus @addedDefault is the allowed path.
    no: [`structure S { @required a: Integer }`, `structure S { @addedDefault a: Integer = 0\n}`],
  },
  {
    id: "ChangedDefault",
    severity: "DANGER",
    yes: [`structure S { a: Integer = 1\n}`, `structure S { a: Integer = 2\n}`],
    no: [`structure S { a: Integer = 1\n}`, `structure S { @documentation("d") a: Integer = 1\n}`],
  },
  {
    id: "ChangedMemberOrder",
    severity: "DANGER",
    yes: [`structure S { a: String\n b: String }`, `structure S { b: String\n a: String }`],
    no: [
      `structure S { a: String\n b: String }`,
      `structure S { a: String\n b: String\n c: String }`,
    ],
  },
  {
    id: "AddedOperationError",
    severity: "WARNING",
    yes: [ERRORS + OP("Op", "E1"), ERRORS + OP("Op", "E1, E2")],
    no: [ERRORS + OP("Op", "E1, E2"), ERRORS + OP("Op", "E2, E1")],
  },
  {
    id: "RemovedOperationError",
    severity: "WARNING",
    yes: [ERRORS + OP("Op", "E1, E2"), ERRORS + OP("Op", "E1")],
    no: [ERRORS + OP("Op", "E1, E2"), ERRORS + OP("Op", "E2, E1")],
  },
  {
    id: "AddedOperationBinding",
    severity: "NOTE",
    yes: [SERVICE("A") + OP("A") + OP("B"), SERVICE("A, B") + OP("A") + OP("B")],
    // A new operation that nothing binds yet.
    no: [SERVICE("A") + OP("A"), SERVICE("A") + OP("A") + OP("B")],
  },
  {
    id: "RemovedOperationBinding",
    severity: "ERROR",
    yes: [SERVICE("A, B") + OP("A") + OP("B"), SERVICE("A") + OP("A") + OP("B")],
    // Moved into a resource of the service: still callable, only a NOTE.
    no: [
      SERVICE("A, B", "resources: [R]") + "resource R {}\n" + OP("A") + OP("B"),
      SERVICE("A", "resources: [R]") + "resource R { operations: [B] }\n" + OP("A") + OP("B"),
    ],
  },
  {
    id: "RemovedResourceBinding",
    severity: "ERROR",
    yes: [SERVICE("", "resources: [R]") + "resource R {}", SERVICE("") + "resource R {}"],
    no: [
      SERVICE("", "resources: [R]") + "resource R {}",
      SERVICE("", "resources: [R, Q]") + "resource R {}\nresource Q {}",
    ],
  },
  {
    id: "ChangedEnumTrait.Removed",
    severity: "ERROR",
    yes: [`enum E { A\n B }`, `enum E { A }`],
    no: [`enum E { A\n B }`, `enum E { A\n B\n C }`],
  },
  {
    id: "ChangedEnumTrait.OrderChanged",
    severity: "ERROR",
    yes: [`enum E { A\n B }`, `enum E { A\n C\n B }`],
    no: [`enum E { A\n B }`, `enum E { A\n B\n C }`],
  },
  {
    id: "ChangedEnumTrait.Removed",
    severity: "ERROR",
    // The 1.0 form: an @enum trait on a string.
    yes: [`@enum([{ value: "a" }, { value: "b" }]) string E`, `@enum([{ value: "a" }]) string E`],
    no: [
      `@enum([{ value: "a" }, { value: "b" }]) string E`,
      `@enum([{ value: "a" }, { value: "b" }, { value: "c" }]) string E`,
    ],
  },
  {
    id: "ChangedLengthTrait",
    severity: "ERROR",
    yes: [`@length(max: 10) string A`, `@length(max: 5) string A`],
    no: [`@length(max: 10) string A`, `@length(max: 20) string A`],
  },
  {
    id: "ChangedRangeTrait",
    severity: "ERROR",
    yes: [`@range(min: 0) integer A`, `@range(min: 1) integer A`],
    no: [`@range(min: 1) integer A`, `@range(min: 0) integer A`],
  },
  {
    id: "TraitBreakingChange.Remove.ex#beta",
    severity: "ERROR",
    yes: [
      CUSTOM("", `[{ change: "remove" }]`) + "@beta structure S {}",
      CUSTOM("", `[{ change: "remove" }]`) + "structure S {}",
    ],
    no: [
      CUSTOM("", `[{ change: "remove" }]`) + "structure S {}",
      CUSTOM("", `[{ change: "remove" }]`) + "@beta structure S {}",
    ],
  },
  {
    id: "TraitBreakingChange.Update.smithy.api#jsonName",
    severity: "ERROR",
    yes: [`structure S { @jsonName("a") m: String }`, `structure S { @jsonName("b") m: String }`],
    no: [
      `structure S { @jsonName("a") m: String }`,
      `structure S { @jsonName("a") @documentation("d") m: String }`,
    ],
  },
  {
    id: "ModifiedTrait.Add.ex#beta",
    severity: "ERROR",
    yes: [
      CUSTOM(`@tags(["diff.error.add"])`, "") + "structure S {}",
      CUSTOM(`@tags(["diff.error.add"])`, "") + "@beta structure S {}",
    ],
    no: [
      CUSTOM(`@tags(["diff.error.add"])`, "") + "@beta structure S {}",
      CUSTOM(`@tags(["diff.error.add"])`, "") + "structure S {}",
    ],
  },
  {
    id: "ModifiedTrait.Update.smithy.api#enumValue",
    severity: "ERROR",
    // The prelude tags enumValue `diff.error.const`.
    yes: [`enum E { A = "a"\n}`, `enum E { A = "b"\n}`],
    no: [`enum E { A = "a"\n}`, `enum E { @documentation("d") A = "a"\n}`],
  },
  {
    id: "ServiceRename",
    severity: "ERROR",
    yes: [
      [SERVICE("Op") + `operation Op { input := { w: other#Widget } }`, OTHER_NS],
      [
        SERVICE("Op", `rename: { "other#Widget": "OtherWidget" }`) +
          `operation Op { input := { w: other#Widget } }`,
        OTHER_NS,
      ],
    ],
    no: [
      [
        SERVICE("Op", `rename: { "other#Widget": "OtherWidget" }`) +
          `operation Op { input := { w: other#Widget } }`,
        OTHER_NS,
      ],
      // A new operation next to an unchanged rename.
      [
        SERVICE("Op, Op2", `rename: { "other#Widget": "OtherWidget" }`) +
          `operation Op { input := { w: other#Widget } }\n` +
          OP("Op2"),
        OTHER_NS,
      ],
    ],
  },
  {
    id: "AddedMetadata",
    severity: "NOTE",
    yes: [`structure S {}`, `metadata extra = 1\nstructure S {}`],
    no: [`metadata extra = 1\nstructure S {}`, `metadata extra = 2\nstructure S {}`],
  },
  {
    id: "RemovedMetadata",
    severity: "DANGER",
    yes: [`metadata extra = 1\nstructure S {}`, `structure S {}`],
    no: [`metadata extra = 1\nstructure S {}`, `metadata extra = 2\nstructure S {}`],
  },
  {
    id: "ChangedMetadata",
    severity: "WARNING",
    yes: [`metadata extra = 1\nstructure S {}`, `metadata extra = 2\nstructure S {}`],
    no: [`structure S {}`, `metadata extra = 2\nstructure S {}`],
  },
];

const produces = (events: ReturnType<typeof diff>, c: Case) =>
  events.some((e) => hasId(e, c.id) && e.severity === c.severity);

describe.each(CASES.map((c, i) => [`${c.id} (${c.severity}) #${i}`, c] as const))("%s", (_, c) => {
  it("is produced by the breaking fixture", () => {
    const events = diff(...c.yes);
    if (!produces(events, c))
      throw new Error(`expected ${c.id} at ${c.severity}, got:\n${describeEvents(events)}`);
  });
  it("is not produced by the near miss", () => {
    const events = diff(...c.no);
    if (produces(events, c))
      throw new Error(`did not expect ${c.id} at ${c.severity}, got:\n${describeEvents(events)}`);
  });
});

it("every event id the issue lists has a fixture", () => {
  const listed = [
    "RemovedShape",
    "ChangedShapeType",
    "ChangedMemberTarget",
    "AddedRequiredMember",
    "ChangedNullability",
    "ChangedDefault",
    "ChangedMemberOrder",
    "AddedOperationError",
    "RemovedOperationError",
    "AddedOperationBinding",
    "RemovedOperationBinding",
    "ChangedEnumTrait",
    "ChangedLengthTrait",
    "ChangedRangeTrait",
    "TraitBreakingChange",
    "ModifiedTrait",
    "ServiceRename",
    "AddedMetadata",
    "RemovedMetadata",
    "ChangedMetadata",
  ];
  const covered = new Set(CASES.map((c) => c.id.split(".")[0]));
  expect(listed.filter((id) => !covered.has(id))).toEqual([]);
});
