/**
 * The three kinds of failure a native call can end with:
 * - `ModeledError`: an error structure of the Smithy contract; generated code subclasses it.
 * - `ValidationError`: the input broke the contract's constraints (never reached the implementation).
 * - `NativeCallError`: the runtime failed (timeout, no responders, internal...), with a `NativeCode`.
 */
import type { FieldError } from "./contract";
import { NativeCode, httpStatusFromNativeCode, isNativeCode } from "./native-code";

/** Own properties of an error instance that are never members of the Smithy structure. */
const NOT_MEMBERS = new Set(["name", "stack", "cause", "shapeId", "fault", "httpStatus"]);

/**
 * Base class of generated error classes. A subclass sets `name` to the shape name, declares
 * `shapeId`, `fault` and `httpStatus`, and is constructed from its members:
 * `new TicketNotFound({ message, ticketId })`. Pass the members object to `super` so that a
 * `message` member becomes an enumerable property and travels with the others.
 */
export abstract class ModeledError extends Error {
  /** Absolute shape id of the error structure, e.g. `example.tickets#TicketNotFound`. */
  abstract readonly shapeId: string;
  abstract readonly fault: "client" | "server";
  abstract readonly httpStatus: number;

  constructor(members?: string | Readonly<Record<string, unknown>>, options?: { cause?: unknown }) {
    const message =
      typeof members === "string"
        ? members
        : typeof members?.message === "string"
          ? members.message
          : "";
    super(message, options);
    if (typeof members === "object" && members !== null && "message" in members) {
      // Error.message is non-enumerable; a Smithy `message` member must be listed by toMembers().
      Object.defineProperty(this, "message", {
        value: message,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }

  /** The structure's members: own enumerable properties, without undefined values. */
  toMembers(): Record<string, unknown> {
    const members: Record<string, unknown> = {};
    for (const key of Object.keys(this)) {
      const value = (this as Record<string, unknown>)[key];
      if (!NOT_MEMBERS.has(key) && value !== undefined) members[key] = value;
    }
    return members;
  }
}

export function isModeledError(value: unknown): value is ModeledError {
  return value instanceof ModeledError;
}

/** Sorts by path depth then path, as zod's prettifyError does, so the message reads top-down. */
function byPath(a: FieldError, b: FieldError): number {
  const depth = (p: string) => (p === "" ? 0 : p.split("/").length);
  return depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The input (or a decoded value) breaks the contract; lists every failure, not just the first. */
export class ValidationError extends Error {
  /** Smithy's standard validation error; the shape id used on the wire (docs/native-protocol.md). */
  static readonly shapeId = "smithy.framework#ValidationException";
  readonly fieldErrors: readonly FieldError[];
  readonly fault = "client" as const;
  readonly httpStatus = 400;

  constructor(fieldErrors: readonly FieldError[], options?: { cause?: unknown }) {
    const sorted = [...fieldErrors].sort(byPath);
    const count = sorted.length === 1 ? "1 error" : `${sorted.length} errors`;
    const lines = sorted.map(
      (e) => `  ${e.path === "" ? "(root)" : e.path}: [${e.constraint}] ${e.message}`,
    );
    super(`Validation failed (${count}):\n${lines.join("\n")}`, options);
    this.name = "ValidationError";
    this.fieldErrors = sorted;
  }
}

export function isValidationError(value: unknown): value is ValidationError {
  return value instanceof ValidationError;
}

/** A runtime failure of a native call, like Connect's ConnectError: one class, one code. */
export class NativeCallError extends Error {
  readonly code: NativeCode;
  /** The message without the `[CODE]` prefix. */
  readonly rawMessage: string;

  constructor(code: NativeCode, message?: string, options?: { cause?: unknown }) {
    const raw = message ?? defaultMessage(code);
    super(`[${code}] ${raw}`, options);
    this.name = "NativeCallError";
    this.code = code;
    this.rawMessage = raw;
  }

  get httpStatus(): number {
    return httpStatusFromNativeCode(this.code);
  }

  /**
   * Any thrown value as a NativeCallError: itself when it already is one, CANCELLED or TIMEOUT
   * for abort and timeout DOMExceptions, else `fallback` (INTERNAL) keeping the original as cause.
   */
  static from(reason: unknown, fallback: NativeCode = NativeCode.INTERNAL): NativeCallError {
    if (reason instanceof NativeCallError) return reason;
    if (isAbortLike(reason)) {
      const code = reason.name === "TimeoutError" ? NativeCode.TIMEOUT : NativeCode.CANCELLED;
      return new NativeCallError(code, reason.message || undefined, { cause: reason });
    }
    const message = reason instanceof Error ? reason.message : String(reason);
    return new NativeCallError(fallback, message, { cause: reason });
  }

  /** True for a NativeCallError, optionally of the given code. */
  static is(value: unknown, code?: NativeCode): value is NativeCallError {
    return value instanceof NativeCallError && (code === undefined || value.code === code);
  }
}

/** Duck-typed: DOMException may come from another realm (jest, vm) and fail `instanceof Error`. */
function isAbortLike(reason: unknown): reason is { name: string; message: string } {
  const name = (reason as { name?: unknown } | null)?.name;
  return typeof reason === "object" && (name === "AbortError" || name === "TimeoutError");
}

function defaultMessage(code: NativeCode): string {
  switch (code) {
    case NativeCode.TIMEOUT:
      return "no reply before the deadline";
    case NativeCode.NO_RESPONDERS:
      return "no service is serving this operation";
    case NativeCode.PAYLOAD_TOO_LARGE:
      return "payload exceeds the server's max_payload";
    case NativeCode.UNAVAILABLE:
      return "transport unavailable";
    case NativeCode.INTERNAL:
      return "internal error";
    case NativeCode.UNKNOWN_OPERATION:
      return "unimplemented";
    case NativeCode.DEADLINE_EXCEEDED:
      return "deadline exceeded";
    case NativeCode.CANCELLED:
      return "cancelled by the caller";
    case NativeCode.NOT_PERMITTED:
      return "not permitted";
  }
}

export { NativeCode, isNativeCode };
