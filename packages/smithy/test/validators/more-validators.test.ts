import { assembleModel } from "../../src";
import { eventsOf } from "./support";

describe("ResourceCycle, SingleOperationBinding, SingleResourceBinding, ResourceIdentifier", () => {
  it("finds circular resource hierarchies", () => {
    expect(
      eventsOf("resource A { resources: [B] }\nresource B { resources: [A] }", "ResourceCycle"),
    ).toEqual([
      "[ERROR] smithy.example#A: Circular resource hierarchy found: smithy.example#A -> smithy.example#B -> smithy.example#A | ResourceCycle",
      "[ERROR] smithy.example#B: Circular resource hierarchy found: smithy.example#B -> smithy.example#A -> smithy.example#B | ResourceCycle",
    ]);
  });

  it("binds an operation and a resource only once per service", () => {
    const events = eventsOf(
      'service S { version: "1", operations: [Op], resources: [R, Child] }\nresource R { operations: [Op], resources: [Child] }\nresource Child {}\noperation Op {}',
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#Child: A resource can appear only once in an entire service closure. This resource is illegally bound into the `smithy.example#S` service closure from multiple shapes: [`smithy.example#R`, `smithy.example#S`] | SingleResourceBinding",
      "[ERROR] smithy.example#Op: An operation can appear only once in an entire service closure. This operation is illegally bound into the `smithy.example#S` service closure from multiple shapes: (resource: `smithy.example#R`), (service: `smithy.example#S`) | SingleOperationBinding",
    ]);
  });

  it("requires child resources to repeat the parent's identifiers", () => {
    expect(
      eventsOf(
        "resource P { identifiers: { p: String }, resources: [C] }\nresource C { identifiers: { c: String } }",
        "ResourceIdentifier",
      ),
    ).toEqual([
      "[ERROR] smithy.example#C: This resource is bound as a child of `smithy.example#P`, but it is invalid because its `identifiers` property is missing the following identifiers that are defined in `smithy.example#P`: [p] | ResourceIdentifier",
    ]);
  });
});

describe("Service", () => {
  it("reports invalid renames", () => {
    const events = eventsOf(
      'service S { version: "1", operations: [Op], rename: { "smithy.example#Missing": "X", "smithy.example#Op": "Other" } }\noperation Op {}',
      "Service",
    );
    expect(events).toEqual([
      '[ERROR] smithy.example#S: Service attempts to rename a operation shape from `smithy.example#Op` to "Other"; operations cannot be renamed | Service',
      "[ERROR] smithy.example#S: Service attempts to rename a shape not in the service: smithy.example#Missing | Service",
    ]);
  });

  it("allows equivalent simple shapes with a NOTE and rejects structures", () => {
    const result = assembleModel({
      sources: [
        {
          filename: "a.smithy",
          text: '$version: "2"\nnamespace a\nservice S { version: "1", operations: [Op] }\noperation Op { input := { x: b#Name, y: Name, z: b#Data, w: Data } }\nstring Name\nstructure Data {}\n',
        },
        {
          filename: "b.smithy",
          text: '$version: "2"\nnamespace b\nstring Name\nstructure Data {}\n',
        },
      ],
    });
    const lines = result.events
      .filter((e) => e.id === "Service")
      .map((e) => `${e.severity} ${e.shapeId}: ${e.message.slice(0, 60)}`);
    expect(lines).toEqual([
      "NOTE a#Name: Shape name `a#Name` conflicts with `b#Name` in the `a#S` ser",
      "ERROR a#Data: Shape name `a#Data` conflicts with `b#Data` in the `a#S` ser",
      "NOTE b#Name: Shape name `b#Name` conflicts with `a#Name` in the `a#S` ser",
      "ERROR b#Data: Shape name `b#Data` conflicts with `a#Data` in the `a#S` ser",
    ]);
  });
});

