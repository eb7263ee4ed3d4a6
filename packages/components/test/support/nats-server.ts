/** A private nats-server started from a configuration text, on a free loopback port (never the shared one). */
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { canConnect, freePort } from "../../../../test/support/services";

export interface PrivateNats {
  readonly url: string;
  readonly configFile: string;
  /** What nats-server printed (for failure messages). */
  output(): string;
  /** Kills the server (SIGKILL) and starts it again on the same port after `downMs`. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** `config(listen)` returns the file text for a server listening on `listen`. */
export async function startPrivateNats(
  config: (listen: string) => string,
  env: Record<string, string> = {},
): Promise<PrivateNats> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-nats-"));
  const configFile = path.join(dir, "nats.conf");
  fs.writeFileSync(configFile, config(`127.0.0.1:${port}`));
  let log = "";
  let child: ChildProcess | undefined;

  const start = async () => {
    const running = spawn("nats-server", ["-c", configFile], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    child = running;
    running.stdout?.on("data", (d: Buffer) => (log += d.toString()));
    running.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    for (
      let i = 0;
      i < 100 && running.exitCode === null && !(await canConnect("127.0.0.1", port, 200));
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (running.exitCode !== null) throw new Error(`nats-server exited: ${log}`);
  };

  const kill = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill(signal);
    });
  };

  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    configFile,
    output: () => log,
    async restart(downMs = 200) {
      await kill("SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    async stop() {
      await kill("SIGTERM");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
