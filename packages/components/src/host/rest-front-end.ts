/**
 * A component's REST front end on node:http, and its clean stop: no new connections, in-flight
 * requests answered, idle keep-alive connections closed. Slow clients are cut off: the headers
 * must arrive within `headersMs` and the whole request within `requestMs` (node answers 408).
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import {
  createRestHandler,
  toNodeListener,
  withRestAuth,
  type RestAuth,
  type RestServiceSchema,
} from "@oda-codegen/runtime/src/rest";

export interface RestFrontEnd {
  readonly port: number;
  /** Resolves once every request in flight has been answered. */
  close(): Promise<void>;
}

/** Slow-client limits (slowloris): node's defaults (60 s, 300 s, checked every 30 s) are too lax. */
export interface RestTimeouts {
  /** The request line and headers must arrive within this (default 10 s). */
  readonly headersMs?: number;
  /** The whole request, body included, must arrive within this (default 30 s). */
  readonly requestMs?: number;
}

export function startRestFrontEnd(
  schema: RestServiceSchema,
  impl: object,
  options: {
    port: number;
    host?: string;
    onInternalError?: (error: unknown) => void;
    /** API-key or bearer-token check (manifest `rest.auth`). */
    auth?: RestAuth;
    timeouts?: RestTimeouts;
  },
): Promise<RestFrontEnd> {
  const plain = createRestHandler(schema, impl, { onInternalError: options.onInternalError });
  const handler = options.auth ? withRestAuth(plain, options.auth) : plain;
  const headersTimeout = options.timeouts?.headersMs ?? 10_000;
  const requestTimeout = Math.max(options.timeouts?.requestMs ?? 30_000, headersTimeout);
  const server = http.createServer(
    {
      headersTimeout,
      requestTimeout,
      // How often node looks for expired requests (default 30 s would let them overstay).
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    },
    toNodeListener(handler),
  );
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      let closing: Promise<void> | undefined;
      resolve({
        port: (server.address() as AddressInfo).port,
        close() {
          closing ??= new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections with no request in flight would hold close() forever.
            server.closeIdleConnections();
          });
          return closing;
        },
      });
    });
  });
}