describe("ShapeRecursion", () => {
  it("rejects lists recursing without a structure and structures recursing through required members", () => {
    const events = eventsOf(
      "list L { member: L }\nstructure A { @required b: B }\nstructure B { @required a: A }",
      "ShapeRecursion",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#L: Found invalid shape recursion: smithy.example#L$member > smithy.example#L. A recursive list, set, or map shape is only valid if an intermediate reference is through a union or structure. | ShapeRecursion",
      "[ERROR] smithy.example#A: Found invalid shape recursion: smithy.example#A$b > smithy.example#B > smithy.example#B$a > smithy.example#A. A structure cannot be mutually recursive through all required members. | ShapeRecursion",
      "[ERROR] smithy.example#B: Found invalid shape recursion: smithy.example#B$a > smithy.example#A > smithy.example#A$b > smithy.example#B. A structure cannot be mutually recursive through all required members. | ShapeRecursion",
    ]);
  });

  it("rejects unions that can never be built", () => {
    expect(
      eventsOf("union U { a: S }\nstructure S { @required u: U }", "ShapeRecursion"),
    ).toContain(
      "[ERROR] smithy.example#U: It is impossible to create instances of this recursive union | ShapeRecursion",
    );
  });
});

describe("HttpBindingTraitIgnored, HttpUriGreedyLabel, HttpBindingsMissing", () => {
  it("warns about binding traits on nested structures", () => {
    const events = eventsOf(
      `@http(method: "POST", uri: "/a") operation A { input := { nested: Nested } }\nstructure Nested { @httpHeader("x") h: String }`,
      "HttpBindingTraitIgnored",
    );
    expect(events).toEqual([
      "[WARNING] smithy.example#Nested$h: The `httpHeader` trait applied to this member is ignored in all contexts. | HttpBindingTraitIgnored.TopLevel",
    ]);
  });

  it("requires one final greedy label and @http on every operation once one has it", () => {
    const events = eventsOf(
      `service S { version: "1", operations: [A, B] }\n@http(method: "GET", uri: "/{a+}/{b}") @readonly operation A { input := { @required @httpLabel a: String, @required @httpLabel b: String } }\noperation B {}`,
    );
    expect(events).toEqual([
      "[DANGER] smithy.example#A: A greedy label must be the last label in its pattern: /{a+}/{b} | HttpUriGreedyLabel.GreedyLabelIsNotLastLabel",
      "[WARNING] smithy.example#B: One or more operations in the `smithy.example#S` service define the `http` trait, but this operation is missing the `http` trait. | HttpBindingsMissing",
    ]);
  });
});

describe("PatternTrait, UnitType, Union, IdempotentTrait", () => {
  it("warns about unanchored patterns", () => {
    expect(eventsOf('@pattern("^a") string S', "PatternTrait")).toEqual([
      "[WARNING] smithy.example#S: A pattern trait is applied without a trailing '$', meaning only part of the string must match the regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by default and does not require modelers to understand that Smithy patterns are not automatically anchored. | PatternTrait",
    ]);
  });

  it("restricts smithy.api#Unit to unions and enums", () => {
    expect(eventsOf("structure S { a: Unit }\nunion U { a: Unit }", "UnitType")).toEqual([
      "[ERROR] smithy.example#S$a: Only members of a union, enum, or intEnum can reference smithy.api#Unit | UnitType",
    ]);
  });

  it("requires union members and notes defaults on member targets", () => {
    expect(eventsOf("union U { a: PrimitiveInteger }", "Union")).toEqual([
      expect.stringMatching(
        /^\[NOTE] smithy.example#U\$a: This union member targets `smithy.api#PrimitiveInteger`, a shape with a default value of `0`/,
      ),
    ]);
  });
});

describe("ExamplesTrait", () => {
  it("checks example values and the output/error rules", () => {
    const events = eventsOf(
      `@examples([
  { title: "ok", input: { id: "a" }, output: { name: "n" } }
  { title: "bad input", input: { extra: 1 } }
  { title: "both", input: { id: "a" }, output: {}, error: { shapeId: NotFound, content: {} } }
  { title: "unknown error", input: { id: "a" }, error: { shapeId: Other, content: {} } }
  { title: "lenient", input: { id: "toolong" }, allowConstraintErrors: true, error: { shapeId: NotFound, content: {} } }
])
operation Get { input := { @required @length(max: 3) id: String }, output := { name: String }, errors: [NotFound] }
@error("client") structure NotFound {}
@error("client") structure Other {}`,
      "ExamplesTrait",
    );
    // Same shape and location: compare as a set.
    expect([...events].sort()).toEqual(
      [
        "[ERROR] smithy.example#Get: Error parameters provided for operation without the `smithy.example#Other` error: `unknown error` | ExamplesTrait",
        "[ERROR] smithy.example#Get: Example input of `bad input`: Missing required structure member `id` for `smithy.example#GetInput` | ExamplesTrait",
        "[ERROR] smithy.example#Get: Example: `both` has both output and error defined, only one should be present. | ExamplesTrait",
        "[WARNING] smithy.example#Get: Example input of `lenient`.id: String value provided for `smithy.example#GetInput$id` must be <= 3 characters, but the provided value is 7 characters. | ExamplesTrait",
        "[WARNING] smithy.example#Get: Example input of `bad input`: Member `extra` does not exist in `smithy.example#GetInput` | ExamplesTrait.UnknownMember.smithy.example#GetInput.extra",
      ].sort(),
    );
  });
});

