/**
 * Server side: an HTTP request (already routed) to the operation's input structure, following
 * the input's HTTP bindings and restJson1 body rules.
 * https://smithy.io/2.0/spec/http-bindings.html
 */
import { isUtf8 } from "node:buffer";
import type { QueryParameterBag } from "@smithy/types";
import { MAX_PAYLOAD_DEPTH } from "../limits";
import { RestErrorCode, RestHttpError } from "./http-errors";
import { listElement, readText, splitHeaderList } from "./http-text";
import { readJson, readStructure, setOwn, shapeOf } from "./json-codec";
import { BAIL, compileReader, type FastReader } from "./compiled-body";
import { bodyKind, checkContentType, type BodyKind } from "./media-type";
import { SerializationError } from "./scalars";
import type { RestOperation, RestServiceSchema } from "./schema";

export interface DecodedRequest {
  /** Lower-cased header names. */
  headers: Record<string, string>;
  query: QueryParameterBag;
  body: Uint8Array | undefined;
}

function queryValues(query: QueryParameterBag, key: string): string[] | undefined {
  if (!Object.prototype.hasOwnProperty.call(query, key)) return undefined;
  const v = query[key];
  if (v === null || v === undefined) return [""];
  return Array.isArray(v) ? v : [v];
}

const NO_KEYS: ReadonlySet<string> = new Set();

export function decodeInput(
  schema: RestServiceSchema,
  op: RestOperation,
  request: DecodedRequest,
  labels: Record<string, string>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (!op.input) {
    checkContentType(
      { kind: "none" },
      request.headers["content-type"],
      hasBody(request.body),
      false,
    );
    return input;
  }
  const members = shapeOf(schema, op.input).members ?? {};
  // Smithy servers put every query parameter in the @httpQueryParams map; a TMF list keeps only
  // the attribute filters there (not fields/offset/limit).
  const boundQueryKeys = op.tmf?.list
    ? new Set(op.inputBindings.flatMap((b) => (b.kind === "query" ? [b.name] : [])))
    : NO_KEYS;
  try {
    for (const binding of op.inputBindings) {
      const member = members[binding.member]!;
      const path = `/${binding.member}`;
      switch (binding.kind) {
        case "label": {
          const text = labels[binding.name];
          if (text !== undefined)
            input[binding.member] = readText(schema, member, text, "label", path);
          break;
        }
        case "query": {
          const values = queryValues(request.query, binding.name);
          if (values === undefined) break;
          const element = listElement(schema, member);
          input[binding.member] = element
            ? values.map((v, i) => readText(schema, element, v, "query", `${path}/${i}`))
            : readText(schema, member, values[0]!, "query", path);
          break;
        }
        case "queryParams": {
          const value = shapeOf(schema, member.target).value!;
          const listValued = shapeOf(schema, value.target).type === "list";
          const out: Record<string, unknown> = {};
          for (const key of Object.keys(request.query)) {
            if (boundQueryKeys.has(key)) continue;
            const values = queryValues(request.query, key)!;
            setOwn(out, key, listValued ? values : values[0]);
          }
          if (Object.keys(out).length > 0) input[binding.member] = out;
          break;
        }
        case "header": {
          const text = request.headers[binding.name.toLowerCase()];
          if (text === undefined) break;
          const element = listElement(schema, member);
          input[binding.member] = element
            ? splitHeaderList(schema, element, text).map((v, i) =>
                readText(schema, element, v, "header", `${path}/${i}`),
              )
            : readText(schema, member, text.trim(), "header", path);
          break;
        }
        case "prefixHeaders": {
          const prefix = binding.prefix.toLowerCase();
          const out: Record<string, string> = {};
          for (const [name, text] of Object.entries(request.headers)) {
            if (name.startsWith(prefix)) setOwn(out, name.slice(prefix.length), text);
          }
          if (Object.keys(out).length > 0) input[binding.member] = out;
          break;
        }
        default:
          break;
      }
    }
    decodeBody(schema, op, request, input);
  } catch (error) {
    if (error instanceof SerializationError) {
      throw new RestHttpError(RestErrorCode.SERIALIZATION, error.message, { cause: error });
    }
    throw error;
  }
  return input;
}

function hasBody(body: Uint8Array | undefined): boolean {
  return body !== undefined && body.byteLength > 0;
}

function decodeBody(
  schema: RestServiceSchema,
  op: RestOperation,
  request: DecodedRequest,
  input: Record<string, unknown>,
): void {
  const kind = bodyKind(schema, op.input, op.inputBindings);
  checkContentType(
    kind,
    request.headers["content-type"],
    hasBody(request.body),
    op.tmf?.mergePatch === true,
  );
  if (kind.kind === "none" || !hasBody(request.body)) return;
  const bytes = request.body!;
  const options = { keepNulls: op.tmf?.mergePatch === true };
  if (kind.kind === "payload") {
    const member = shapeOf(schema, op.input!).members![kind.member]!;
    if (kind.shapeType === "blob") input[kind.member] = bytes;
    else if (kind.shapeType === "string" || kind.shapeType === "enum")
      input[kind.member] = utf8(bytes);
    else
      input[kind.member] = readJson(
        schema,
        member.target,
        parseJson(bytes),
        `/${kind.member}`,
        member,
        options,
      );
    return;
  }
  const json = parseJson(bytes);
  const fast = options.keepNulls ? undefined : readerOf(schema, op, kind);
  if (fast) {
    const read = fast(json);
    if (read !== BAIL) {
      Object.assign(input, read);
      return;
    }
  }
  Object.assign(
    input,
    readStructure(schema, shapeOf(schema, op.input!), json, "", options, kind.memberSet),
  );
}

const readers = new WeakMap<RestOperation, FastReader | null>();

/** The compiled reader of an operation's body members, when its input allows one. */
function readerOf(
  schema: RestServiceSchema,
  op: RestOperation,
  kind: BodyKind & { kind: "members" },
): FastReader | undefined {
  let reader = readers.get(op);
  if (reader === undefined) {
    reader = compileReader(schema, shapeOf(schema, op.input!), kind.memberSet) ?? null;
    readers.set(op, reader);
  }
  return reader ?? undefined;
}

function utf8(bytes: Uint8Array): string {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString("utf8");
  // Invalid sequences decode to U+FFFD; only then is the (rarer) full check worth it.
  if (text.includes("\uFFFD") && !isUtf8(bytes))
    throw new SerializationError("the body is not valid UTF-8", "");
  return text;
}

/** Deepest nesting a JSON body may have (limits.ts); JSON.parse itself copes with any depth. */
export const MAX_JSON_DEPTH = MAX_PAYLOAD_DEPTH;

/** True when arrays and objects nest deeper than `max` (a body shorter than 2·max cannot). */
function nestsDeeperThan(text: string, max: number): boolean {
  if (text.length <= 2 * max) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** JSON.parse defines `__proto__` as an own data property, so parsing cannot pollute prototypes. */
export function parseJson(bytes: Uint8Array): unknown {
  const text = utf8(bytes);
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new SerializationError(`the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`, "");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SerializationError(`malformed JSON: ${(error as Error).message}`, "");
  }
}
