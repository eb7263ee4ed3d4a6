/**
 * A private nats-server on a free loopback port, for tests that restart the server or need a
 * small max_payload, and for benchmarks. Never touches the shared server on 4222.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { canConnect, freePort } from "../../test/support/services";

export interface PrivateNatsServer {
  readonly port: number;
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 2 s). */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same configuration. */
  start(): Promise<void>;
  /** Stops it for good and removes its configuration folder. */
  close(): Promise<void>;
}

export interface PrivateNatsOptions {
  /** Bytes; NATS defaults to 1 MiB. */
  maxPayload?: number;
  /** More nats-server configuration, e.g. an `authorization { … }` block. */
  extraConfig?: string;
}



async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function startPrivateNatsServer(
  options: PrivateNatsOptions = {},
): Promise<PrivateNatsServer> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-nats-"));
  const config = path.join(dir, "nats.conf");
  const lines = [`listen: "127.0.0.1:${port}"`];
  if (options.maxPayload !== undefined) lines.push(`max_payload: ${options.maxPayload}`);
  if (options.extraConfig) lines.push(options.extraConfig);
  fs.writeFileSync(config, lines.join("\n") + "\n");
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    const started = spawn("nats-server", ["-c", config], { stdio: "ignore" });
    child = started;
    let exited = false;
    started.once("exit", () => (exited = true));
    await waitUntil(
      async () => {
        if (exited) throw new Error(`nats-server on port ${port} exited at start`);
        return canConnect("127.0.0.1", port, 500);
      },
      5000,
      `nats-server on port ${port}`,
    );
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), 2000);
    await exited;
    clearTimeout(timer);
  }

  await start();
  async function close(): Promise<void> {
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  return { port, url: `nats://127.0.0.1:${port}`, start, stop, close };
}
