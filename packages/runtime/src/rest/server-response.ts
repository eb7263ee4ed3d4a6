/**
 * Server side: the implementation's output (or failure) to an HTTP response. Output bindings
 * follow Smithy's HTTP traits; failures map to `@httpError` codes for modeled errors, 400 for
 * validation, the adapter's own codes, and 500 without details for anything else.
 */
import type { HttpResponse } from "@smithy/types";
import type { JsonValue } from "../contract";
import { ModeledError, NativeCallError, ValidationError } from "../errors";
import { RestErrorCode, RestHttpError, reasonPhrase } from "./http-errors";
import { joinHeaderList, listElement, writeText } from "./http-text";
import { asBytes, shapeOf, writeJson, writeStructure } from "./json-codec";
import { BAIL, compileWriter, type FastWriter } from "./compiled-body";
import { JSON_TYPE, bodyKind } from "./media-type";
import type { RestBinding, RestOperation, RestServiceSchema } from "./schema";
import { fillHrefs, filterItems, selectFields, tmfErrorBody } from "./tmf";
import { validationSummary } from "./validate";

/** TMF shaping of a successful output, decided from the request. */
export interface OutputShaping {
  /** Request base URL (scheme://host) for `href`, when the schema has tmfResource shapes. */
  hrefBase?: string;
  /** `fields` selection. */
  fields?: string[];
  /** Collection query: filters, offset, limit (applied when the back end left the counts unset). */
  list?: { filters: Record<string, string | string[]>; offset?: number; limit?: number };
}

const NO_MEMBERS: ReadonlySet<string> = new Set();

export function encodeOutput(
  schema: RestServiceSchema,
  op: RestOperation,
  output: Record<string, unknown> | undefined,
  shaping: OutputShaping = {},
): HttpResponse {
  const headers: Record<string, string> = {};
  if (!op.output) return { statusCode: op.code, headers, body: "" };
  // A TMF list fills its count members in: work on a copy, never on the back end's object.
  const value: Record<string, unknown> = op.tmf?.list ? { ...output } : (output ?? {});
  const kind = bodyKind(schema, op.output, op.outputBindings);
  const shape = shapeOf(schema, op.output);
  let body: string | Uint8Array = "";
  let statusCode = op.code;

  if (kind.kind === "payload") {
    const item = value[kind.member];
    const member = shape.members![kind.member]!;
    if (kind.shapeType === "blob") {
      if (item !== undefined) body = asBytes(item);
    } else if (kind.shapeType === "string" || kind.shapeType === "enum") {
      if (item !== undefined) body = String(item);
    } else if (item !== undefined) {
      const fast = plainShaping(shaping) ? writerOf(schema, op, member.target, undefined) : undefined;
      const text = fast ? fast(item as Record<string, unknown>) : BAIL;
      if (text !== BAIL) {
        body = text;
      } else {
        let json = writeJson(schema, member.target, item, member, "server");
        json = shapeJson(schema, op, member.target, json, shaping, value);
        body = JSON.stringify(json);
      }
    }
    // An unset payload is an empty body (http-payload tests).
    if (body !== "") headers["content-type"] = kind.mediaType;
  } else {
    // Outputs always answer a JSON object, `{}` when every member is bound elsewhere.
    const only = kind.kind === "members" ? kind.memberSet : NO_MEMBERS;
    const fast = plainShaping(shaping) ? writerOf(schema, op, op.output, only) : undefined;
    const text = fast ? fast(value) : BAIL;
    if (text !== BAIL) {
      body = text;
    } else {
      const json = shapeJson(schema, op, op.output, writeStructure(schema, shape, value, only, "server"), shaping, value);
      body = JSON.stringify(json);
    }
    headers["content-type"] = JSON_TYPE;
  }

  for (const binding of op.outputBindings) {
    if (binding.kind === "responseCode") {
      const code = value[binding.member];
      if (typeof code === "number") statusCode = code;
    }
  }
  writeHeaders(schema, shape.members ?? {}, op.outputBindings, value, headers);
  if (statusCode === 204 || statusCode === 304) {
    // RFC 9110: these statuses carry no content.
    delete headers["content-type"];
    body = "";
  }
  return { statusCode, headers, body };
}

/** No href, list or fields shaping: the body is the plain JSON form (compiled writers apply). */
function plainShaping(shaping: OutputShaping): boolean {
  return shaping.hrefBase === undefined && shaping.list === undefined && shaping.fields === undefined;
}

const writers = new WeakMap<RestOperation, FastWriter | null>();

/** The compiled writer of an operation's body (one per operation: its payload or its output). */
function writerOf(schema: RestServiceSchema, op: RestOperation, shapeId: string, only: ReadonlySet<string> | undefined): FastWriter | undefined {
  let writer = writers.get(op);
  if (writer === undefined) {
    writer = compileWriter(schema, shapeOf(schema, shapeId), only) ?? null;
    writers.set(op, writer);
  }
  return writer ?? undefined;
}

