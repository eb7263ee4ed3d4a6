/**
 * The NATS transport (the distributed engine): requests over `oda.<lattice>.<Service>.<Operation>`
 * with the envelope of docs/native-protocol.md, served as NATS micro services. Reconnects by
 * itself (forever, by default) and drains on close so in-flight calls finish.
 */
import { randomUUID } from "node:crypto";
import { connect, errors as natsErrors, type NatsConnection } from "@nats-io/transport-node";
import type {
  CallContext,
  OperationDescriptor,
  OperationHandler,
  ServeOptions,
  Served,
  ServiceDescriptor,
  Transport,
} from "../contract";
import { payloadCodec, type PayloadCodecName } from "../codec";
import { DEFAULT_TIMEOUT_MS, checkBeforeSend, deadlineOf, raceDeadline } from "../deadline";
import { NativeCallError, NativeCode } from "../errors";
import { decodeReply, encodeRequest, wireSize } from "./envelope";
import { InFlight } from "./in-flight";
import { headerGetter, toMsgHdrs } from "./nats-headers";
import { serveOnNats } from "./nats-serve";
import { DEFAULT_LATTICE, checkToken, natsSubject } from "./nats-subject";

export interface NatsTransportOptions {
  /** One URL or several, e.g. `nats://127.0.0.1:4222`. */
  servers: string | string[];
  /** Subject prefix that lets several deployments share one NATS (default "default"). */
  lattice?: string;
  /** Payload encoding of requests (default msgpack); servers answer in the request's encoding. */
  codec?: PayloadCodecName;
  /** Connection name, also sent to servers as the caller (`Oda-Caller`). */
  name?: string;
  user?: string;
  pass?: string;
  token?: string;
  /** Timeout of calls whose context has no deadline (default 5000 ms). */
  timeoutMs?: number;
  /** -1 (default) retries forever, so clients and servers recover when NATS restarts. */
  maxReconnectAttempts?: number;
  /** Wait between reconnect attempts to one server (default 250 ms). */
  reconnectTimeWaitMs?: number;
}

export interface NatsTransport extends Transport {
  /** The underlying connection, for discovery (`$SRV.*`) and diagnostics. */
  readonly connection: NatsConnection;
  close(): Promise<void>;
}