describe("ResourceOperationInputOutput", () => {
  it("maps operation members to resource properties", () => {
    const events = eventsOf(
      `resource Forecast { identifiers: { id: String }, properties: { temp: Integer, unused: String }, read: GetForecast }
@readonly operation GetForecast { input := { @required id: String }, output := { @required id: String, temp: String, other: String } }`,
      "ResourceOperationInputOutput",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#Forecast: Resource property `unused` is not used in the input or output of create or an instance operation. | ResourceOperationInputOutput",
      "[ERROR] smithy.example#GetForecastOutput$temp: This member must target `smithy.api#Integer`. This member is used as part of the `read` operation of the `smithy.example#Forecast` resource and conflicts with its `temp` resource property. | ResourceOperationInputOutput",
      "[ERROR] smithy.example#GetForecastOutput$other: Member `other` does not target a property or identifier for resource `smithy.example#Forecast`. If it is an identifier, apply the `smithy.api#resourceIdentifier` trait. If it is a property, apply the `smithy.api#property` trait. If it is neither, apply the `smithy.api#notProperty` trait. | ResourceOperationInputOutput",
    ]);
  });
});

describe("DefaultValueInUpdate, DeprecatedTrait, StreamingTrait, ReferencesTrait", () => {
  it("warns about defaults in update inputs", () => {
    expect(
      eventsOf(
        "operation UpdateThing {\n input := {\n size: Integer = 0\n }\n}",
        "DefaultValueInUpdate",
      ),
    ).toEqual([
      "[WARNING] smithy.example#UpdateThing: This update style operation has top-level input members marked with the @default trait. It will be impossible to tell if the member was omitted or explicitly provided. Affected members: [size] | DefaultValueInUpdate",
    ]);
  });

  it("warns where a deprecated trait is applied", () => {
    expect(
      eventsOf(
        '@deprecated(message: "use b") @trait structure a {}\n@a string S',
        "DeprecatedTrait",
      ),
    ).toEqual([
      "[WARNING] smithy.example#S: This shape applies a trait that is deprecated: smithy.example#a, use b | DeprecatedTrait",
    ]);
  });

  it("requires streaming blob members to be required or defaulted and not nested", () => {
    const events = eventsOf(
      "@streaming blob Stream\nstructure Holder { body: Stream }\nstructure Outer { h: Holder }",
      "StreamingTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#Holder$body: Members that target blobs marked with the `streaming` trait MUST also be marked with the `required` or `default` trait. | StreamingTrait",
      "[ERROR] smithy.example#Outer$h: Members cannot target structures that contain a stream, but this member targets smithy.example#Holder | StreamingTrait",
    ]);
  });

  it("checks @references bindings", () => {
    const events = eventsOf(
      'resource Thing { identifiers: { id: String } }\n@references([{ resource: Thing }]) structure Ref { other: String }\n@references([{ resource: Thing, ids: { id: "x" } }]) string Str',
      "ReferencesTrait",
    );
    expect(events).toEqual([
      '[ERROR] smithy.example#Ref: `references` trait Reference{"resource":"smithy.example#Thing"} is invalid for the following reasons: implicit binding of `id` is not part of the structure (set "rel" to "collection" to create a collection binding) | ReferencesTrait',
      `[ERROR] smithy.example#Str: References applied to string shapes cannot contain 'ids': Reference{"resource":"smithy.example#Thing","ids":{"id":"x"}} | ReferencesTrait`,
    ]);
  });
});
