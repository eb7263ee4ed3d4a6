/**
 * Serving one Smithy service on NATS: one NATS micro service (`@nats-io/services`) with one
 * endpoint per operation under `oda.<lattice>.<Service>`, in a queue group so instances share
 * load; `$SRV.PING|INFO|STATS` come with it.
 */
import type { Msg, NatsConnection } from "@nats-io/nats-core";
import { Svcm } from "@nats-io/services";
import type { OperationHandler, ServeOptions, Served, ServiceDescriptor } from "../contract";
import type { PayloadCodec } from "../codec";
import { serverSignal } from "../deadline";
import { createDispatcher, internalFailure, type Dispatcher } from "../dispatch";
import { NativeCode } from "../errors";
import { WireHeader, encodeReply, readRequestHeaders, wireSize, type Envelope } from "./envelope";
import { InFlight } from "./in-flight";
import { headerGetter, toMsgHdrs } from "./nats-headers";
import { checkToken, microVersion, natsServiceSubject } from "./nats-subject";

export interface NatsServeSettings {
  readonly lattice: string;
  /** Reply codec when a request names none we can read. */
  readonly codec: PayloadCodec;
}

export async function serveOnNats(
  nc: NatsConnection,
  service: ServiceDescriptor,
  handlers: ReadonlyMap<string, OperationHandler>,
  options: ServeOptions,
  settings: NatsServeSettings,
): Promise<Served> {
  const dispatch = createDispatcher(service, handlers, options);
  const inFlight = new InFlight();
  const errorCounts = new Map<string, Record<string, number>>();
  const countError = (subject: string, label: string | undefined) => {
    if (label === undefined) return;
    const counts = errorCounts.get(subject) ?? {};
    counts[label] = (counts[label] ?? 0) + 1;
    errorCounts.set(subject, counts);
  };
  // @nats-io/services is built on its own copy of nats-core; the connection object is the same.
  const svcm = new Svcm(nc as unknown as ConstructorParameters<typeof Svcm>[0]);
  const micro = await svcm.add({
    name: checkToken("service name", service.name),
    version: microVersion(service.version),
    description: `${service.shapeId} (oda-codegen native protocol)`,
    queue: options.queue ?? service.name,
    // STATS `data` per endpoint: replies by error (shape name, ValidationException or code), since
    // the services library counts only handlers that throw synchronously in `num_errors`.
    statsHandler: async (endpoint) => ({ errors: { ...errorCounts.get(endpoint.subject) } }),
    metadata: {
      "oda.shape_id": service.shapeId,
      "oda.smithy_version": service.version,
      "oda.lattice": settings.lattice,
      "oda.protocol": "oda-native/1",
    },
  });
  const group = micro.addGroup(natsServiceSubject(settings.lattice, service.name));
  for (const operation of service.operations) {
    group.addEndpoint(checkToken("operation name", operation.name), {
      metadata: { "oda.shape_id": operation.shapeId },
      handler: (error, msg) => {
        if (error) return; // the service library stops the service itself on subscription errors
        // Same message object; typed by the services library's own copy of nats-core.
        void inFlight
          .track(
            answer(nc, msg as unknown as Msg, operation.name, dispatch, service, options, settings),
          )
          .then(
            (label) => countError(msg.subject, label),
            () => countError(msg.subject, NativeCode.INTERNAL), // answer() never throws; belt and braces
          );
      },
    });
  }
  // The SUBs must reach the NATS server before serve() resolves, or a first call from another
  // connection could find no responders.
  await nc.flush();
  let closing: Promise<void> | undefined;
  return {
    close() {
      // stop() drains the endpoint subscriptions (no new calls); then in-flight calls finish.
      closing ??= micro
        .stop()
        .then(() => inFlight.settled())
        .then(() => undefined);
      return closing;
    },
  };
}

async function answer(
  nc: NatsConnection,
  msg: Msg,
  operationName: string,
  dispatch: Dispatcher,
  service: ServiceDescriptor,
  options: ServeOptions,
  settings: NatsServeSettings,
): Promise<string | undefined> {
  const { context, codec: requestCodec } = readRequestHeaders(headerGetter(msg.headers));
  const codec = requestCodec ?? settings.codec;
  const signal = serverSignal(context.deadline);
  try {
    const outcome = await dispatch(
      operationName,
      (operation) => {
        if (!requestCodec) throw new TypeError("unsupported Content-Type");
        return operation.input.fromJson(codec.decode(msg.data));
      },
      { ...context, signal: signal.signal },
    );
    const fallback = (error: unknown) =>
      outcome.operation
        ? internalFailure(service, options, error, outcome.operation, context.requestId)
        : {
            ok: false as const,
            error: {
              kind: "native" as const,
              code: NativeCode.INTERNAL,
              message: "internal error",
            },
          };
    const reply = encodeReply(outcome, codec, fallback);
    return respond(nc, msg, reply, () =>
      encodeReply(
        {
          ok: false,
          error: {
            kind: "native",
            code: NativeCode.PAYLOAD_TOO_LARGE,
            message: "the reply exceeds the server's max_payload",
          },
        },
        codec,
        fallback,
      ),
    );
  } finally {
    signal.dispose();
  }
}

/**
 * Replies, or replies `tooLarge()` when the reply would exceed max_payload. Never throws.
 * Returns the error label of what was sent (undefined for a success).
 */
function respond(
  nc: NatsConnection,
  msg: Msg,
  reply: Envelope,
  tooLarge: () => Envelope,
): string | undefined {
  const max = nc.info?.max_payload ?? Number.POSITIVE_INFINITY;
  const sent = wireSize(reply) > max ? tooLarge() : reply;
  if (msg.reply) {
    try {
      msg.respond(sent.body, { headers: toMsgHdrs(sent.headers) });
    } catch {
      // The connection closed or is draining: the caller times out, as with a lost reply.
    }
  }
  if (sent.headers[WireHeader.SERVICE_ERROR_CODE] === undefined) return undefined;
  return sent.headers[WireHeader.ERROR_CODE] ?? sent.headers[WireHeader.SERVICE_ERROR];
}
