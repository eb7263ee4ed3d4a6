/** Building requests from test cases and checking responses against them. */
import type { HttpRequest, HttpResponse } from "@smithy/types";
import { isNodeObject, type NodeObject, type NodeValue } from "@oda-codegen/smithy";
import { parseQueryString } from "@oda-codegen/runtime/src/rest/node";

export function stringMap(value: NodeValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (isNodeObject(value)) for (const [k, v] of Object.entries(value)) out[k] = String(v);
  return out;
}

export function stringList(value: NodeValue | undefined): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** A request test (or a malformed test's `request`) as an HttpRequest. */
export function requestOf(data: NodeObject): HttpRequest {
  const uri = String(data.uri);
  const q = uri.indexOf("?");
  const queryParts = [...(q >= 0 ? [uri.slice(q + 1)] : []), ...stringList(data.queryParams)];
  const body = typeof data.body === "string" && data.body !== "" ? data.body : undefined;
  return {
    method: String(data.method),
    protocol: "http:",
    hostname: typeof data.host === "string" ? data.host : "localhost",
    path: q >= 0 ? uri.slice(0, q) : uri,
    query: parseQueryString(queryParts.join("&")),
    headers: stringMap(data.headers),
    ...(body !== undefined ? { body } : {}),
  };
}

export function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (body instanceof Uint8Array) return Buffer.from(body).toString("utf8");
  return String(body);
}

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Compares headers: expected ones present and equal, forbidden absent, required present. */
export function headerProblems(actual: Record<string, string>, data: NodeObject): string[] {
  const got = lower(actual);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(lower(stringMap(data.headers)))) {
    if (got[name] === undefined) problems.push(`missing header ${name}`);
    else if (normalizeHeader(got[name]!) !== normalizeHeader(value)) problems.push(`header ${name}: ${got[name]} != ${value}`);
  }
  for (const name of stringList(data.forbidHeaders)) if (got[name.toLowerCase()] !== undefined) problems.push(`forbidden header ${name}`);
  for (const name of stringList(data.requireHeaders)) if (got[name.toLowerCase()] === undefined) problems.push(`required header ${name}`);
  return problems;
}

function normalizeHeader(value: string): string {
  return value.split(",").map((v) => v.trim()).join(",");
}

/** Compares bodies: as JSON when the media type says so, else as text. */
export function bodyProblem(actual: string, expected: string, mediaType: string | undefined): string | undefined {
  if (mediaType !== undefined && /json/.test(mediaType)) {
    if (expected.trim() === "" && actual.trim() === "") return undefined;
    try {
      const a = actual.trim() === "" ? undefined : JSON.parse(actual);
      const e = JSON.parse(expected);
      return jsonEqual(a, e) ? undefined : `body ${actual.slice(0, 200)} != ${expected.slice(0, 200)}`;
    } catch (error) {
      return `body is not JSON: ${(error as Error).message}: ${actual.slice(0, 100)}`;
    }
  }
  return actual === expected ? undefined : `body ${JSON.stringify(actual.slice(0, 100))} != ${JSON.stringify(expected.slice(0, 100))}`;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as never)[k], (b as never)[k]));
  }
  return a === b;
}

export function responseHeaders(response: HttpResponse): Record<string, string> {
  return Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
