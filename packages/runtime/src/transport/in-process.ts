/**
 * A transport with no network, for components hosted in one process and for tests. By default
 * objects pass through unencoded (the hot path), yet every call still goes through `dispatch`, so
 * validation, deadlines and errors behave exactly as over NATS. `encode: true` runs the real
 * envelope and codec both ways (Connect's router transport does the same, STYLE.md point 11).
 */
import { randomUUID } from "node:crypto";
import type {
  CallContext,
  OperationDescriptor,
  OperationHandler,
  ServeOptions,
  Served,
  ServiceDescriptor,
  Transport,
} from "../contract";
import { payloadCodec, type PayloadCodec, type PayloadCodecName } from "../codec";
import {
  DEFAULT_TIMEOUT_MS,
  checkBeforeSend,
  deadlineOf,
  raceDeadline,
  serverSignal,
} from "../deadline";
import {
  createDispatcher,
  errorFromWire,
  internalFailure,
  type CallOutcome,
  type Dispatcher,
} from "../dispatch";
import { NativeCallError, NativeCode } from "../errors";
import { decodeReply, encodeReply, encodeRequest, readRequestHeaders } from "./envelope";
import { InFlight } from "./in-flight";

export interface InProcessTransportOptions {
  /** Run the wire envelope and codec both ways (default false: objects pass through). */
  encode?: boolean;
  /** Codec when encoding (default msgpack). */
  codec?: PayloadCodecName;
  /** Timeout of calls whose context has no deadline (default 5000 ms, as on NATS). */
  timeoutMs?: number;
  /** Component name reported to servers as `context.caller`. */
  name?: string;
}

interface Registration {
  readonly service: ServiceDescriptor;
  readonly options: ServeOptions;
  readonly dispatch: Dispatcher;
  readonly inFlight: InFlight;
}

export function createInProcessTransport(options: InProcessTransportOptions = {}): Transport {
  const codec = options.encode ? payloadCodec(options.codec) : undefined;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  /** Servers per service name; calls rotate over them as a NATS queue group would. */
  const registry = new Map<string, Registration[]>();
  const servedList: Served[] = [];
  let turn = 0;
  let closed = false;

  function pick(serviceName: string): Registration | undefined {
    const servers = registry.get(serviceName);
    if (!servers || servers.length === 0) return undefined;
    return servers[turn++ % servers.length];
  }

  async function call(
    service: ServiceDescriptor,
    operation: OperationDescriptor,
    input: unknown,
    context?: CallContext,
  ): Promise<unknown> {
    if (closed)
      throw new NativeCallError(NativeCode.UNAVAILABLE, "the in-process transport is closed");
    const deadline = deadlineOf(context, timeoutMs);
    checkBeforeSend(deadline, context?.signal);
    const server = pick(service.name);
    if (!server)
      throw new NativeCallError(
        NativeCode.NO_RESPONDERS,
        `no in-process server for ${service.name}`,
      );
    const reply = server.inFlight.track(
      codec
        ? encodedCall(server, codec, operation, input, context, deadline)
        : directCall(server, operation, input, context, deadline),
    );
    return raceDeadline(reply, deadline, context?.signal);
  }

  /** The hot path: the input object goes to the server as is; errors are rebuilt as over NATS. */
  async function directCall(
    server: Registration,
    operation: OperationDescriptor,
    input: unknown,
    context: CallContext | undefined,
    deadline: number,
  ): Promise<unknown> {
    const signal = serverSignal(deadline, context?.signal);
    const serverContext: CallContext = {
      deadline,
      requestId: context?.requestId ?? randomUUID(),
      traceparent: context?.traceparent,
      caller: options.name,
      signal: signal.signal,
    };
    try {
      const outcome: CallOutcome = await server.dispatch(
        operation.name,
        () => input,
        serverContext,
      );
      if (outcome.ok) return outcome.output;
      throw errorFromWire(outcome.error);
    } finally {
      signal.dispose();
    }
  }

  /** The real protocol: envelope and codec both ways, as a NATS request and reply. */
  async function encodedCall(
    server: Registration,
    codec: PayloadCodec,
    operation: OperationDescriptor,
    input: unknown,
    context: CallContext | undefined,
    deadline: number,
  ): Promise<unknown> {
    const request = encodeRequest(
      operation,
      input,
      { ...context, requestId: context?.requestId ?? randomUUID() },
      deadline,
      codec,
      options.name,
    );
    const { context: received, codec: replyCodec = codec } = readRequestHeaders(
      (name) => request.headers[name],
    );
    const signal = serverSignal(received.deadline, context?.signal);
    try {
      const outcome = await server.dispatch(
        operation.name,
        (op) => op.input.fromJson(replyCodec.decode(request.body)),
        { ...received, signal: signal.signal },
      );
      const reply = encodeReply(outcome, replyCodec, (error) =>
        internalFailure(server.service, server.options, error, operation, received.requestId),
      );
      return decodeReply(operation, (name) => reply.headers[name], reply.body, codec);
    } finally {
      signal.dispose();
    }
  }

  async function serve(
    service: ServiceDescriptor,
    handlers: ReadonlyMap<string, OperationHandler>,
    serveOptions: ServeOptions = {},
  ): Promise<Served> {
    if (closed)
      throw new NativeCallError(NativeCode.UNAVAILABLE, "the in-process transport is closed");
    const registration: Registration = {
      service,
      options: serveOptions,
      dispatch: createDispatcher(service, handlers, serveOptions),
      inFlight: new InFlight(),
    };
    registry.set(service.name, [...(registry.get(service.name) ?? []), registration]);
    let stopped: Promise<void> | undefined;
    const served: Served = {
      close() {
        stopped ??= (async () => {
          const remaining = (registry.get(service.name) ?? []).filter((r) => r !== registration);
          if (remaining.length > 0) registry.set(service.name, remaining);
          else registry.delete(service.name);
          await registration.inFlight.settled();
        })();
        return stopped;
      },
    };
    servedList.push(served);
    return served;
  }

  return {
    call,
    serve,
    async close() {
      closed = true;
      await Promise.all(servedList.map((s) => s.close()));
    },
  };
}
