/**
 * The native wire envelope: headers plus an encoded body, for requests and replies. NATS carries
 * it as message headers and payload; the in-process transport with `encode: true` runs the very
 * same functions, so tests in process exercise the real protocol. Spec: docs/native-protocol.md.
 */
import type { CallContext, FieldError, JsonValue, OperationDescriptor } from "../contract";
import { codecForContentType, type PayloadCodec } from "../codec";
import type { CallOutcome } from "../dispatch";
import { errorFromWire } from "../dispatch";
import { NativeCallError, NativeCode, ValidationError } from "../errors";
import { httpStatusFromNativeCode, isNativeCode, nativeCodeFromHttpStatus } from "../native-code";

export const WireHeader = {
  CONTENT_TYPE: "Content-Type",
  /** Absolute deadline, epoch milliseconds, decimal. */
  DEADLINE: "Oda-Deadline",
  REQUEST_ID: "Oda-Request-Id",
  /** W3C Trace Context, passed through unchanged. */
  TRACEPARENT: "traceparent",
  /** Name of the calling component, when the transport was given one. */
  CALLER: "Oda-Caller",
  /** Shape id of a modeled error (or smithy.framework#ValidationException). */
  ERROR_TYPE: "Oda-Error-Type",
  /** NativeCode of a runtime error. */
  ERROR_CODE: "Oda-Error-Code",
  /** The NATS micro headers, so `nats micro` tooling counts and shows errors. */
  SERVICE_ERROR: "Nats-Service-Error",
  SERVICE_ERROR_CODE: "Nats-Service-Error-Code",
} as const;

export type WireHeaders = Record<string, string>;
export interface Envelope {
  readonly headers: WireHeaders;
  readonly body: Uint8Array;
}

export function encodeRequest(
  operation: OperationDescriptor,
  input: unknown,
  context: CallContext | undefined,
  deadline: number,
  codec: PayloadCodec,
  caller?: string,
): Envelope {
  const headers: WireHeaders = {
    [WireHeader.CONTENT_TYPE]: codec.contentType,
    [WireHeader.DEADLINE]: String(Math.floor(deadline)),
  };
  if (context?.requestId) headers[WireHeader.REQUEST_ID] = oneLine(context.requestId);
  if (context?.traceparent) headers[WireHeader.TRACEPARENT] = oneLine(context.traceparent);
  if (caller) headers[WireHeader.CALLER] = oneLine(caller);
  return { headers, body: encodeInput(operation, input, codec) };
}

