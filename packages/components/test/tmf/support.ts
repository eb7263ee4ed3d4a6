/**
 * Shared set-up of the TMF component tests: stores, a real loopback HTTP server around a
 * generated REST handler, an in-process native client, and a recording hub listener.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import {
  createInProcessTransport,
  toNodeListener,
  type RestHandler,
  type Served,
  type Transport,
} from "@oda-codegen/runtime";
import { MemoryDocumentStore, type DocumentStore } from "../../src/store";
import type { TmfComponentOptions } from "../../src/tmf";

/** One in-memory store per collection, as the host's memory store gives them. */
export function memoryOptions(extra: Partial<TmfComponentOptions> = {}): TmfComponentOptions {
  const stores = new Map<string, DocumentStore<unknown>>();
  return {
    store: <T>(collection: string) => {
      let store = stores.get(collection);
      if (!store) stores.set(collection, (store = new MemoryDocumentStore<unknown>()));
      return store as DocumentStore<T>;
    },
    ...extra,
  };
}

export interface HttpServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a REST handler on a free loopback port. */
export async function serveRest(handler: RestHandler): Promise<HttpServer> {
  const server = http.createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves `impl` in process and returns a generated native client for it. */
export async function serveNative<C>(
  serve: (impl: C, transport: Transport) => Promise<Served>,
  client: (transport: Transport) => C,
  impl: C,
): Promise<{ client: C; close(): Promise<void> }> {
  const transport = createInProcessTransport();
  const served = await serve(impl, transport);
  return {
    client: client(transport),
    close: async () => {
      await served.close();
      await transport.close();
    },
  };
}

export interface RecordedRequest {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** A hub listener answering each POST with the next status of `script` (then 201). */
export async function recordingListener(script: number[] = []) {
  const received: RecordedRequest[] = [];
  const attempts: RecordedRequest[] = [];
  const waiters: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      const status = script.shift() ?? 201;
      const request = { path: req.url ?? "", body: JSON.parse(text) as Record<string, unknown> };
      attempts.push(request);
      if (status >= 200 && status < 300) received.push(request);
      res.writeHead(status).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/listener`;
  return {
    url,
    received,
    attempts,
    /** Resolves once `count` events were accepted (fails the test after 5 s). */
    async until(count: number): Promise<void> {
      const deadline = Date.now() + 5000;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${received.length} of ${count} events`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
