/**
 * Codes of runtime (non-modeled) call failures, shared by every transport. The string values are
 * what travels in the `Oda-Error-Code` header (docs/native-protocol.md), so they never change.
 */
export const NativeCode = {
  /** No reply arrived before the call's deadline. */
  TIMEOUT: "TIMEOUT",
  /** Nobody serves the operation (NATS "no responders", or nothing registered in process). */
  NO_RESPONDERS: "NO_RESPONDERS",
  /** The encoded request or response exceeds the server's max_payload. */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** The transport is closed, draining or cannot reach the server. */
  UNAVAILABLE: "UNAVAILABLE",
  /** The server failed in a way the contract does not model; details stay on the server. */
  INTERNAL: "INTERNAL",
  /** The service does not implement the operation (unimplemented). */
  UNKNOWN_OPERATION: "UNKNOWN_OPERATION",
  /** The deadline had already passed before the call was sent or before the server started it. */
  DEADLINE_EXCEEDED: "DEADLINE_EXCEEDED",
  /** The caller aborted the call through its AbortSignal. */
  CANCELLED: "CANCELLED",
  /** The caller is not allowed to call this contract. */
  NOT_PERMITTED: "NOT_PERMITTED",
} as const;
export type NativeCode = (typeof NativeCode)[keyof typeof NativeCode];

/**
 * The HTTP-like status of each code, sent as `Nats-Service-Error-Code` so that NATS tooling
 * (`nats micro`) and REST front ends agree (Connect keeps the same table in http-status.ts).
 */
const HTTP_STATUS: Record<NativeCode, number> = {
  TIMEOUT: 504,
  NO_RESPONDERS: 503,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  UNKNOWN_OPERATION: 501,
  DEADLINE_EXCEEDED: 504,
  CANCELLED: 499,
  NOT_PERMITTED: 403,
};

export function httpStatusFromNativeCode(code: NativeCode): number {
  return HTTP_STATUS[code];
}

export function isNativeCode(value: unknown): value is NativeCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(HTTP_STATUS, value);
}

/** Best guess of a code from a bare HTTP-like status (a peer that sent no `Oda-Error-Code`). */
export function nativeCodeFromHttpStatus(status: number): NativeCode {
  switch (status) {
    case 403:
      return NativeCode.NOT_PERMITTED;
    case 408:
    case 504:
      return NativeCode.TIMEOUT;
    case 413:
      return NativeCode.PAYLOAD_TOO_LARGE;
    case 499:
      return NativeCode.CANCELLED;
    case 501:
      return NativeCode.UNKNOWN_OPERATION;
    case 503:
      return NativeCode.UNAVAILABLE;
    default:
      return NativeCode.INTERNAL;
  }
}
