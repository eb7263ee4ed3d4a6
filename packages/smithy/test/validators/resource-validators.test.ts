import { eventsOf } from "./support";

describe("ResourceIdentifierBinding", () => {
  it("requires instance operations to bind every identifier and collection operations not to", () => {
    const events = eventsOf(
      `resource Thing { identifiers: { id: String }, read: GetThing, list: ListThings }
@readonly operation GetThing { input := { name: String } }
@readonly operation ListThings { input := { @required id: String } }`,
      "ResourceIdentifierBinding",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#GetThing: This operation does not form a valid instance operation when bound to resource `smithy.example#Thing`. All of the identifiers of the resource were not implicitly or explicitly bound to the input of the operation. Expected the following identifier bindings: [required member named `id` that targets `smithy.api#String`]. Found the following identifier bindings: [] | ResourceIdentifierBinding",
      "[ERROR] smithy.example#ListThings: This operation is bound as a collection operation on the `smithy.example#Thing` resource, but it improperly binds all of the identifiers of the resource to members of the operation input. | ResourceIdentifierBinding",
    ]);
  });

  it("accepts explicit @resourceIdentifier bindings and checks child resources bind the parent's ids", () => {
    const events = eventsOf(
      `resource Parent { identifiers: { pid: String }, resources: [Child] }
resource Child { identifiers: { pid: String, cid: String }, read: GetChild }
@readonly operation GetChild { input := { @required @resourceIdentifier("pid") parent: String, @required cid: String } }`,
      "ResourceIdentifierBinding",
    );
    expect(events).toEqual([]);
    const missing = eventsOf(
      `resource Parent { identifiers: { pid: String }, resources: [Child] }
resource Child { identifiers: { cid: String }, read: GetChild }
@readonly operation GetChild { input := { @required cid: String } }`,
      "ResourceIdentifierBinding",
    );
    expect(missing).toEqual([
      "[ERROR] smithy.example#GetChild: This operation is bound to the `smithy.example#Child` resource, which is a child of the `smithy.example#Parent` resource, and it is missing the following resource identifier bindings of `smithy.example#Parent`: [`pid`] | ResourceIdentifierBinding",
    ]);
  });

  it("reports clashing @resourceIdentifier traits", () => {
    const events = eventsOf(
      `structure S { @required @resourceIdentifier("id") a: String, @required @resourceIdentifier("id") b: String }`,
      "ResourceIdentifierBinding",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#S: Conflicting resource identifier member bindings found for identifier 'id' between members: 'a', 'b' | ResourceIdentifierBinding",
    ]);
  });
});

describe("ResourceLifecycle", () => {
  it("checks readonly and idempotent traits of lifecycle operations", () => {
    const events = eventsOf(
      `resource R { identifiers: { id: String }, read: ReadR, delete: DeleteR }
operation ReadR { input := { @required id: String } }
@readonly operation DeleteR { input := { @required id: String } }`,
      "ResourceLifecycle",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#R: The `delete` lifecycle operation of this resource targets an invalid operation, `smithy.example#DeleteR`. The targeted operation must be marked as idempotent. | ResourceLifecycle",
      "[ERROR] smithy.example#R: The `delete` lifecycle operation of this resource targets an invalid operation, `smithy.example#DeleteR`. The targeted operation must not be marked with the readonly trait. | ResourceLifecycle",
      "[ERROR] smithy.example#R: The `read` lifecycle operation of this resource targets an invalid operation, `smithy.example#ReadR`. The targeted operation must be marked with the readonly trait. | ResourceLifecycle",
    ]);
  });
});

describe("PaginatedTrait", () => {
  it("checks the named members, alone and merged with the service's @paginated", () => {
    const events = eventsOf(
      `@paginated(inputToken: "token", pageSize: "size")
service Svc { version: "1", operations: [List, Missing] }
@readonly @paginated(outputToken: "next", items: "items")
operation List { input := { token: String, @required size: Integer }, output := { next: String, items: Items } }
@readonly @paginated(inputToken: "nope", outputToken: "next")
operation Missing { input := {}, output := { next: Integer } }
list Items { member: String }`,
      "PaginatedTrait",
    );
    expect(events).toEqual([
      "[WARNING] smithy.example#List: When bound within the `smithy.example#Svc` service, paginated trait `pageSize` member `size` should not be required | PaginatedTrait.ShouldNotBeRequired.pageSize",
      "[ERROR] smithy.example#Missing: paginated trait `inputToken` targets a member `nope` that does not exist | PaginatedTrait",
      "[ERROR] smithy.example#Missing: paginated trait `outputToken` member `next` targets a integer shape, but must target one of the following: [`map`, `string`] | PaginatedTrait",
    ]);
  });
});
