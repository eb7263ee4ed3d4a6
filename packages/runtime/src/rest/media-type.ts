/**
 * Which media type an operation's request and response bodies carry (restJson1 rules), and the
 * checks a server makes on `Content-Type` (415) and `Accept` (406).
 * https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#content-type
 */
import { RestErrorCode, RestHttpError } from "./http-errors";
import { shapeOf } from "./json-codec";
import type { RestBinding, RestServiceSchema } from "./schema";

export const JSON_TYPE = "application/json";
export const MERGE_PATCH_TYPE = "application/merge-patch+json";

export type BodyKind =
  /** No body members and no payload: the message has no body. */
  | { kind: "none" }
  /** Body members serialized as one JSON object. */
  | { kind: "members"; members: string[]; memberSet: ReadonlySet<string> }
  /** One `@httpPayload` member. */
  | { kind: "payload"; member: string; shapeType: string; mediaType: string; modeled: boolean };

const bodyKindCache = new WeakMap<RestBinding[], BodyKind>();

export function bodyKind(schema: RestServiceSchema, structureId: string | undefined, bindings: RestBinding[]): BodyKind {
  const cached = bodyKindCache.get(bindings);
  if (cached) return cached;
  const kind = computeBodyKind(schema, structureId, bindings);
  bodyKindCache.set(bindings, kind);
  return kind;
}

function computeBodyKind(schema: RestServiceSchema, structureId: string | undefined, bindings: RestBinding[]): BodyKind {
  if (!structureId) return { kind: "none" };
  const payload = bindings.find((b) => b.kind === "payload");
  const members = shapeOf(schema, structureId).members ?? {};
  if (payload) {
    const target = shapeOf(schema, members[payload.member]!.target);
    const mediaType =
      target.mediaType ??
      (target.type === "blob" ? "application/octet-stream" : target.type === "string" || target.type === "enum" ? "text/plain" : JSON_TYPE);
    return { kind: "payload", member: payload.member, shapeType: target.type, mediaType, modeled: target.mediaType !== undefined };
  }
  const bound = new Set(bindings.map((b) => b.member));
  const body = Object.keys(members).filter((m) => !bound.has(m));
  // A structure with no members at all still reads and writes `{}` (empty-input-output tests);
  // one whose members are all bound elsewhere has no body.
  return body.length > 0 || Object.keys(members).length === 0 ? { kind: "members", members: body, memberSet: new Set(body) } : { kind: "none" };
}

/** The media type without parameters, lower-cased. */
export function essence(contentType: string | undefined): string | undefined {
  if (contentType === undefined || contentType === JSON_TYPE) return contentType;
  return contentType.split(";")[0]!.trim().toLowerCase();
}

/** 415 unless the request's Content-Type is what the operation reads. */
export function checkContentType(kind: BodyKind, contentType: string | undefined, hasBody: boolean, mergePatch: boolean): void {
  const actual = essence(contentType);
  // A blob without @mediaType takes any content, with or without a Content-Type (http-payload tests).
  if (kind.kind === "payload" && kind.shapeType === "blob" && !kind.modeled) return;
  if (kind.kind === "none") {
    if (actual !== undefined && hasBody) unsupported(actual, "no body");
    return;
  }
  if (actual === undefined) {
    if (hasBody) unsupported("(none)", expected(kind));
    return;
  }
  if (kind.kind === "members") {
    if (actual === JSON_TYPE || (mergePatch && actual === MERGE_PATCH_TYPE)) return;
    unsupported(actual, expected(kind));
  }
  if (kind.kind === "payload") {
    const want = kind.mediaType.toLowerCase();
    if (actual === essence(want) || (mergePatch && actual === MERGE_PATCH_TYPE)) return;
    unsupported(actual, want);
  }
}

function expected(kind: BodyKind): string {
  return kind.kind === "payload" ? kind.mediaType : JSON_TYPE;
}

function unsupported(actual: string, want: string): never {
  throw new RestHttpError(RestErrorCode.UNSUPPORTED_MEDIA_TYPE, `Content-Type ${actual} is not supported; expected ${want}`);
}

/** 406 when an `Accept` header excludes the response media type. */
export function checkAccept(accept: string | undefined, responseType: string | undefined): void {
  if (accept === undefined || responseType === undefined) return;
  const [type, subtype] = essence(responseType)!.split("/");
  const ok = accept.split(",").some((range) => {
    const [t, s] = essence(range)!.split("/");
    return (t === "*" || t === type) && (s === undefined || s === "*" || s === subtype);
  });
  if (!ok) {
    throw new RestHttpError(RestErrorCode.NOT_ACCEPTABLE, `Accept ${accept} excludes ${responseType}`);
  }
}

/** The media type of an operation's successful response body, if it has one. */
export function responseMediaType(kind: BodyKind): string | undefined {
  if (kind.kind === "none") return undefined;
  if (kind.kind === "payload" && kind.shapeType === "blob" && !kind.modeled) return undefined;
  return kind.kind === "payload" ? kind.mediaType : JSON_TYPE;
}
