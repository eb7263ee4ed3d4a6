/**
 * Serving an implementation: one handler per operation, calling the implementation's method.
 * Transports run every call through `dispatch` (dispatch.ts), which decodes and validates the
 * input first, so the implementation only ever sees valid values.
 */
import type {
  OperationDescriptor,
  OperationHandler,
  ServeOptions,
  Served,
  ServiceDescriptor,
  Transport,
} from "./contract";
import { NativeCallError, NativeCode } from "./errors";

export function serveService<S>(
  service: ServiceDescriptor,
  impl: S,
  transport: Transport,
  options?: ServeOptions,
): Promise<Served> {
  return transport.serve(service, buildHandlers(service, impl), options);
}

/** The handler map a transport serves, keyed by operation name (the native endpoint name). */
export function buildHandlers<S>(
  service: ServiceDescriptor,
  impl: S,
): Map<string, OperationHandler> {
  const handlers = new Map<string, OperationHandler>();
  for (const operation of service.operations) {
    const method = (impl as Record<string, unknown> | null | undefined)?.[operation.method];
    handlers.set(
      operation.name,
      typeof method === "function"
        ? (method.bind(impl) as OperationHandler)
        : unimplemented(service, operation),
    );
  }
  return handlers;
}

/** Like Connect's implementation.ts: a method missing from the implementation answers unimplemented. */
function unimplemented(
  service: ServiceDescriptor,
  operation: OperationDescriptor,
): OperationHandler {
  return async () => {
    throw new NativeCallError(
      NativeCode.UNKNOWN_OPERATION,
      `unimplemented: ${service.name}.${operation.name}`,
    );
  };
}
