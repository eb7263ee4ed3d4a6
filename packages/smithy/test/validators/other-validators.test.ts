import { assembleModel } from "../../src";
import { eventsOf } from "./support";

describe("TraitConflict and ExclusiveStructureMemberTrait (critical)", () => {
  it("reports conflicting traits declared in trait definitions", () => {
    const events = eventsOf(
      '@trait(conflicts: ["smithy.example#b"]) structure a {}\n@trait structure b {}\n@a @b string S',
      "TraitConflict",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#S: Found conflicting traits on string shape: `smithy.example#a` conflicts with `smithy.example#b` | TraitConflict",
    ]);
  });

  it("allows a structurally exclusive trait on one member only", () => {
    const events = eventsOf(
      "structure S { @httpPayload a: String, @httpPayload b: String }",
      "ExclusiveStructureMemberTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#S: The `httpPayload` trait can be applied to only a single member of a shape, but it was found on the following members: `a`, `b` | ExclusiveStructureMemberTrait",
    ]);
  });
});

describe("LengthTrait and RangeTrait", () => {
  it("rejects negative and inverted bounds, and decimals on integer shapes", () => {
    expect(eventsOf("@length(min: 5, max: 2) string S", "LengthTrait")).toEqual([
      "[ERROR] smithy.example#S: A length trait is applied with a `min` value greater than its `max` value. | LengthTrait",
    ]);
    expect(eventsOf("@range(min: 1.5) integer I\n@range(min: 1.5) double D", "RangeTrait")).toEqual(
      [
        "[ERROR] smithy.example#I: Shape `smithy.example#I` is marked with the `range` trait, but its `min` property is a decimal (1.5) when its shape (`integer`) does not support decimals. | RangeTrait",
      ],
    );
  });
});

describe("EnumShape", () => {
  it("rejects duplicate and empty values and warns about names", () => {
    const events = eventsOf('enum E {\n A = "x"\n B = "x"\n lower = "y"\n}', "EnumShape");
    expect(events).toEqual([
      "[ERROR] smithy.example#E$B: Multiple enum members found with duplicate value `x` | EnumShape",
      "[WARNING] smithy.example#E$lower: The name `lower` does not match the recommended enum name format of beginning with an uppercase letter, followed by any number of uppercase letters, numbers, or underscores. | EnumShape",
    ]);
  });

  it("rejects duplicate intEnum values", () => {
    expect(eventsOf("intEnum I {\n A = 1\n B = 1\n}", "EnumShape")).toEqual([
      "[ERROR] smithy.example#I$B: Multiple intEnum members found with duplicate value `1` | EnumShape",
    ]);
  });
});

describe("DefaultTrait", () => {
  it("checks default values against their shape", () => {
    const events = eventsOf(
      'structure S {\n a: Integer = "x"\n b: Strings = ["a"]\n}\nlist Strings { member: String }',
      "DefaultTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#S$a: Error validating @default trait: Expected number value for integer shape, `smithy.api#Integer`; found string value, `x` | DefaultTrait",
      "[ERROR] smithy.example#S$b: The @default value of a list must be an empty list | DefaultTrait",
    ]);
  });

  it("requires members to repeat the default of their target", () => {
    const events = eventsOf(
      "@default(1) integer One\nstructure S {\n a: One\n b: One = 2\n c: One = null\n d: One = 1\n}",
      "DefaultTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#S$a: Member targets smithy.example#One, which requires that the member defines the same default of `1` or `null` | DefaultTrait",
      "[ERROR] smithy.example#S$b: Member defines a default value that differs from the default value of the target shape, smithy.example#One. The member has a default of `2`, but the target has a default of `1`. | DefaultTrait",
    ]);
  });
});

describe("OperationInputOutputMisuse, OperationInputOutputName, OperationNameAmbiguity", () => {
  it("flags misused @input/@output structures and ambiguous names", () => {
    const events = eventsOf(
      "operation A { input: Shared, output: AOutput }\noperation B { input: Shared }\n@input structure Shared {}\n@output structure AOutput {}\nstructure BRequest {}\nstructure Holder { x: AOutput }",
    );
    expect(events).toEqual([
      "[WARNING] smithy.example#A: The input of this operation should target a shape that starts with the operation's name, 'A', but the targeted shape is `smithy.example#Shared` | OperationInputOutputName.input",
      "[WARNING] smithy.example#B: The input of this operation should target a shape that starts with the operation's name, 'B', but the targeted shape is `smithy.example#Shared` | OperationInputOutputName.input",
      "[ERROR] smithy.example#Shared: Shapes marked with the @input trait cannot be used as input by multiple operations: `smithy.example#A`, `smithy.example#B` | OperationInputOutputMisuse",
      "[WARNING] smithy.example#BRequest: The name of this shape implies that it is the input of smithy.example#B, but that operation uses smithy.example#Shared for input. This kind of ambiguity can confuse developers calling this operation and can cause issues in code generators that use similar naming conventions to generate input types. | OperationNameAmbiguity",
      "[ERROR] smithy.example#Holder$x: Members cannot target structures marked with the @output trait: smithy.example#AOutput | OperationInputOutputMisuse",
    ]);
  });
});

describe("PrivateAccess and ShapeIdConflict", () => {
  it("forbids references to private shapes from another namespace", () => {
    const events = eventsOf('$version: "2"\nnamespace a\n@private string Secret\n');
    expect(events).toEqual([]);
    const result = assembleModel({
      sources: [
        { filename: "a.smithy", text: '$version: "2"\nnamespace a\n@private string Secret\n' },
        { filename: "b.smithy", text: '$version: "2"\nnamespace b\nstructure S { s: a#Secret }\n' },
      ],
    });
    expect(result.events.map((e) => `${e.severity} ${e.shapeId}: ${e.message}`)).toEqual([
      "ERROR b#S$s: This shape has an invalid member_target relationship that targets a private shape, `a#Secret`, in another namespace.",
    ]);
  });

  it("reports shape ids that differ only in case", () => {
    expect(eventsOf("string abc\nstring ABC", "ShapeIdConflict")).toEqual([
      "[ERROR] smithy.example#abc: Shape ID `smithy.example#abc` conflicts with other shape IDs in the model: [`smithy.example#ABC`] | ShapeIdConflict",
      "[ERROR] smithy.example#ABC: Shape ID `smithy.example#ABC` conflicts with other shape IDs in the model: [`smithy.example#abc`] | ShapeIdConflict",
    ]);
  });
});