/** Applies href, list filtering/paging and fields selection to the body JSON. */
function shapeJson(
  schema: RestServiceSchema,
  op: RestOperation,
  shapeId: string,
  json: JsonValue,
  shaping: OutputShaping,
  output: Record<string, unknown>,
): JsonValue {
  if (shaping.hrefBase !== undefined) fillHrefs(schema, shapeId, json, shaping.hrefBase);
  let result = json;
  if (shaping.list && Array.isArray(result)) {
    const total = op.outputBindings.find((b) => b.kind === "header" && b.name.toLowerCase() === "x-total-count");
    const count = op.outputBindings.find((b) => b.kind === "header" && b.name.toLowerCase() === "x-result-count");
    // The back end paged already when it reports the total itself.
    if (!total || output[total.member] === undefined) {
      const matching = filterItems(result, shaping.list.filters);
      const offset = Math.max(0, shaping.list.offset ?? 0);
      const end = shaping.list.limit === undefined ? undefined : offset + Math.max(0, shaping.list.limit);
      result = matching.slice(offset, end);
      if (total) output[total.member] = matching.length;
    }
    if (count && output[count.member] === undefined) output[count.member] = result.length;
  }
  if (shaping.fields) result = selectFields(result, shaping.fields);
  return result;
}

export function writeHeaders(
  schema: RestServiceSchema,
  members: Record<string, import("./schema").RestMember>,
  bindings: readonly RestBinding[],
  value: Record<string, unknown>,
  headers: Record<string, string>,
): void {
  for (const binding of bindings) {
    const item = value[binding.member];
    if (item === undefined || item === null) continue;
    const member = members[binding.member]!;
    if (binding.kind === "header") {
      const element = listElement(schema, member);
      if (element) {
        headers[binding.name.toLowerCase()] = joinHeaderList(schema, element, item as unknown[]);
      } else {
        headers[binding.name.toLowerCase()] = writeText(schema, member, item, "header");
      }
    } else if (binding.kind === "prefixHeaders") {
      for (const [key, text] of Object.entries(item as Record<string, string>)) {
        headers[(binding.prefix + key).toLowerCase()] = text;
      }
    }
  }
}

export interface ErrorEncoding {
  /** Body format of errors the adapter raises itself (and, for TMF, of modeled errors too). */
  format: "restJson1" | "tmf" | "problemDetails";
  referenceError?: (status: number) => string | undefined;
  /** Sees every unmodeled failure (for logging); the client only gets a generic 500. */
  onInternalError?: (error: unknown) => void;
}

/** Any failure as an HTTP response. */
export function encodeError(schema: RestServiceSchema, error: unknown, encoding: ErrorEncoding): HttpResponse {
  if (error instanceof ModeledError && schema.errors[error.shapeId]) {
    return encodeModeledError(schema, error, encoding);
  }
  if (error instanceof ValidationError) {
    const fieldList = error.fieldErrors.map((e) => ({ message: e.message, path: e.path }));
    const message = validationSummary(error.fieldErrors);
    if (encoding.format === "restJson1") {
      return jsonResponse(400, "ValidationException", { message, fieldList });
    }
    return adapterError(400, "ValidationException", message, encoding, {});
  }
  if (error instanceof RestHttpError) {
    return adapterError(error.status, error.code, error.message, encoding, error.headers);
  }
  if (error instanceof NativeCallError && error.httpStatus < 500) {
    return adapterError(error.httpStatus, error.code, error.rawMessage, encoding, {});
  }
  encoding.onInternalError?.(error);
  const status = error instanceof NativeCallError ? error.httpStatus : 500;
  const code = error instanceof NativeCallError && status === 501 ? RestErrorCode.NOT_IMPLEMENTED : RestErrorCode.INTERNAL;
  return adapterError(status, code, reasonPhrase(status), encoding, {});
}

function encodeModeledError(schema: RestServiceSchema, error: ModeledError, encoding: ErrorEncoding): HttpResponse {
  const described = schema.errors[error.shapeId]!;
  const shape = shapeOf(schema, error.shapeId);
  const members = error.toMembers();
  const headers: Record<string, string> = {};
  writeHeaders(schema, shape.members ?? {}, described.bindings, members, headers);
  const bound = new Set(described.bindings.map((b) => b.member));
  const bodyMembers = new Set(Object.keys(shape.members ?? {}).filter((m) => !bound.has(m)));
  let body: Record<string, JsonValue> = writeStructure(schema, shape, members, bodyMembers);
  if (encoding.format === "tmf") {
    const message = typeof members.message === "string" ? members.message : undefined;
    body = { ...tmfErrorBody(described.status, message, encoding.referenceError?.(described.status)), ...body };
  }
  const response = jsonResponse(described.status, described.name, body);
  // TS 29.500 §5.2.7: a ProblemDetails body travels as application/problem+json.
  if (encoding.format === "problemDetails") response.headers["content-type"] = "application/problem+json";
  Object.assign(response.headers, headers);
  return response;
}

function adapterError(
  status: number,
  type: string,
  message: string,
  encoding: ErrorEncoding,
  extraHeaders: Record<string, string>,
): HttpResponse {
  let response: HttpResponse;
  if (encoding.format === "tmf") {
    response = jsonResponse(status, type, { ...tmfErrorBody(status, message, encoding.referenceError?.(status)) });
  } else if (encoding.format === "problemDetails") {
    response = jsonResponse(status, type, { type: "about:blank", title: reasonPhrase(status), status, detail: message });
    response.headers["content-type"] = "application/problem+json";
  } else {
    response = jsonResponse(status, type, { message });
  }
  Object.assign(response.headers, extraHeaders);
  return response;
}

function jsonResponse(status: number, type: string, body: object): HttpResponse {
  return {
    statusCode: status,
    headers: { "content-type": JSON_TYPE, "x-amzn-errortype": type },
    body: JSON.stringify(body),
  };
}
