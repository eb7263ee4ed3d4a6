/**
 * Mounts a RestHandler on node:http: `http.createServer(toNodeListener(handler))`. Reads the
 * body up to the limit (413 beyond it, without buffering the rest), splits the query string, and
 * writes the response. Nothing thrown here reaches the process.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HttpRequest, QueryParameterBag } from "@smithy/types";
import { DEFAULT_MAX_BODY_BYTES, LOWER_CASE_HEADERS, type RestHandler } from "./handler";
import { RestErrorCode, RestHttpError } from "./http-errors";

export interface NodeListenerOptions {
  /** Largest accepted body in bytes (default 1 MiB); keep it equal to the handler's. */
  maxBodyBytes?: number;
}

export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

/** `a=1&a=2&b` → `{ a: ["1","2"], b: null }` (values percent-decoded, `+` kept literal). */
export function parseQueryString(text: string): QueryParameterBag {
  const query: QueryParameterBag = {};
  if (!text) return query;
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? null : safeDecode(pair.slice(eq + 1));
    const existing = Object.prototype.hasOwnProperty.call(query, key) ? query[key] : undefined;
    let next: string | string[] | null;
    if (existing === undefined) next = value;
    else if (Array.isArray(existing)) next = [...existing, value ?? ""];
    else next = [existing ?? "", value ?? ""];
    Object.defineProperty(query, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return query;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function toNodeListener(handler: RestHandler, options: NodeListenerOptions = {}): NodeListener {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res) => {
    const declared = Number(req.headers["content-length"]);
    if (declared > limit) {
      tooLarge(handler, limit, req, res);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge(handler, limit, req, res);
      } else {
        chunks.push(chunk);
      }
    });
    req.on("end", () => {
      const body = size === 0 ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      handler(toHttpRequest(req, body)).then(
        (response) => {
          res.writeHead(response.statusCode, response.headers);
          res.end(response.body);
        },
        () => {
          // The handler never rejects; this guards the process anyway.
          if (!res.headersSent) res.writeHead(500);
          res.end();
        },
      );
    });
    req.on("error", () => res.destroy());
  };
}

function toHttpRequest(req: IncomingMessage, body: Uint8Array | undefined): HttpRequest {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  // Node lower-cases header names and joins repeated values (but set-cookie, never sent by clients).
  const headers = req.headers as Record<string, string>;
  const host = headers.host;
  const colon = host === undefined ? -1 : host.indexOf(":");
  return {
    method: req.method ?? "GET",
    protocol: "http:",
    hostname: host === undefined ? "localhost" : colon < 0 ? host : host.slice(0, colon),
    path: q < 0 ? url : url.slice(0, q),
    query: q < 0 ? {} : parseQueryString(url.slice(q + 1)),
    headers,
    body,
    // set-cookie is the one header node keeps as an array: the handler then copies and joins.
    [LOWER_CASE_HEADERS]: headers["set-cookie"] === undefined,
  } as HttpRequest;
}

/**
 * Over the limit: answer 413 at once, then read and discard what the client is still sending, so
 * that it gets to read the answer instead of a connection reset; past a bound, cut the connection.
 */
function tooLarge(handler: RestHandler, limit: number, req: IncomingMessage, res: ServerResponse): void {
  const response = handler.errorResponse(new RestHttpError(RestErrorCode.PAYLOAD_TOO_LARGE, `The body exceeds ${limit} bytes`));
  res.writeHead(response.statusCode, response.headers);
  res.end(response.body);
  const bound = Math.max(DRAIN_BYTES, 4 * limit);
  let drained = 0;
  req.removeAllListeners("data");
  req.removeAllListeners("end");
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > bound) req.socket.destroy();
  });
  req.resume();
}

/** How much of an oversized body is drained before the connection is cut. */
const DRAIN_BYTES = 16 * 1024 * 1024;
