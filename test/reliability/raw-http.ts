/**
 * A raw HTTP/1.1 client on a TCP socket: sends exactly the bytes given (malformed ones included),
 * optionally dribbled slowly, and reads one response. Fetch and node:http would refuse or repair
 * most of what the bad-input catalogue needs to send.
 */
import * as net from "node:net";

export interface RawResponse {
  /** 0 when the server closed without answering. */
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** Milliseconds until the answer (or the close). */
  readonly ms: number;
}

export interface RawOptions {
  /** Send the bytes in pieces of this size, waiting `dripMs` between them (slow client). */
  readonly dripBytes?: number;
  readonly dripMs?: number;
  /** Give up after this long (default 10 s). */
  readonly timeoutMs?: number;
}

export function rawRequest(
  port: number,
  bytes: Buffer,
  options: RawOptions = {},
): Promise<RawResponse> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    let done = false;
    let drip: NodeJS.Timeout | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(drip);
      socket.destroy();
      resolve(parse(Buffer.concat(chunks), Date.now() - started));
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 10_000);
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      if (complete(Buffer.concat(chunks))) finish();
    });
    socket.on("end", finish);
    socket.on("close", finish);
    socket.on("error", finish);
    socket.on("connect", () => {
      if (!options.dripBytes) {
        socket.write(bytes);
        return;
      }
      let offset = 0;
      const next = () => {
        if (done || offset >= bytes.length) return;
        socket.write(bytes.subarray(offset, offset + options.dripBytes!));
        offset += options.dripBytes!;
        drip = setTimeout(next, options.dripMs ?? 500);
      };
      next();
    });
  });
}

/** True once the head and `content-length` bytes of body are in. */
function complete(data: Buffer): boolean {
  const end = data.indexOf("\r\n\r\n");
  if (end < 0) return false;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(data.subarray(0, end).toString("latin1"));
  return length !== null && data.length >= end + 4 + Number(length[1]);
}

function parse(data: Buffer, ms: number): RawResponse {
  const end = data.indexOf("\r\n\r\n");
  if (data.length === 0 || end < 0) return { status: 0, headers: {}, body: "", ms };
  const [statusLine, ...lines] = data.subarray(0, end).toString("latin1").split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? "")?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, body: data.subarray(end + 4).toString("utf8"), ms };
}

/** A request's bytes: `Connection: close` so the server ends the exchange. */
export function httpBytes(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Buffer {
  const payload =
    body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8");
  const all: Record<string, string> = { host: "127.0.0.1", connection: "close", ...headers };
  if (payload && all["content-length"] === undefined && all["transfer-encoding"] === undefined)
    all["content-length"] = String(payload.length);
  const head = `${method} ${path} HTTP/1.1\r\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}\r\n`;
  return payload
    ? Buffer.concat([Buffer.from(head, "latin1"), payload])
    : Buffer.from(head, "latin1");
}
