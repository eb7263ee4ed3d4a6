import { eventsOf } from "./support";

const service = (ops: string) => `service Svc { version: "1", operations: [${ops}] }\n`;

describe("HttpLabelTrait", () => {
  it("pairs URI labels with @httpLabel members and requires string greedy labels", () => {
    const events = eventsOf(
      `@http(method: "GET", uri: "/a/{id}/{rest+}/{missing}") @readonly
operation Get { input := {
  @required @httpLabel id: String
  @required @httpLabel rest: Integer
  @required @httpLabel stray: String
} }`,
      "HttpLabelTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#Get: This operation uses `smithy.example#GetInput` as input, but the following URI labels found in the operation's `http` trait do not have a corresponding member marked with the `httpLabel` trait: `missing` | HttpLabelTrait",
      "[ERROR] smithy.example#GetInput$rest: The `rest` structure member corresponds to a greedy label when used as the input of the `smithy.example#Get` operation. This member targets (integer: `smithy.api#Integer`), but greedy labels must target string shapes. | HttpLabelTrait",
      "[ERROR] smithy.example#GetInput$stray: This `stray` structure member is marked with the `httpLabel` trait, but no corresponding `http` URI label could be found when used as the input of the `smithy.example#Get` operation. | HttpLabelTrait",
    ]);
  });
});

describe("HttpUriConflict", () => {
  it("reports operations of one service with the same method and equivalent URIs", () => {
    const events = eventsOf(
      `${service("A, B, C")}
@http(method: "GET", uri: "/x/{a}") @readonly operation A { input := { @required @httpLabel a: String } }
@http(method: "GET", uri: "/x/{b}") @readonly operation B { input := { @required @httpLabel b: String } }
@http(method: "GET", uri: "/x/{b}?q=1") @readonly operation C { input := { @required @httpLabel b: String } }`,
      "HttpUriConflict",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#A: Operation URI, `/x/{a}`, conflicts with other operation URIs in the same service: [`smithy.example#B` (/x/{b})] | HttpUriConflict",
      "[ERROR] smithy.example#B: Operation URI, `/x/{b}`, conflicts with other operation URIs in the same service: [`smithy.example#A` (/x/{a})] | HttpUriConflict",
    ]);
  });

  it("ignores operations outside a common service", () => {
    const events = eventsOf(
      `@http(method: "GET", uri: "/x") @readonly operation A {}\n@http(method: "GET", uri: "/x") @readonly operation B {}`,
      "HttpUriConflict",
    );
    expect(events).toEqual([]);
  });
});

describe("HttpMethodSemantics", () => {
  it("checks readonly, idempotent and request payloads against the method", () => {
    const events = eventsOf(
      `@http(method: "GET", uri: "/g") operation G { input := { body: String } }
@http(method: "put", uri: "/p") operation P {}`,
      "HttpMethodSemantics",
    );
    expect(events).toEqual([
      "[WARNING] smithy.example#G: This operation uses the `GET` method in the `http` trait, but is not marked with the readonly trait | HttpMethodSemantics.MissingReadonlyTrait",
      expect.stringMatching(
        /^\[DANGER] smithy.example#G: This operation uses the `GET` method in the `http` trait, but the following members are sent as part of the payload of the request: `body`\./,
      ),
      "[WARNING] smithy.example#P: This operation uses the `put` method in the `http` trait, but expected `PUT`. | HttpMethodSemantics",
      "[WARNING] smithy.example#P: This operation uses the `PUT` method in the `http` trait, but is not marked with the idempotent trait | HttpMethodSemantics.MissingIdempotentTrait",
    ]);
  });
});

describe("HttpPayloadTrait, HttpHeaderTrait, HttpQueryTrait, HttpPrefixHeadersTrait", () => {
  it("requires other members to be bound when one is the payload", () => {
    expect(
      eventsOf(
        `@http(method: "POST", uri: "/p") operation P { input := { @httpPayload body: String, extra: String } }`,
        "HttpPayload",
      ),
    ).toEqual([
      "[ERROR] smithy.example#PInput: A member of this structure is marked with the `httpPayload` trait, but the following structure members are not explicitly bound to the HTTP message: `extra` | HttpPayload",
    ]);
  });

  it("rejects duplicate, reserved and invalid header names", () => {
    const events = eventsOf(
      `structure H {\n @httpHeader("X-A") a: String\n @httpHeader("x-a") b: String\n @httpHeader("Host") c: String\n @httpHeader("bad header") d: String\n}`,
      "HttpHeaderTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#H: `httpHeader` field name binding conflicts found for the `x-a` header in the following structure members: `a`, `b` | HttpHeaderTrait",
      "[DANGER] smithy.example#H$c: `Host` is not an allowed HTTP header binding | HttpHeaderTrait",
      "[DANGER] smithy.example#H$d: `bad header` is not a valid HTTP header field name according to section 5.6.2 of RFC 9110 | HttpHeaderTrait",
    ]);
  });

  it("rejects query parameters bound twice or clashing with a URI literal", () => {
    const events = eventsOf(
      `@http(method: "GET", uri: "/q?fixed=1") @readonly operation Q { input := {\n @httpQuery("a") a1: String\n @httpQuery("a") a2: String\n @httpQuery("fixed") f: String\n} }`,
      "HttpQueryTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#QInput: `httpQuery` name `fixed` conflicts with the `http` trait of the `smithy.example#Q` operation: `/q?fixed=1` | HttpQueryTrait",
      "[ERROR] smithy.example#QInput: `httpQuery` parameter name binding conflicts found for the `a` parameter in the following structure members: `a1`, `a2` | HttpQueryTrait",
    ]);
  });

  it("rejects headers that start with a prefix-headers binding", () => {
    const events = eventsOf(
      `map Headers { key: String, value: String }\nstructure S {\n @httpPrefixHeaders("X-Meta-") meta: Headers\n @httpHeader("X-Meta-Id") id: String\n}`,
      "HttpPrefixHeadersTrait",
    );
    expect(events).toEqual([
      "[ERROR] smithy.example#S$id: `httpHeader` binding of `x-meta-id` conflicts with the `httpPrefixHeaders` binding of `smithy.example#S$meta` to `x-meta-`. `httpHeader` bindings must not case-insensitively start with any `httpPrefixHeaders` bindings. | HttpPrefixHeadersTrait",
    ]);
  });
});

describe("HttpResponseCodeSemantics", () => {
  it("checks operation codes and error codes", () => {
    const events = eventsOf(
      `@http(method: "POST", uri: "/a", code: 302) operation A {}
@http(method: "POST", uri: "/b", code: 204) operation B { output := { body: String } }
@error("client") @httpError(500) structure E {}`,
      "HttpResponseCodeSemantics",
    );
    expect(events).toEqual([
      "[DANGER] smithy.example#A: Expected an `http` code in the 2xx range, but found 302 | HttpResponseCodeSemantics",
      "[WARNING] smithy.example#B: The HTTP 204 status code does not allow a response body. To use this status code, all output members need to be bound to @httpHeader, @httpPrefixHeaders, @httpResponseCode, etc. | HttpResponseCodeSemantics",
      "[DANGER] smithy.example#E: Expected an `httpError` code in the 4xx range for a `client` error, but found 500 | HttpResponseCodeSemantics",
    ]);
  });
});
