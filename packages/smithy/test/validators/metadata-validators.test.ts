import { eventsOf } from "./support";

const withValidators = (validators: string, shapes: string) =>
  eventsOf(
    `$version: "2"\nmetadata validators = ${validators}\nnamespace smithy.example\n${shapes}`,
  );

describe("metadata validators", () => {
  it("EmitEachSelector emits one DANGER per match, renamed and re-leveled by the definition", () => {
    const events = withValidators(
      '[{ name: "EmitEachSelector", id: "NoDocs", severity: "WARNING", message: "Document me ({super})", configuration: { selector: ":not([trait|documentation])" } }]',
      "/// Documented\nstring A\nstring B",
    );
    expect(events).toEqual([
      "[WARNING] smithy.example#B: Document me (Selector capture matched selector: :not([trait|documentation])) | NoDocs",
    ]);
  });

  it("EmitEachSelector expands message templates and honours bindToTrait", () => {
    const events = withValidators(
      '[{ name: "EmitEachSelector", id: "Sensitive", configuration: { selector: "[trait|sensitive]", bindToTrait: "sensitive", messageTemplate: "@@ @{id|name} is @{trait|documentation}" } }]',
      "/// secret\n@sensitive string A\nstring B",
    );
    expect(events).toEqual(['[DANGER] smithy.example#A: @ A is "secret" | Sensitive']);
  });

  it("EmitNoneSelector fires when nothing matches, and namespaces filter events", () => {
    expect(
      withValidators(
        '[{ name: "EmitNoneSelector", id: "NeedLength", configuration: { selector: "[trait|length]" } }]',
        "string A",
      ),
    ).toEqual([
      "[DANGER] -: Expected at least one shape to match selector: [trait|length] | NeedLength",
    ]);
    expect(
      withValidators(
        '[{ name: "EmitEachSelector", id: "X", namespaces: ["other"], configuration: { selector: "string" } }]',
        "string A",
      ),
    ).toEqual([]);
  });

  it("UnreferencedShape reports shapes not connected to a root", () => {
    const events = withValidators(
      '[{ name: "UnreferencedShape", configuration: { rootShapeSelector: "[trait|smithy.example#root]" } }]',
      "@trait structure root {}\n@root structure Used { s: Child }\nstring Child\nstring Orphan",
    );
    expect(events).toEqual([
      "[NOTE] smithy.example#Orphan: This shape is unreferenced. It has no modeled connections to shapes that match the following selector: `[trait|smithy.example#root]` | UnreferencedShape",
    ]);
  });

  it("reports bad definitions and unknown validators", () => {
    expect(withValidators('[{ name: "EmitEachSelector", configuration: {} }]', "string A")).toEqual(
      ["[ERROR] -: Error creating `EmitEachSelector` validator: selector is required | Model"],
    );
    expect(withValidators('[{ name: "NoSuchValidator" }]', "string A")).toEqual([
      "[WARNING] -: Unable to locate a validator named `NoSuchValidator` | UnknownValidator_NoSuchValidator",
    ]);
  });
});
