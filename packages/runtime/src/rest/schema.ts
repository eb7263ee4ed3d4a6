/**
 * The REST binding descriptor: what generated `rest.ts` files emit (as JSON text) and what the
 * runtime's router, binder, body codec and validator read. It is plain JSON so that it can also
 * be built in memory from a model (the protocol-test runner does so).
 *
 * Smithy HTTP bindings: https://smithy.io/2.0/spec/http-bindings.html
 * restJson1: https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import type { JsonValue } from "../contract";

export const TimestampFormat = {
  DATE_TIME: "date-time",
  HTTP_DATE: "http-date",
  EPOCH_SECONDS: "epoch-seconds",
} as const;
export type TimestampFormat = (typeof TimestampFormat)[keyof typeof TimestampFormat];

/** Constraint traits in effect (member traits override the target's). */
export interface RestConstraints {
  length?: { min?: number; max?: number };
  /** ECMAScript-compatible pattern (Smithy patterns are ECMA 262). */
  pattern?: string;
  range?: { min?: number; max?: number };
  uniqueItems?: boolean;
}

export type RestShapeType =
  | "blob"
  | "boolean"
  | "string"
  | "enum"
  | "intEnum"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document"
  | "list"
  | "map"
  | "structure"
  | "union";

export interface RestMember {
  /** Target shape id (key in `RestServiceSchema.shapes`). */
  target: string;
  /** `@jsonName`, when it differs from the member name. */
  jsonName?: string;
  required?: boolean;
  /** `@clientOptional`: clients never fill its default. */
  clientOptional?: boolean;
  /** `@default` value in its JSON form (filled in on the server when absent). */
  default?: JsonValue;
  timestampFormat?: TimestampFormat;
  constraints?: RestConstraints;
}

export interface RestShape {
  type: RestShapeType;
  /** structure / union members, in declaration order. */
  members?: Record<string, RestMember>;
  /** list: `member`; map: `key` and `value`. */
  member?: RestMember;
  key?: RestMember;
  value?: RestMember;
  /** `@sparse` list or map: null entries are kept. */
  sparse?: boolean;
  /** enum / intEnum values. */
  enumValues?: (string | number)[];
  /** The values validation messages list when some are `@internal` (else `enumValues`). */
  listedEnumValues?: (string | number)[];
  timestampFormat?: TimestampFormat;
  /** `@oda#tmfResource` path: instances leaving the adapter get `href` built from it. */
  tmfResourcePath?: string;
  /** `@mediaType` of a blob or string. */
  mediaType?: string;
  constraints?: RestConstraints;
}

/** Where an input or output member travels. Body members are the ones with no binding. */
export type RestBinding =
  | { kind: "label"; member: string; name: string; greedy?: boolean }
  | { kind: "query"; member: string; name: string }
  | { kind: "queryParams"; member: string }
  | { kind: "header"; member: string; name: string }
  | { kind: "prefixHeaders"; member: string; prefix: string }
  | { kind: "payload"; member: string }
  | { kind: "responseCode"; member: string };

export interface RestOperation {
  /** Smithy operation name (`GetTicket`). */
  name: string;
  /** Interface method name (`getTicket`). */
  method: string;
  /** Absolute operation shape id. */
  shapeId?: string;
  /** Upper-case HTTP method. */
  httpMethod: string;
  /** `@http` uri: path pattern with `{label}`/`{greedy+}` and an optional literal query part. */
  uri: string;
  /** `@http` code (default 200). */
  code: number;
  /** Input structure id (absent for Unit). */
  input?: string;
  output?: string;
  inputBindings: RestBinding[];
  outputBindings: RestBinding[];
  /** Error shape ids: the operation's then the service's. */
  errors: string[];
  /** TMF conventions of this operation (`@oda#tmfList`, `@oda#tmfFields`, `@oda#mergePatch`). */
  tmf?: RestTmfOperation;
}

/** See docs/rest.md: the adapter applies these when the back end leaves them to it. */
export interface RestTmfOperation {
  /** `@oda#tmfList`: attribute filters, `offset`/`limit` paging, X-Total-Count/X-Result-Count. */
  list?: boolean;
  /** `@oda#tmfFields` (or a list): `fields` attribute selection on the output payload. */
  fields?: boolean;
  /** `@oda#mergePatch`: accepts `application/merge-patch+json`. */
  mergePatch?: boolean;
}

export interface RestErrorShape {
  /** Shape name, sent as `x-amzn-errortype`. */
  name: string;
  fault: "client" | "server";
  /** `@httpError`, else 400/500 by fault. */
  status: number;
  /** Header bindings of the error members. */
  bindings: RestBinding[];
}

export interface RestServiceSchema {
  shapeId: string;
  name: string;
  version: string;
  /** `@oda#restApi` basePath: the prefix of every uri, used to build `href`. */
  basePath?: string;
  /** `@oda#restApi` errorFormat: body of errors the adapter raises itself; absent = restJson1. */
  errorFormat?: "tmf" | "problemDetails";
  /** `@oda#restApi` trailingSlash: `/x` and `/x/` route alike (always true in this router). */
  trailingSlash?: boolean;
  operations: RestOperation[];
  /** Error shape id → its HTTP description. */
  errors: Record<string, RestErrorShape>;
  /** Every shape the operations reach, by id. */
  shapes: Record<string, RestShape>;
}
