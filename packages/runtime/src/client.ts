/**
 * The native client: one method per operation, `(input, context?) => Promise<output>`, over any
 * Transport. Mirrors Connect's `createClient(Service, transport)`.
 */
import { randomUUID } from "node:crypto";
import type { CallContext, ServiceDescriptor, Transport } from "./contract";
import { ValidationError } from "./errors";

export interface NativeClientOptions {
  /** Validate the input locally before sending and throw ValidationError (default true). */
  validateInput?: boolean;
  /** Per-call timeout when the context carries no deadline; else the transport's default. */
  timeoutMs?: number;
}

type ClientMethod = (input: unknown, context?: CallContext) => Promise<unknown>;

export function createNativeClient<S>(
  service: ServiceDescriptor,
  transport: Transport,
  options: NativeClientOptions = {},
): S {
  const validateInput = options.validateInput ?? true;
  const client: Record<string, ClientMethod> = {};
  for (const operation of service.operations) {
    client[operation.method] = async (input, context) => {
      if (validateInput) {
        const fieldErrors = operation.input.validate(input);
        if (fieldErrors.length > 0) throw new ValidationError(fieldErrors);
      }
      return transport.call(service, operation, input, callContext(context, options.timeoutMs));
    };
  }
  return Object.freeze(client) as S;
}

/** Fills the request id and, when the client has a timeout and the caller no deadline, the deadline. */
function callContext(context: CallContext | undefined, timeoutMs: number | undefined): CallContext {
  const filled: CallContext = { ...context, requestId: context?.requestId ?? randomUUID() };
  if (filled.deadline === undefined && timeoutMs !== undefined)
    filled.deadline = Date.now() + timeoutMs;
  return filled;
}
