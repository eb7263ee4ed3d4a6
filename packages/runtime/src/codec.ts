/**
 * Payload codecs: the `toJson` form of a shape, as MessagePack (default) or JSON bytes.
 * MessagePack uses plain maps and arrays only (no msgpackr records or extensions), so any
 * MessagePack library in another language reads it (docs/native-protocol.md).
 */
import { Packr } from "msgpackr";
import type { JsonValue } from "./contract";
import { MAX_PAYLOAD_DEPTH } from "./limits";

export const PayloadCodecName = { MSGPACK: "msgpack", JSON: "json" } as const;
export type PayloadCodecName = (typeof PayloadCodecName)[keyof typeof PayloadCodecName];

export interface PayloadCodec {
  readonly name: PayloadCodecName;
  /** Value of the `Content-Type` header. */
  readonly contentType: string;
  encode(value: JsonValue): Uint8Array;
  /** Throws on malformed bytes; an empty payload decodes as `{}` (a Smithy unit). */
  decode(bytes: Uint8Array): unknown;
}

// Objects are written as map16 (fixed-size header): ~20 % faster than msgpackr's
// `variableMapSize` fixmaps for ~3 % more bytes, and just as standard.
const packr = new Packr({
  useRecords: false,
  mapsAsObjects: true,
  moreTypes: false,
  bundleStrings: false,
  int64AsType: "number",
});

export { MAX_PAYLOAD_DEPTH };

/** Throws when arrays and objects in `value` nest deeper than MAX_PAYLOAD_DEPTH. */
function checkDepth(value: unknown, size: number): unknown {
  // Every level takes at least one byte: small payloads cannot be too deep.
  if (size > MAX_PAYLOAD_DEPTH && tooDeep(value, 0)) {
    throw new RangeError(`the payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels`);
  }
  return value;
}

function tooDeep(value: unknown, depth: number): boolean {
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) return false;
  if (depth >= MAX_PAYLOAD_DEPTH) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (tooDeep(item, depth + 1)) return true;
  } else {
    for (const key in value)
      if (tooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

export const msgpackCodec: PayloadCodec = {
  name: PayloadCodecName.MSGPACK,
  contentType: "application/msgpack",
  encode: (value) => packr.pack(value),
  decode: (bytes) => (bytes.length === 0 ? {} : checkDepth(packr.unpack(bytes), bytes.length)),
};

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

export const jsonCodec: PayloadCodec = {
  name: PayloadCodecName.JSON,
  contentType: "application/json",
  encode: (value) => encoder.encode(JSON.stringify(value)),
  decode: (bytes) =>
    bytes.length === 0 ? {} : checkDepth(JSON.parse(decoder.decode(bytes)), bytes.length / 2),
};

export function payloadCodec(name: PayloadCodecName = PayloadCodecName.MSGPACK): PayloadCodec {
  if (name === PayloadCodecName.MSGPACK) return msgpackCodec;
  if (name === PayloadCodecName.JSON) return jsonCodec;
  throw new TypeError(
    `unknown payload codec ${JSON.stringify(name)} (expected "msgpack" or "json")`,
  );
}

/** The codec a `Content-Type` names; JSON for anything JSON-like, undefined when unsupported. */
export function codecForContentType(contentType: string | undefined): PayloadCodec | undefined {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "" || type === msgpackCodec.contentType || type === "application/x-msgpack")
    return msgpackCodec;
  if (type === jsonCodec.contentType || type.endsWith("+json")) return jsonCodec;
  return undefined;
}
