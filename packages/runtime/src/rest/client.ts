/**
 * `createRestClient`: the service interface over HTTP. Each method encodes its input with the
 * operation's HTTP bindings, sends it with `fetch`, and resolves to the output or rejects with the
 * modeled error class the response names (else ValidationError or NativeCallError), so calling
 * code is the same as over the native client.
 */
import type { ServiceDescriptor } from "../contract";
import { NativeCallError, NativeCode } from "../errors";
import { decodeError, decodeOutput, encodeRequest, type ErrorFactory, type ReceivedResponse } from "./client-codec";
import type { RestServiceSchema } from "./schema";

export interface RestClientOptions {
  /** Scheme, host and optional path prefix: `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Extra headers on every request (authorization, tracing). */
  headers?: Record<string, string>;
}

/** Error constructors by shape id, taken from the generated service descriptor. */
export function errorFactoriesOf(service: Pick<ServiceDescriptor, "operations">): Record<string, ErrorFactory> {
  const factories: Record<string, ErrorFactory> = {};
  for (const op of service.operations) for (const e of op.errors) factories[e.shapeId] = (members) => e.create(members);
  return factories;
}

type ClientMethod = (input?: Record<string, unknown>) => Promise<unknown>;

export function createRestClient<S>(
  schema: RestServiceSchema,
  options: RestClientOptions,
  factories: Readonly<Record<string, ErrorFactory>> = {},
): S {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, "");
  const client: Record<string, ClientMethod> = {};
  for (const op of schema.operations) {
    client[op.method] = async (input = {}) => {
      const request = encodeRequest(schema, op, input);
      let response: Response;
      try {
        response = await doFetch(base + request.pathAndQuery, {
          method: request.method,
          headers: { ...options.headers, ...request.headers },
          body: request.body,
        });
      } catch (error) {
        throw new NativeCallError(NativeCode.UNAVAILABLE, `${op.name}: ${(error as Error).message}`, { cause: error });
      }
      const received: ReceivedResponse = {
        statusCode: response.status,
        headers: Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v])),
        body: new Uint8Array(await response.arrayBuffer()),
      };
      if (response.status >= 300) throw decodeError(schema, op, received, factories);
      return decodeOutput(schema, op, received);
    };
  }
  return Object.freeze(client) as S;
}
