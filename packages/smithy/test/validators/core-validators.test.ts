import { eventsOf } from "./support";

describe("Target", () => {
  it("reports unresolved member targets with suggestions", () => {
    expect(eventsOf("string ab\nlist L { member: acb }", "Target")).toEqual([
      "[ERROR] smithy.example#L$member: member shape targets an unresolved shape `smithy.example#acb`. Did you mean smithy.example#ab? | Target.UnresolvedShape",
    ]);
  });

  it("reports operation relationships of the wrong type or to missing shapes", () => {
    const events = eventsOf(
      "integer Int\noperation Op { input: Int, errors: [Missing] }",
      "Target",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#Op: operation shape `input` relationships must target a structure shape, but found (integer: `smithy.example#Int`) | Target",
      "[ERROR] smithy.example#Op: operation shape has an `error` relationship to an unresolved shape `smithy.example#Missing` | Target.UnresolvedShape",
    ]);
  });

  it("forbids errors without @error and members that target trait definitions", () => {
    const events = eventsOf(
      "@trait string fooTrait\nstructure S { a: fooTrait }\noperation Op { errors: [S] }",
      "Target",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#S$a: Found a MEMBER_TARGET reference to trait definition `smithy.example#fooTrait`. Trait definitions cannot be targeted by members or referenced by shapes in any other context other than applying them as traits. | Target",
      "[ERROR] smithy.example#Op: `smithy.example#S` cannot be bound as an error because it is not marked with the `error` trait. | Target",
    ]);
  });

  it("stops validation after a correctness error, as the reference does", () => {
    // `@required` on a string would be a TraitTarget error, but the unresolved target comes first.
    const events = eventsOf("@required string S\nlist L { member: Missing }");
    expect(events.map((e) => e.split(" | ")[1])).toEqual(["Target.UnresolvedShape"]);
  });

  it("accepts a valid model", () => {
    expect(eventsOf("structure S { @required a: String }")).toEqual([]);
  });
});

describe("TraitTarget", () => {
  it("reports a trait applied to a shape its selector does not match", () => {
    expect(eventsOf("@required string S")).toEqual([
      "[ERROR] smithy.example#S: Trait `required` cannot be applied to `smithy.example#S`. This trait may only be applied to shapes that match the following selector: structure > member | TraitTarget",
    ]);
  });

  it("evaluates :test, neighbours and attribute selectors of prelude traits", () => {
    const events = eventsOf(
      "structure S {\n @required @httpLabel ok: String\n @httpLabel notRequired: String\n @required @httpLabel doc: Document\n}",
      "TraitTarget",
    );
    expect(events.map((e) => e.split(":")[0])).toEqual([
      "[ERROR] smithy.example#S$notRequired",
      "[ERROR] smithy.example#S$doc",
    ]);
  });

  it("checks custom trait selectors", () => {
    const events = eventsOf(
      '@trait(selector: "string :not([trait|sensitive])") structure tag {}\n@tag string A\n@tag @sensitive string B\n@tag integer C',
    );
    expect(events.map((e) => e.split(":")[0])).toEqual([
      "[ERROR] smithy.example#B",
      "[ERROR] smithy.example#C",
    ]);
  });
});

describe("TraitValue", () => {
  it("checks trait values against the trait definition, with the path in the message", () => {
    expect(eventsOf('@length(min: "x") string S', "TraitValue")).toEqual([
      "[ERROR] smithy.example#S: Error validating trait `length`.min: Expected number value for long shape, `smithy.api#Long`; found string value, `x` | TraitValue",
    ]);
  });

  it("warns about unknown members and checks custom trait constraints", () => {
    const events = eventsOf(
      "@trait structure limits { @required @range(min: 1) max: Integer }\n@limits(max: 0, other: 1) string S",
      "TraitValue",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#S: Error validating trait `smithy.example#limits`.max: Value provided for `smithy.example#limits$max` must be greater than or equal to 1, but found 0 | TraitValue.Member.InvalidRange",
      "[WARNING] smithy.example#S: Error validating trait `smithy.example#limits`: Member `other` does not exist in `smithy.example#limits` | TraitValue.UnknownMember.smithy.example#limits.other",
    ]);
  });

  it("reports missing required members", () => {
    expect(
      eventsOf("@trait structure t { @required a: String }\n@t string S", "TraitValue"),
    ).toEqual([
      "[ERROR] smithy.example#S: Error validating trait `smithy.example#t`: Missing required structure member `a` for `smithy.example#t` | TraitValue",
    ]);
  });
});

describe("suppressions", () => {
  const model = "@trait structure t { a: String }\n@t(b: 1)\nstring S\n";

  it("lower a warning to SUPPRESSED through metadata, with its reason", () => {
    const events = eventsOf(
      `$version: "2"\nmetadata suppressions = [{ id: "TraitValue", namespace: "smithy.example", reason: "legacy" }]\nnamespace smithy.example\n${model}`,
    );
    expect(events).toEqual([
      "[SUPPRESSED] smithy.example#S: Error validating trait `smithy.example#t`: Member `b` does not exist in `smithy.example#t` (legacy) | TraitValue.UnknownMember.smithy.example#t.b",
    ]);
  });

  it("do not match another namespace", () => {
    const events = eventsOf(
      `$version: "2"\nmetadata suppressions = [{ id: "TraitValue", namespace: "other" }]\nnamespace smithy.example\n${model}`,
    );
    expect(events.map((e) => e.slice(0, 10))).toEqual(["[WARNING] "]);
  });

  it("honour @suppress on the shape, with hierarchical ids, but never suppress errors", () => {
    const events = eventsOf(
      '@trait structure t { a: String }\n@t(b: 1) @suppress(["TraitValue.UnknownMember"])\nstring S\n@suppress(["Target"]) list L { member: Missing }',
    );
    expect(events.map((e) => e.split(":")[0])).toEqual(["[ERROR] smithy.example#L$member"]);
    const warningOnly = eventsOf(
      '@trait structure t { a: String }\n@t(b: 1) @suppress(["TraitValue.UnknownMember"])\nstring S',
    );
    expect(warningOnly.map((e) => e.slice(0, 13))).toEqual(["[SUPPRESSED] "]);
  });

  it("report a malformed entry as a Model error", () => {
    const events = eventsOf(
      `$version: "2"\nmetadata suppressions = [{ id: "X" }]\nnamespace smithy.example\n${model}`,
    );
    expect(events).toEqual(["[ERROR] -: Missing expected member `namespace`. | Model"]);
  });

  it("raise severities with severityOverrides, never to ERROR", () => {
    const events = eventsOf(
      `$version: "2"\nmetadata severityOverrides = [{ id: "TraitValue", namespace: "*", severity: "DANGER" }]\nnamespace smithy.example\n${model}`,
    );
    expect(events.map((e) => e.slice(0, 9))).toEqual(["[DANGER] "]);
    const invalid = eventsOf(
      `$version: "2"\nmetadata severityOverrides = [{ id: "TraitValue", namespace: "*", severity: "ERROR" }]\nnamespace smithy.example\n${model}`,
    );
    expect(invalid).toEqual([
      "[ERROR] -: Expected one of `DANGER`, `WARNING`; got `ERROR`. | Model",
    ]);
  });
});