export async function connectNatsTransport(options: NatsTransportOptions): Promise<NatsTransport> {
  const lattice = checkToken("lattice", options.lattice ?? DEFAULT_LATTICE);
  const codec = payloadCodec(options.codec);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const nc = await connect({
    servers: options.servers,
    name: options.name,
    user: options.user,
    pass: options.pass,
    token: options.token,
    maxReconnectAttempts: options.maxReconnectAttempts ?? -1,
    reconnectTimeWait: options.reconnectTimeWaitMs ?? 250,
    // nats.js otherwise builds Error objects per request for async stack traces (~13 % of a busy
    // caller's CPU, measured). Our NativeCallErrors name the subject instead.
    noAsyncTraces: true,
  }).catch((error: unknown) => {
    throw connectError(error, options.servers);
  });
  /** Remembered across reconnects: while disconnected `nc.info` may lag. */
  let maxPayload = nc.info?.max_payload ?? 1024 * 1024;
  const calls = new InFlight();
  const served: Served[] = [];
  let closed = false;
  const subjects = new WeakMap<OperationDescriptor, string>();
  const subjectOf = (service: ServiceDescriptor, operation: OperationDescriptor): string => {
    let subject = subjects.get(operation);
    if (subject === undefined) {
      subject = natsSubject(lattice, service.name, operation.name);
      subjects.set(operation, subject);
    }
    return subject;
  };

  async function call(
    service: ServiceDescriptor,
    operation: OperationDescriptor,
    input: unknown,
    context?: CallContext,
  ): Promise<unknown> {
    if (closed) throw new NativeCallError(NativeCode.UNAVAILABLE, "the NATS transport is closed");
    const deadline = deadlineOf(context, timeoutMs);
    checkBeforeSend(deadline, context?.signal);
    const subject = subjectOf(service, operation);
    const request = encodeRequest(
      operation,
      input,
      { ...context, requestId: context?.requestId ?? randomUUID() },
      deadline,
      codec,
      options.name,
    );
    maxPayload = nc.info?.max_payload ?? maxPayload;
    const size = wireSize(request);
    if (size > maxPayload) {
      throw new NativeCallError(
        NativeCode.PAYLOAD_TOO_LARGE,
        `request of ${size} bytes exceeds the server's max_payload of ${maxPayload} bytes (${subject})`,
      );
    }
    const hdrs = toMsgHdrs(request.headers);
    const timeout = Math.max(1, deadline - Date.now());
    const reply = calls.track(
      nc.request(subject, request.body, { timeout, headers: hdrs }).catch((error: unknown) => {
        throw natsCallError(error, subject, timeout);
      }),
    );
    const msg = await raceDeadline(reply, deadline + 50, context?.signal);
    return decodeReply(operation, headerGetter(msg.headers), msg.data, codec);
  }

  async function serve(
    service: ServiceDescriptor,
    handlers: ReadonlyMap<string, OperationHandler>,
    serveOptions: ServeOptions = {},
  ): Promise<Served> {
    if (closed) throw new NativeCallError(NativeCode.UNAVAILABLE, "the NATS transport is closed");
    const one = await serveOnNats(nc, service, handlers, serveOptions, { lattice, codec });
    served.push(one);
    return one;
  }

  return {
    connection: nc,
    call,
    serve,
    async close() {
      if (closed) return nc.closed().then(() => undefined);
      closed = true;
      // Servers stop taking calls and finish theirs; our own calls get their replies; then drain.
      await Promise.all(served.map((s) => s.close()));
      await calls.settled();
      if (!nc.isClosed()) await nc.drain().catch(() => nc.close());
    },
  };
}

/** NATS client failures as typed NativeCallErrors. */
function natsCallError(error: unknown, subject: string, timeout: number): NativeCallError {
  const causes: unknown[] = [error];
  if (error instanceof Error && error.cause !== undefined) causes.push(error.cause);
  for (const cause of causes) {
    if (
      cause instanceof natsErrors.NoRespondersError ||
      (cause instanceof natsErrors.RequestError && cause.isNoResponders())
    ) {
      return new NativeCallError(NativeCode.NO_RESPONDERS, `no responders on ${subject}`, {
        cause: error,
      });
    }
    if (cause instanceof natsErrors.TimeoutError) {
      return new NativeCallError(
        NativeCode.TIMEOUT,
        `no reply on ${subject} within ${timeout} ms`,
        { cause: error },
      );
    }
    if (
      cause instanceof natsErrors.PermissionViolationError ||
      cause instanceof natsErrors.AuthorizationError
    ) {
      return new NativeCallError(
        NativeCode.NOT_PERMITTED,
        `not permitted to publish on ${subject}`,
        { cause: error },
      );
    }
    if (cause instanceof natsErrors.InvalidArgumentError && /max_payload/.test(cause.message)) {
      return new NativeCallError(
        NativeCode.PAYLOAD_TOO_LARGE,
        `request exceeds max_payload on ${subject}`,
        { cause: error },
      );
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new NativeCallError(
    NativeCode.UNAVAILABLE,
    `NATS request on ${subject} failed: ${message}`,
    { cause: error },
  );
}

function connectError(error: unknown, servers: string | string[]): NativeCallError {
  const where = Array.isArray(servers) ? servers.join(", ") : servers;
  const message = error instanceof Error ? error.message : String(error);
  const code =
    error instanceof natsErrors.AuthorizationError
      ? NativeCode.NOT_PERMITTED
      : NativeCode.UNAVAILABLE;
  return new NativeCallError(code, `cannot connect to NATS at ${where}: ${message}`, {
    cause: error,
  });
}
