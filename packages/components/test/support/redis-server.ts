/**
 * A private redis-server for tests that kill and restart Redis (never the shared one): loopback,
 * a free port, append-only file fsynced on every write, data in a temp dir that survives restarts.
 */
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { canConnect, freePort } from "../../../../test/support/services";

export interface PrivateRedis {
  readonly url: string;
  /** SIGKILL: no shutdown save, so only what the AOF fsynced survives. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its data. */
  dispose(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-redis-"));
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      "redis-server",
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--dir",
        dir,
        "--appendonly",
        "yes",
        "--appendfsync",
        "always",
        "--save",
        "",
        "--protected-mode",
        "no",
      ],
      { stdio: "ignore" },
    );
    for (let i = 0; i < 100 && !(await canConnect("127.0.0.1", port, 200)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGKILL");
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    async dispose() {
      await kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
