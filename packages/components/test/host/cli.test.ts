/**
 * `oda-host` as a process: check, nats-config, and run until SIGTERM, which drains and exits 0.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { freePort } from "../../../../test/support/services";
import { ABMF, RATING } from "./fixtures";

const BIN = path.join(__dirname, "..", "..", "bin", "oda-host.js");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-host-"));
  // Implementations by `module#export`, loaded relative to the manifest.
  fs.writeFileSync(
    path.join(dir, "modules.js"),
    `module.exports = require(${JSON.stringify(path.join(__dirname, "host-fixtures.ts"))});\n`,
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function run(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => out, err: () => err };
}

const manifest = (healthPort: number) => `health: { port: ${healthPort} }
components:
  - name: abmf
    contract: ${ABMF}
    implementation: ./modules.js#abmfModule
  - name: rf
    contract: ${RATING}
    implementation: ./modules.js#rfModule
    calls: [${ABMF}]
`;

it("check reports located errors and exits 2", async () => {
  const file = write("bad.yaml", "components:\n  - name: Bad\n");
  const p = run(["check", file]);
  expect(await p.exited).toBe(2);
  expect(p.err()).toContain(`${file}:2:11: ERROR [FORMAT] name "Bad"`);
});

it("nats-config prints one user per component", async () => {
  const file = write(
    "nats.yaml",
    `transport: { nats: { servers: [nats://127.0.0.1:4222], lattice: demo } }\n` + manifest(8099),
  );
  const p = run(["nats-config", file, "--listen", "127.0.0.1:4333"]);
  expect(await p.exited).toBe(0);
  expect(p.out()).toContain('listen: "127.0.0.1:4333"');
  expect(p.out()).toContain('user: "rf"');
  expect(p.out()).toContain('publish: { allow: ["oda.demo.BalanceManagement.*"] }');
});

it("runs the manifest, logs each component, serves health, and stops cleanly on SIGTERM", async () => {
  const healthPort = await freePort();
  const p = run([write("host.yaml", manifest(healthPort))]);
  for (let i = 0; i < 200 && !p.out().includes("components running"); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(p.out()).toContain(`component abmf (${ABMF}): native in-process, store memory`);
  expect(p.out()).toContain(`component rf (${RATING}): native in-process, store memory`);
  const health = await fetch(`http://127.0.0.1:${healthPort}/health`);
  expect(health.status).toBe(200);
  p.child.kill("SIGTERM");
  expect(await p.exited).toBe(0);
  expect(p.out()).toContain("oda-host: SIGTERM: draining in-flight calls");
  expect(p.out()).toContain("oda-host: stopped");
  expect(p.err()).toBe("");
}, 20_000);
