/**
 * Scenarios the reference's own evaluator tests check (smithy-diff *Test.java), written as IDL:
 * exact ids, severities and messages.
 */
import { formatDiffEvent } from "../../src";
import { diff } from "./support";

const ids = (events: ReturnType<typeof diff>, prefix: string) =>
  events.filter((e) => e.id.startsWith(prefix)).map((e) => `${e.severity} ${e.id}`);

it("an unnamed @enum string becoming an enum shape: the name change and the appended value, no AddedShape", () => {
  const events = diff(`@enum([{ value: "foo" }]) string Baz`, `enum Baz { foo\n baz }`);
  expect(ids(events, "ChangedEnumTrait").sort()).toEqual([
    "ERROR ChangedEnumTrait.NameChanged.0",
    "NOTE ChangedEnumTrait.Appended.1",
  ]);
  expect(events.filter((e) => e.id === "AddedShape" || e.id === "ChangedShapeType")).toEqual([]);
  expect(events.map(formatDiffEvent)).toContain(
    "[ERROR] ex#Baz: Enum `name` changed from `null` to `foo` for the `foo` value | ChangedEnumTrait.NameChanged.0",
  );
});

it("values removed after the first, then one appended", () => {
  const events = diff(`enum E { foo\n baz\n bam }`, `enum E { foo\n qux }`);
  expect(ids(events, "ChangedEnumTrait").sort()).toEqual([
    "ERROR ChangedEnumTrait.Removed.1",
    "ERROR ChangedEnumTrait.Removed.2",
    "NOTE ChangedEnumTrait.Appended.1",
  ]);
});

it("inserted values before existing ones are OrderChanged at their new positions", () => {
  const events = diff(`enum E { foo\n bar }`, `enum E { baz\n foo\n qux\n bar }`);
  expect(ids(events, "ChangedEnumTrait").sort()).toEqual([
    "ERROR ChangedEnumTrait.OrderChanged.0",
    "ERROR ChangedEnumTrait.OrderChanged.2",
  ]);
});

it("a list retargeted to a same-shaped list whose member gained @pattern: WARNING with the effective difference", () => {
  const a = `list A { member: B1 }\nlist B1 { member: String }\nlist B2 { member: String }`;
  const b = `list A { member: B2 }\nlist B1 { member: String }\nlist B2 {\n @pattern("^[a-z]+$")\n member: String }`;
  const event = diff(a, b).find((e) => e.id === "ChangedMemberTarget")!;
  expect(event.severity).toBe("WARNING");
  expect(event.message).toBe(
    "The shape targeted by the member `ex#A$member` changed from `ex#B1` (list) to `ex#B2` (list). This was determined " +
      "backward compatible. This will result in the following effective differences:\n\n" +
      "- [WARNING] Added trait `smithy.api#pattern` with value `^[a-z]+$`; The @pattern trait should only be added if the " +
      "string already had adhered to the pattern.",
  );
});

it("a structure target's name is significant", () => {
  const event = diff(
    `list L { member: S1 }\nstructure S1 {}\nstructure S2 {}`,
    `list L { member: S2 }\nstructure S1 {}\nstructure S2 {}`,
  ).find((e) => e.id === "ChangedMemberTarget")!;
  expect(formatDiffEvent(event)).toBe(
    "[ERROR] ex#L$member: The shape targeted by the member `ex#L$member` changed from `ex#S1` (structure) to `ex#S2` (structure). " +
      "The name of a structure is significant. | ChangedMemberTarget",
  );
});

it("a required member losing @required without a default", () => {
  const events = diff(`structure A { @required foo: String }`, `structure A { foo: String }`);
  expect(events.map(formatDiffEvent)).toContain(
    "[ERROR] ex#A$foo: Member `foo` changed from non-nullable to nullable: The @required trait was removed and not replaced " +
      "with the @default trait and @addedDefault trait. | ChangedNullability.RemovedRequiredTrait",
  );
});

it("adding @input to a structure makes members nullable: DANGER on each existing required member", () => {
  const events = diff(
    `structure A { @required foo: String }`,
    `@input structure A { @required foo: String }`,
  );
  expect(events.map(formatDiffEvent)).toContain(
    "[DANGER] ex#A$foo: Member `foo` changed from non-nullable to nullable: The `@input` trait was added to ex#A | ChangedNullability.AddedInputTrait",
  );
});

it("a breakingChanges rule with a path and a message reports the concrete path", () => {
  const trait = `@trait(breakingChanges: [{ change: "remove", path: "/names/member", message: "Names are API." }])
structure labels { names: NameList }
list NameList { member: String }
`;
  const events = diff(
    `${trait}@labels(names: ["a", "b"]) structure S {}`,
    `${trait}@labels(names: ["a"]) structure S {}`,
  );
  expect(events.filter((e) => e.id.startsWith("TraitBreakingChange")).map(formatDiffEvent)).toEqual(
    [
      "[ERROR] ex#S: Removed trait contents from `ex#labels` at path `/names/1`. Removed value: `b`; Names are API. | TraitBreakingChange.Remove.ex#labels",
    ],
  );
});
