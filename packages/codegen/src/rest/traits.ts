/**
 * Trait ids the REST front end reads: Smithy's HTTP binding traits and our `oda#` conventions.
 * https://smithy.io/2.0/spec/http-bindings.html, models/oda/traits.smithy
 */
export const HTTP_TRAIT = {
  http: "smithy.api#http",
  httpLabel: "smithy.api#httpLabel",
  httpQuery: "smithy.api#httpQuery",
  httpQueryParams: "smithy.api#httpQueryParams",
  httpHeader: "smithy.api#httpHeader",
  httpPrefixHeaders: "smithy.api#httpPrefixHeaders",
  httpPayload: "smithy.api#httpPayload",
  httpResponseCode: "smithy.api#httpResponseCode",
  httpError: "smithy.api#httpError",
  error: "smithy.api#error",
  jsonName: "smithy.api#jsonName",
  mediaType: "smithy.api#mediaType",
  timestampFormat: "smithy.api#timestampFormat",
  sparse: "smithy.api#sparse",
  enum: "smithy.api#enum",
  enumValue: "smithy.api#enumValue",
  documentation: "smithy.api#documentation",
  sensitive: "smithy.api#sensitive",
  internal: "smithy.api#internal",
  streaming: "smithy.api#streaming",
} as const;

export const ODA_TRAIT = {
  restApi: "oda#restApi",
  tmfResource: "oda#tmfResource",
  tmfList: "oda#tmfList",
  tmfFields: "oda#tmfFields",
  mergePatch: "oda#mergePatch",
} as const;
