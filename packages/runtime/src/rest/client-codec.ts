/**
 * Client side of the HTTP bindings: an operation input to a request, and a response back to the
 * output or to the modeled error it reports (restJson1 error type from `x-amzn-errortype`, the
 * body's `__type` or `code`).
 * https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
 */
import type { FieldError } from "../contract";
import { ModeledError, NativeCallError, ValidationError } from "../errors";
import { nativeCodeFromHttpStatus } from "../native-code";
import { listElement, readText, splitHeaderList, writeText } from "./http-text";
import { asBytes, readJson, readStructure, setOwn, shapeOf, writeJson, writeStructure } from "./json-codec";
import { JSON_TYPE, MERGE_PATCH_TYPE, bodyKind } from "./media-type";
import type { RestOperation, RestServiceSchema } from "./schema";
import { writeHeaders } from "./server-response";
import { encodeRfc3986, expandUri } from "./uri-pattern";

export interface EncodedRequest {
  method: string;
  /** Path plus query string, relative to the base URL. */
  pathAndQuery: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export function encodeRequest(schema: RestServiceSchema, op: RestOperation, input: Record<string, unknown>): EncodedRequest {
  const headers: Record<string, string> = {};
  const labels: Record<string, string> = {};
  const query: string[] = [];
  const shape = op.input ? shapeOf(schema, op.input) : undefined;
  const members = shape?.members ?? {};
  const queryKeys = new Set<string>();
  for (const binding of op.inputBindings) {
    const value = input[binding.member];
    if (value === undefined || value === null) continue;
    const member = members[binding.member]!;
    if (binding.kind === "label") {
      labels[binding.name] = writeText(schema, member, value, "label");
    } else if (binding.kind === "query") {
      queryKeys.add(binding.name);
      const element = listElement(schema, member);
      const items = element ? (value as unknown[]) : [value];
      for (const item of items) {
        const text = writeText(schema, element ?? member, item, "query");
        query.push(`${encodeRfc3986(binding.name)}=${encodeRfc3986(text)}`);
      }
    }
  }
  // @httpQuery wins over @httpQueryParams for the same key.
  for (const binding of op.inputBindings) {
    if (binding.kind !== "queryParams" || input[binding.member] == null) continue;
    for (const [key, value] of Object.entries(input[binding.member] as Record<string, unknown>)) {
      if (queryKeys.has(key)) continue;
      for (const item of Array.isArray(value) ? value : [value]) query.push(`${encodeRfc3986(key)}=${encodeRfc3986(String(item))}`);
    }
  }
  writeHeaders(schema, members, op.inputBindings, input, headers);
  const expanded = expandUri(op.uri, labels);
  const joiner = expanded.includes("?") ? "&" : "?";
  const pathAndQuery = query.length > 0 ? `${expanded}${joiner}${query.join("&")}` : expanded;
  const request: EncodedRequest = { method: op.httpMethod, pathAndQuery, headers };
  const kind = bodyKind(schema, op.input, op.inputBindings);
  if (kind.kind === "payload") {
    const value = input[kind.member];
    const member = members[kind.member]!;
    if (value !== undefined && value !== null) {
      if (kind.shapeType === "blob") request.body = asBytes(value);
      else if (kind.shapeType === "string" || kind.shapeType === "enum") request.body = String(value);
      else request.body = JSON.stringify(writeJson(schema, member.target, value, member, "client"));
    } else if (kind.shapeType === "structure") {
      // An unset structure payload is sent as an empty object (http-content-type tests).
      request.body = "{}";
    }
    // A Content-Type bound to an input member wins over the modeled one.
    if (request.body !== undefined) headers["content-type"] ??= op.tmf?.mergePatch ? MERGE_PATCH_TYPE : kind.mediaType;
  } else if (kind.kind === "members" && kind.members.length > 0) {
    // Clients send `@default` values too (defaults tests).
    request.body = JSON.stringify(writeStructure(schema, shape!, input, kind.memberSet, "client"));
    headers["content-type"] ??= op.tmf?.mergePatch ? MERGE_PATCH_TYPE : JSON_TYPE;
  }
  return request;
}

export interface ReceivedResponse {
  statusCode: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: Uint8Array;
}

function parseBody(body: Uint8Array): unknown {
  if (body.byteLength === 0) return {};
  return JSON.parse(Buffer.from(body).toString("utf8"));
}

/** Reads output members bound to headers, prefix headers and the response code. */
function readBoundMembers(
  schema: RestServiceSchema,
  structureId: string,
  bindings: RestOperation["outputBindings"],
  response: ReceivedResponse,
  out: Record<string, unknown>,
): void {
  const members = shapeOf(schema, structureId).members ?? {};
  for (const binding of bindings) {
    const member = members[binding.member]!;
    if (binding.kind === "header") {
      const text = response.headers[binding.name.toLowerCase()];
      if (text === undefined) continue;
      const element = listElement(schema, member);
      out[binding.member] = element
        ? splitHeaderList(schema, element, text).map((v) => readText(schema, element, v, "header", ""))
        : readText(schema, member, text.trim(), "header", "");
    } else if (binding.kind === "prefixHeaders") {
      const prefix = binding.prefix.toLowerCase();
      const map: Record<string, string> = {};
      for (const [name, text] of Object.entries(response.headers)) if (name.startsWith(prefix)) setOwn(map, name.slice(prefix.length), text);
      if (Object.keys(map).length > 0) out[binding.member] = map;
    } else if (binding.kind === "responseCode") {
      out[binding.member] = response.statusCode;
    }
  }
}

export function decodeOutput(schema: RestServiceSchema, op: RestOperation, response: ReceivedResponse): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!op.output) return out;
  readBoundMembers(schema, op.output, op.outputBindings, response, out);
  const kind = bodyKind(schema, op.output, op.outputBindings);
  const shape = shapeOf(schema, op.output);
  if (kind.kind === "payload") {
    const member = shape.members![kind.member]!;
    if (kind.shapeType === "blob") {
      if (response.body.byteLength > 0) out[kind.member] = response.body;
    } else if (kind.shapeType === "string" || kind.shapeType === "enum") {
      if (response.body.byteLength > 0) out[kind.member] = Buffer.from(response.body).toString("utf8");
    } else if (response.body.byteLength > 0) {
      out[kind.member] = readJson(schema, member.target, parseBody(response.body), "", member, { lenient: true });
    }
  } else if (kind.kind === "members") {
    Object.assign(out, readStructure(schema, shape, parseBody(response.body), "", { lenient: true }, kind.memberSet));
  }
  return out;
}

