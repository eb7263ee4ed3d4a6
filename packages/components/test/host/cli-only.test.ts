/** `oda-host run --only … --health-port …` through the CLI's main, with test components. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main, type CliIo } from "../../src/host/cli";
import { freePort } from "../../../../test/support/services";
import { ABMF, RATING } from "./fixtures";
import { registry } from "./host-fixtures";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-host-only-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function manifest(healthPort: number): string {
  const file = path.join(dir, `host-${healthPort}.yaml`);
  fs.writeFileSync(
    file,
    `health: { port: ${healthPort} }
components:
  - { name: abmf, contract: "${ABMF}", implementation: ccs-abmf }
  - { name: rf, contract: "${RATING}", implementation: ccs-rf, calls: ["${ABMF}"] }
`,
  );
  return file;
}

function io(onRunning: (lines: string[]) => Promise<void>) {
  const lines: string[] = [];
  let stop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  const cli: CliIo = {
    out: (line) => {
      lines.push(line);
      if (line.includes("components running")) void onRunning(lines).finally(() => stop("SIGTERM"));
    },
    err: (line) => lines.push(`ERR ${line}`),
    stopSignal: () => stopped,
  };
  return { cli, lines };
}

it("runs only the named components, with the health endpoint on the port given", async () => {
  const healthPort = await freePort();
  const own = await freePort();
  let health: unknown;
  const { cli, lines } = io(async () => {
    health = await (await fetch(`http://127.0.0.1:${own}/health`)).json();
  });
  const code = await main(
    ["run", manifest(healthPort), "--only", "abmf", "--health-port", String(own)],
    cli,
    registry,
  );
  expect(code).toBe(0);
  expect(lines).toContain("oda-host: 1 components running (lattice default)");
  expect(lines.some((l) => l.startsWith("component rf"))).toBe(false);
  expect(health).toEqual({ status: "ok", checks: { abmf: "ok" } });
});

it("refuses, with exit 2, a selection that calls what it does not run in process, and an unknown name", async () => {
  for (const only of ["rf", "nope"]) {
    const { cli, lines } = io(async () => undefined);
    expect(await main([manifest(await freePort()), "--only", only], cli, registry)).toBe(2);
    expect(lines.join("\n")).toMatch(
      only === "rf"
        ? /calls .*BalanceManagement, which no selected component serves/
        : /--only names "nope"/,
    );
  }
});

it("refuses a health port that is not a number", async () => {
  const { cli, lines } = io(async () => undefined);
  expect(await main([manifest(await freePort()), "--health-port", "x"], cli, registry)).toBe(2);
  expect(lines).toContain('ERR --health-port must be a port number, not "x"');
});
