// REST front end of @oda-codegen/runtime: what generated `rest.ts` files and servers import.

// For servers and clients.
export { createRestHandler, DEFAULT_MAX_BODY_BYTES, type RestHandler, type RestHandlerOptions } from "./handler";
export { createRestClient, errorFactoriesOf, type RestClientOptions } from "./client";
export { toNodeListener, type NodeListener, type NodeListenerOptions } from "./node";
export { RestErrorCode, RestHttpError } from "./http-errors";
export { withRestAuth, type RestAuth, DEFAULT_API_KEY_HEADER, DEFAULT_BEARER_HEADER } from "./auth";

// For generated code and library authors: the binding descriptor and the codecs it drives.
export type {
  RestBinding,
  RestConstraints,
  RestErrorShape,
  RestMember,
  RestOperation,
  RestServiceSchema,
  RestShape,
  RestShapeType,
  RestTmfOperation,
} from "./schema";
export { TimestampFormat } from "./schema";
export { decodeError, decodeOutput, encodeRequest, genericModeledError, type ErrorFactory } from "./client-codec";
export { restFastifyPlugin, type FastifyRestOptions } from "./fastify";
