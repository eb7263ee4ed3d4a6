/**
 * The host's health endpoint: `GET /health` answers 200 when every check passes and 503
 * otherwise, with one entry per check (a component, Redis, NATS), so an orchestrator's probe
 * and a person with curl read the same thing. Any other path is 404.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export type HealthCheck = () => Promise<boolean | string>;

export interface HealthReport {
  readonly status: "ok" | "failing";
  /** Per check: "ok", or what is wrong. */
  readonly checks: Readonly<Record<string, string>>;
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Runs every check (each at most `timeoutMs`); a check that throws or answers false fails. */
export async function checkHealth(
  checks: Readonly<Record<string, HealthCheck>>,
  timeoutMs = 2000,
): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, string]> => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>(
        (resolve) =>
          (timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs)),
      );
      const outcome = check().then(
        (result) => (result === true ? "ok" : result === false ? "failing" : result),
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      try {
        return [name, await Promise.race([outcome, timeout])];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const status = entries.every(([, result]) => result === "ok") ? "ok" : "failing";
  return { status, checks: Object.fromEntries(entries) };
}

/** Serves `GET /health` on `port` (0: any free port) of `host` (default all interfaces). */
export function serveHealth(
  checks: Readonly<Record<string, HealthCheck>>,
  port: number,
  host?: string,
): Promise<HealthServer> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" || path !== "/health") {
      res.writeHead(req.method !== "GET" && path === "/health" ? 405 : 404, {
        "content-type": "application/json",
      });
      res.end(JSON.stringify({ status: "failing", checks: {} }));
      return;
    }
    checkHealth(checks).then((report) => {
      res.writeHead(report.status === "ok" ? 200 : 503, {
        "content-type": "application/json",
        "cache-control": "no-store",
      });
      res.end(JSON.stringify(report));
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
