import { eventsOf } from "./support";

describe("auth validators", () => {
  it("AuthTrait and ServiceAuthDefinitions check schemes against the service", () => {
    const events = eventsOf(
      '@httpBasicAuth @httpBearerAuth\nservice S { version: "1", operations: [Op] }\n@auth([httpApiKeyAuth]) operation Op {}',
    );
    expect(events).toEqual([
      "[WARNING] smithy.example#S: This service uses multiple authentication schemes but does not have the `@auth` trait applied. The `@auth` trait defines a priority ordering of auth schemes for a client to use. Without it, the ordering of auth schemes is alphabetical based on the absolute shape ID of the auth schemes. | ServiceAuthDefinitions",
      "[DANGER] smithy.example#Op: auth trait applies authentication that is not configured on the service shape, `smithy.example#S`: [smithy.api#httpApiKeyAuth] | AuthTrait",
    ]);
  });
});

describe("serialization traits", () => {
  it("JsonName rejects members that serialize to one JSON name", () => {
    expect(eventsOf('structure S { @jsonName("b") a: String, b: String }', "JsonName")).toEqual([
      "[ERROR] smithy.example#S: This shape contains members with conflicting JSON names that resolve to 'b': a, b | JsonName",
    ]);
  });

  it("MediaType rejects malformed media types", () => {
    expect(
      eventsOf(
        '@mediaType("application/json; charset=utf-8") string Ok\n@mediaType("json") string Bad',
        "MediaType",
      ),
    ).toEqual([
      '[ERROR] smithy.example#Bad: Invalid mediaType value, "json": Expected a `/` between the type and subtype | MediaType',
    ]);
  });
});

describe("HostLabelTrait", () => {
  it("pairs endpoint host labels with @hostLabel members", () => {
    const events = eventsOf(
      '@endpoint(hostPrefix: "{a}.{b}.data.") operation Op { input := { @required @hostLabel a: String } }',
      "HostLabelTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#Op: This operation uses smithy.example#OpInput as input, but the following host labels found in the operation's `endpoint` trait do not have a corresponding member marked with the `hostLabel` trait: `b` | HostLabelTrait",
    ]);
  });
});

describe("TraitValidators and MetadataTrait", () => {
  it("runs a trait's own validators from each shape it is applied to", () => {
    const events = eventsOf(
      '@trait(selector: "service") @traitValidators({ "proto.NoDocs": { selector: "~> member :test(> document)", message: "no documents" } }) structure proto {}\n@proto service S { version: "1", operations: [Op] }\noperation Op { input := { d: Document } }',
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#OpInput$d: Found an incompatible shape when validating the constraints of the `smithy.example#proto` trait attached to `smithy.example#S`: no documents | proto.NoDocs",
    ]);
  });

  it("checks metadata values against their declared type", () => {
    const events = eventsOf(
      '$version: "2"\nmetadata level = "LOUD"\nnamespace smithy.example\n@metadata(key: "level") enum Level { LOW, HIGH }',
    );
    expect(events).toEqual([
      "[ERROR] -: metadata.level: String value provided for `smithy.example#Level` must be one of the following values: `HIGH`, `LOW` | TypedMetadata.level",
    ]);
  });
});
