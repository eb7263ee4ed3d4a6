/**
 * The server side of every transport: find the handler, read and validate the input, call the
 * implementation, and turn whatever it throws into a `WireError` the client can rebuild. Keeping
 * this in one place is what makes the in-process transport behave exactly like NATS.
 */
import type {
  CallContext,
  ErrorDescriptor,
  FieldError,
  OperationDescriptor,
  OperationHandler,
  ServeOptions,
  ServiceDescriptor,
} from "./contract";
import { ModeledError, NativeCallError, NativeCode, ValidationError } from "./errors";

/** A failure as it crosses the wire, before any encoding. */
export type WireError =
  | {
      readonly kind: "modeled";
      readonly descriptor: ErrorDescriptor;
      readonly members: Record<string, unknown>;
    }
  | { readonly kind: "validation"; readonly fieldErrors: readonly FieldError[] }
  | { readonly kind: "native"; readonly code: NativeCode; readonly message: string };

export type CallOutcome =
  | { readonly ok: true; readonly operation: OperationDescriptor; readonly output: unknown }
  | { readonly ok: false; readonly operation?: OperationDescriptor; readonly error: WireError };

/** Reads the typed input (decode + `fromJson`, or the object itself in process). May throw. */
export type InputReader = (operation: OperationDescriptor) => unknown;

export type Dispatcher = (
  operationName: string,
  readInput: InputReader,
  context: CallContext,
) => Promise<CallOutcome>;

export function createDispatcher(
  service: ServiceDescriptor,
  handlers: ReadonlyMap<string, OperationHandler>,
  options: ServeOptions = {},
): Dispatcher {
  const operations = new Map(service.operations.map((op) => [op.name, op] as const));
  const report = reporter(service, options);
  return async (operationName, readInput, context) => {
    const operation = operations.get(operationName);
    const handler = handlers.get(operationName);
    if (!operation || !handler) {
      return failure(
        native(NativeCode.UNKNOWN_OPERATION, `unknown operation ${service.name}.${operationName}`),
      );
    }
    if (context.deadline !== undefined && context.deadline <= Date.now()) {
      return failure(
        native(NativeCode.DEADLINE_EXCEEDED, "the deadline passed before the call started"),
        operation,
      );
    }
    let input: unknown;
    try {
      input = readInput(operation);
    } catch (error) {
      return failure({ kind: "validation", fieldErrors: unreadable(error) }, operation);
    }
    try {
      // Inside the try: a generated validator that throws is a server bug, answered as INTERNAL.
      const fieldErrors = operation.input.validate(input);
      if (fieldErrors.length > 0) return failure({ kind: "validation", fieldErrors }, operation);
      return { ok: true, operation, output: await handler(input, context) };
    } catch (error) {
      if (context.signal?.aborted) return failure(abandoned(context.signal), operation);
      return failure(
        wireErrorOf(error, operation, (e) => report(e, operationName, context.requestId)),
        operation,
      );
    }
  };
}

/** INTERNAL, after telling `onError` what really happened. */
export function internalFailure(
  service: ServiceDescriptor,
  options: ServeOptions,
  error: unknown,
  operation: OperationDescriptor,
  requestId?: string,
): CallOutcome {
  reporter(service, options)(error, operation.name, requestId);
  return failure(native(NativeCode.INTERNAL, "internal error"), operation);
}

/**
 * Modeled errors the operation declares keep their shape; a NativeCallError keeps its code (a
 * deliberate runtime failure, as Connect propagates ConnectError); anything else is INTERNAL with
 * no message or stack, reported to `onError` instead.
 */
function wireErrorOf(
  error: unknown,
  operation: OperationDescriptor,
  report: (e: unknown) => void,
): WireError {
  if (error instanceof ModeledError) {
    const descriptor = operation.errors.find((d) => d.shapeId === error.shapeId);
    if (descriptor) return { kind: "modeled", descriptor, members: error.toMembers() };
  } else if (error instanceof NativeCallError) {
    return native(error.code, error.rawMessage);
  }
  report(error);
  return native(NativeCode.INTERNAL, "internal error");
}

/**
 * The implementation gave up because the call's signal fired: not a server failure. At the
 * deadline that is TIMEOUT, what the caller sees from its own timer at the same moment.
 */
function abandoned(signal: AbortSignal): WireError {
  const timedOut = (signal.reason as { name?: unknown } | undefined)?.name === "TimeoutError";
  return timedOut
    ? native(NativeCode.TIMEOUT, "the deadline passed while the call ran")
    : native(NativeCode.CANCELLED, "the caller cancelled the call");
}

function unreadable(error: unknown): readonly FieldError[] {
  if (error instanceof ValidationError) return error.fieldErrors;
  return [{ path: "", constraint: "encoding", message: "the payload cannot be decoded" }];
}

function native(code: NativeCode, message: string): WireError {
  return { kind: "native", code, message };
}

function failure(error: WireError, operation?: OperationDescriptor): CallOutcome {
  return { ok: false, operation, error };
}

type Report = (error: unknown, operation: string, requestId?: string) => void;

function reporter(service: ServiceDescriptor, options: ServeOptions): Report {
  const onError = options.onError ?? defaultOnError;
  return (error, operation, requestId) => {
    try {
      onError(error, { service: service.name, operation, requestId });
    } catch {
      // onError must not throw; if it does, the call still answers INTERNAL.
    }
  };
}

function defaultOnError(
  error: unknown,
  where: { service: string; operation: string; requestId?: string },
): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(
    `[oda-runtime] ${where.service}.${where.operation} (request ${where.requestId ?? "-"}) failed: ${detail}`,
  );
}

/** The client side: the error a caller sees for a WireError. */
export function errorFromWire(error: WireError): Error {
  switch (error.kind) {
    case "modeled":
      return error.descriptor.create(error.members);
    case "validation":
      return new ValidationError(error.fieldErrors);
    case "native":
      return new NativeCallError(error.code, error.message);
  }
}
