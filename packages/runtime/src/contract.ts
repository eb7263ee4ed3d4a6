/**
 * The contract between generated code and the runtime. Generated code builds one
 * `ServiceDescriptor` per Smithy service; transports and front ends work only from it.
 */
import type { ModeledError } from "./errors";

/** The JSON data model: what `toJson` produces and `fromJson` accepts. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One constraint or type failure, located by a path such as `/items/2/name`. */
export interface FieldError {
  /** JSON-pointer-like path from the validated value's root ("" for the root itself). */
  readonly path: string;
  /** What failed, e.g. `length`, `pattern`, `range`, `required`, `type`, `enum`, `uniqueItems`. */
  readonly constraint: string;
  /** Human-readable: names the constraint and the offending value. */
  readonly message: string;
}

/** Per-shape functions generated from the model. */
export interface ShapeCodec<T> {
  /** Every type and constraint failure of `value` (empty when valid). Never throws. */
  validate(value: unknown, path?: string): FieldError[];
  /**
   * To the JSON data model with Smithy member names: timestamps as epoch seconds, blobs as
   * base64, bigInteger/bigDecimal as strings, unions as single-key objects, documents as is.
   */
  toJson(value: T): JsonValue;
  /** The inverse of `toJson`. Throws `ValidationError` when the value cannot be read. */
  fromJson(json: unknown): T;
}

export interface ErrorDescriptor {
  /** Absolute shape id of the error structure, e.g. `example.tickets#TicketNotFound`. */
  readonly shapeId: string;
  readonly name: string;
  readonly fault: "client" | "server";
  /** From `@httpError`, else 400 for client and 500 for server faults. */
  readonly httpStatus: number;
  readonly codec: ShapeCodec<Record<string, unknown>>;
  create(members: Record<string, unknown>): ModeledError;
}

export interface OperationDescriptor<I = unknown, O = unknown> {
  /** Smithy operation name, e.g. `GetTicket`: the native endpoint name. */
  readonly name: string;
  /** Interface method name, lowerCamelCase: `getTicket`. */
  readonly method: string;
  readonly shapeId: string;
  readonly input: ShapeCodec<I>;
  readonly output: ShapeCodec<O>;
  /** Operation errors followed by service-wide errors. */
  readonly errors: readonly ErrorDescriptor[];
}

export interface ServiceDescriptor {
  /** Absolute shape id, e.g. `example.tickets#TicketService`. */
  readonly shapeId: string;
  /** Smithy service name, e.g. `TicketService`. */
  readonly name: string;
  readonly version: string;
  readonly operations: readonly OperationDescriptor[];
}

/** Per-call context; every field is optional. */
export interface CallContext {
  /** Absolute deadline, epoch milliseconds. */
  deadline?: number;
  /** Propagated unchanged; generated when absent. */
  requestId?: string;
  /** W3C trace context. */
  traceparent?: string;
  signal?: AbortSignal;
  /** Set by the server side: who called (component name), when the transport knows. */
  caller?: string;
}

/** A server-side handler for one operation, after decoding and validation. */
export type OperationHandler = (input: unknown, context: CallContext) => Promise<unknown>;

export interface ServeOptions {
  /** NATS queue group; defaults to the service name so instances share load. */
  queue?: string;
  /**
   * Told about every failure that reaches the caller as INTERNAL (an unexpected throw, a modeled
   * error the operation does not declare, an unencodable output). The caller never sees these
   * details; this is where they go. Defaults to one `console.error` line. Must not throw.
   */
  onError?: (
    error: unknown,
    where: { service: string; operation: string; requestId?: string },
  ) => void;
}

export interface Served {
  /** Stops taking new calls, lets in-flight calls finish, then resolves. */
  close(): Promise<void>;
}

/** Moves calls between a native client and a served implementation. */
export interface Transport {
  call(
    service: ServiceDescriptor,
    operation: OperationDescriptor,
    input: unknown,
    context?: CallContext,
  ): Promise<unknown>;
  serve(
    service: ServiceDescriptor,
    handlers: ReadonlyMap<string, OperationHandler>,
    options?: ServeOptions,
  ): Promise<Served>;
  close(): Promise<void>;
}
