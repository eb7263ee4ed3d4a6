// Public API of @oda-codegen/runtime: what generated code and components import at run time.

// For generated code and components
export * from "./contract";
export {
  ModeledError,
  ValidationError,
  NativeCallError,
  isModeledError,
  isValidationError,
} from "./errors";
export {
  NativeCode,
  httpStatusFromNativeCode,
  nativeCodeFromHttpStatus,
  isNativeCode,
} from "./native-code";
export { linearPattern, type PatternMatcher } from "./linear-pattern";
export { createNativeClient, type NativeClientOptions } from "./client";
export { serveService } from "./serve";
export { createInProcessTransport, type InProcessTransportOptions } from "./transport/in-process";
export {
  connectNatsTransport,
  type NatsTransport,
  type NatsTransportOptions,
} from "./transport/nats";
export { natsSubject, natsServiceSubject, microVersion } from "./transport/nats-subject";
export { WireHeader } from "./transport/envelope";

// The REST front end: handler, client, node:http and fastify adapters
export * from "./rest";

// For transport authors and tests (@private: may change without notice)
export { buildHandlers } from "./serve";
export {
  createDispatcher,
  errorFromWire,
  type CallOutcome,
  type Dispatcher,
  type WireError,
} from "./dispatch";
export {
  payloadCodec,
  msgpackCodec,
  jsonCodec,
  PayloadCodecName,
  type PayloadCodec,
} from "./codec";