/** An input the codec cannot write is the caller's bug: a ValidationError when the codec says why. */
function encodeInput(
  operation: OperationDescriptor,
  input: unknown,
  codec: PayloadCodec,
): Uint8Array {
  try {
    return codec.encode(operation.input.toJson(input));
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new NativeCallError(
      NativeCode.INTERNAL,
      `the input of ${operation.name} cannot be encoded: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/**
 * Bytes NATS counts against max_payload: the body plus the header block (`NATS/1.0\r\n`, one
 * `Name: value\r\n` per header, `\r\n`).
 */
export function wireSize(envelope: Envelope): number {
  let size = envelope.body.length + 12;
  for (const [name, value] of Object.entries(envelope.headers)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(value) + 4;
  }
  return size;
}

/** The server's view of a request's headers: its context (without signal) and reply codec. */
export function readRequestHeaders(get: (name: string) => string | undefined): {
  context: CallContext;
  codec: PayloadCodec | undefined;
} {
  const deadline = Number(get(WireHeader.DEADLINE));
  return {
    context: {
      deadline: Number.isFinite(deadline) && deadline > 0 ? deadline : undefined,
      requestId: get(WireHeader.REQUEST_ID) || undefined,
      traceparent: get(WireHeader.TRACEPARENT) || undefined,
      caller: get(WireHeader.CALLER) || undefined,
    },
    codec: codecForContentType(get(WireHeader.CONTENT_TYPE)),
  };
}

/** Encodes a reply; `onEncodeFailure` turns an unencodable output or error into INTERNAL. */
export function encodeReply(
  outcome: CallOutcome,
  codec: PayloadCodec,
  onEncodeFailure: (error: unknown) => CallOutcome,
): Envelope {
  try {
    return encodeOutcome(outcome, codec);
  } catch (error) {
    return encodeOutcome(onEncodeFailure(error), codec);
  }
}

function encodeOutcome(outcome: CallOutcome, codec: PayloadCodec): Envelope {
  const headers: WireHeaders = { [WireHeader.CONTENT_TYPE]: codec.contentType };
  if (outcome.ok)
    return { headers, body: codec.encode(outcome.operation.output.toJson(outcome.output)) };
  const error = outcome.error;
  switch (error.kind) {
    case "modeled":
      headers[WireHeader.ERROR_TYPE] = error.descriptor.shapeId;
      headers[WireHeader.SERVICE_ERROR_CODE] = String(error.descriptor.httpStatus);
      headers[WireHeader.SERVICE_ERROR] = error.descriptor.name;
      return { headers, body: codec.encode(error.descriptor.codec.toJson(error.members)) };
    case "validation": {
      headers[WireHeader.ERROR_TYPE] = ValidationError.shapeId;
      headers[WireHeader.SERVICE_ERROR_CODE] = "400";
      headers[WireHeader.SERVICE_ERROR] = "ValidationException";
      const message = new ValidationError(error.fieldErrors).message;
      const fieldList = error.fieldErrors.map(({ path, constraint, message }) => ({
        path,
        constraint,
        message,
      }));
      return { headers, body: codec.encode({ message, fieldList }) };
    }
    case "native":
      headers[WireHeader.ERROR_CODE] = error.code;
      headers[WireHeader.SERVICE_ERROR_CODE] = String(httpStatusFromNativeCode(error.code));
      headers[WireHeader.SERVICE_ERROR] = oneLine(error.message);
      return { headers, body: codec.encode({ message: error.message }) };
  }
}

/** The client side: the output, or throws the error the reply carries. */
export function decodeReply(
  operation: OperationDescriptor,
  get: (name: string) => string | undefined,
  body: Uint8Array,
  requestCodec: PayloadCodec,
): unknown {
  const codec = codecForContentType(get(WireHeader.CONTENT_TYPE)) ?? requestCodec;
  const status = get(WireHeader.SERVICE_ERROR_CODE);
  if (status === undefined) {
    return readOrInternal(() => operation.output.fromJson(codec.decode(body)), "reply");
  }
  const type = get(WireHeader.ERROR_TYPE);
  if (type === ValidationError.shapeId) {
    const decoded = readOrInternal(() => codec.decode(body), "validation error");
    throw new ValidationError(fieldListOf(decoded));
  }
  if (type !== undefined) {
    const descriptor = operation.errors.find((d) => d.shapeId === type);
    if (!descriptor)
      throw new NativeCallError(
        NativeCode.INTERNAL,
        `the server sent an error ${type} that ${operation.name} does not declare`,
      );
    const members = readOrInternal(
      () => descriptor.codec.fromJson(codec.decode(body)),
      `error ${type}`,
    );
    throw errorFromWire({ kind: "modeled", descriptor, members });
  }
  const code = get(WireHeader.ERROR_CODE);
  const message = messageOf(body, codec) ?? get(WireHeader.SERVICE_ERROR) ?? "";
  throw new NativeCallError(
    isNativeCode(code) ? code : nativeCodeFromHttpStatus(Number(status)),
    message || undefined,
  );
}

function readOrInternal<T>(read: () => T, what: string): T {
  try {
    return read();
  } catch (error) {
    throw new NativeCallError(NativeCode.INTERNAL, `malformed ${what} from the server`, {
      cause: error,
    });
  }
}

function fieldListOf(decoded: unknown): FieldError[] {
  const list = (decoded as { fieldList?: unknown } | null)?.fieldList;
  if (!Array.isArray(list)) return [];
  return list.map((item: Partial<Record<keyof FieldError, unknown>>) => ({
    path: String(item?.path ?? ""),
    constraint: String(item?.constraint ?? "unknown"),
    message: String(item?.message ?? ""),
  }));
}

function messageOf(body: Uint8Array, codec: PayloadCodec): string | undefined {
  try {
    const message = (codec.decode(body) as { message?: JsonValue } | null)?.message;
    return typeof message === "string" ? message : undefined;
  } catch {
    return undefined;
  }
}

/** Header values cannot hold line breaks. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").slice(0, 256);
}
