/**
 * A component's REST front end on node:http, and its clean stop: no new connections, in-flight
 * requests answered, idle keep-alive connections closed.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import {
  createRestHandler,
  toNodeListener,
  type RestServiceSchema,
} from "@oda-codegen/runtime/src/rest";

export interface RestFrontEnd {
  readonly port: number;
  /** Resolves once every request in flight has been answered. */
  close(): Promise<void>;
}

export function startRestFrontEnd(
  schema: RestServiceSchema,
  impl: object,
  options: { port: number; host?: string; onInternalError?: (error: unknown) => void },
): Promise<RestFrontEnd> {
  const handler = createRestHandler(schema, impl, { onInternalError: options.onInternalError });
  const server = http.createServer(toNodeListener(handler));
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