/** `aws.protocoltests#FooError:http://...` → `FooError`. */
export function sanitizeErrorType(raw: string): string {
  let name = raw.split(":")[0]!.trim();
  const hash = name.lastIndexOf("#");
  if (hash >= 0) name = name.slice(hash + 1);
  return name;
}

export type ErrorFactory = (members: Record<string, unknown>) => Error;

/** The error a non-2xx response reports: a modeled error, a ValidationError or a NativeCallError. */
export function decodeError(
  schema: RestServiceSchema,
  op: RestOperation,
  response: ReceivedResponse,
  factories: Readonly<Record<string, ErrorFactory>>,
): Error {
  let json: unknown;
  try {
    json = parseBody(response.body);
  } catch {
    json = {};
  }
  const body = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const rawType = response.headers["x-amzn-errortype"] ?? (typeof body.__type === "string" ? body.__type : undefined) ?? (typeof body.code === "string" ? body.code : undefined);
  const type = rawType === undefined ? undefined : sanitizeErrorType(rawType);
  const errorId = op.errors.find((id) => schema.errors[id]?.name === type) ?? (type === undefined ? op.errors.find((id) => schema.errors[id]?.status === response.statusCode) : undefined);
  if (errorId) {
    const members = readStructure(schema, shapeOf(schema, errorId), body, "", { lenient: true });
    readBoundMembers(schema, errorId, schema.errors[errorId]!.bindings, response, members);
    const factory = factories[errorId];
    return factory ? factory(members) : genericModeledError(schema, errorId, members);
  }
  const message = typeof body.message === "string" ? body.message : `HTTP ${response.statusCode}`;
  if (response.statusCode === 400 && (type === "ValidationException" || Array.isArray(body.fieldList))) {
    // restJson1 lists the failures in `fieldList`; a TMF Error body only has the summary message.
    const list = Array.isArray(body.fieldList) ? (body.fieldList as Array<{ path?: unknown; message?: unknown }>) : [{ path: "", message }];
    const fieldErrors: FieldError[] = list.map((f) => ({
      path: String(f.path ?? ""),
      constraint: "constraint",
      message: String(f.message ?? ""),
    }));
    return new ValidationError(fieldErrors);
  }
  return new NativeCallError(nativeCodeFromHttpStatus(response.statusCode), message);
}

/** A ModeledError for an error shape that has no generated class (protocol tests, dynamic use). */
export function genericModeledError(schema: RestServiceSchema, errorId: string, members: Record<string, unknown>): ModeledError {
  const described = schema.errors[errorId]!;
  class GenericModeledError extends ModeledError {
    readonly shapeId = errorId;
    readonly fault = described.fault;
    readonly httpStatus = described.status;
  }
  const error = new GenericModeledError(members);
  error.name = described.name;
  Object.assign(error, members);
  return error;
}
