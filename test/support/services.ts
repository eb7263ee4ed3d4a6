/**
 * Real Redis and NATS for integration tests. Outside CI an unreachable server skips the suite;
 * under CI=true it is a failure.
 */
import * as net from "node:net";
import { IN_CI } from "./reference";

export const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

function hostPort(url: string, defaultPort: number): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname || "127.0.0.1", port: Number(u.port) || defaultPort };
}

export function canConnect(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** Resolves true when reachable; false (skip) outside CI; throws under CI. */
export async function requireService(name: "nats" | "redis"): Promise<boolean> {
  const { host, port } =
    name === "nats" ? hostPort(NATS_URL, 4222) : hostPort(REDIS_URL, 6379);
  if (await canConnect(host, port)) return true;
  if (IN_CI) throw new Error(`${name} is not reachable at ${host}:${port} (required under CI)`);
  console.warn(`skipping: ${name} not reachable at ${host}:${port}`);
  return false;
}

/** A free loopback TCP port, for tests that start their own nats-server or redis-server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
