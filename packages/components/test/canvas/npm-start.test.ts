/**
 * The main job: `npm start` brings the canvas up on embedded defaults, and the curls it prints
 * work as printed: a Service is created (201, id, an href that resolves), and a charging
 * session runs (create → update → release) with the balance debited by exactly the usage.
 */
import { execFile, execFileSync, spawn } from "node:child_process";
import { promisify } from "node:util";
import {
  CANVAS_PORT_VARIABLES,
  REPO_ROOT,
  canvasPortEnv,
  waitForOutput,
} from "./support/canvas-process";

jest.setTimeout(120_000);

interface HttpAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const HAS_CURL = (() => {
  try {
    execFileSync("sh", ["-c", "command -v curl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Runs a printed curl line as is (through sh), or, without curl, the request it describes. */
async function runCurl(line: string): Promise<HttpAnswer> {
  if (HAS_CURL) {
    const { stdout } = await promisify(execFile)("sh", ["-c", line]);
    const [head, ...rest] = stdout.split("\r\n\r\n");
    const [statusLine, ...headerLines] = head.split("\r\n");
    const headers = Object.fromEntries(
      headerLines.map((h) => [
        h.slice(0, h.indexOf(":")).toLowerCase(),
        h.slice(h.indexOf(":") + 1).trim(),
      ]),
    );
    return { status: Number(statusLine.split(" ")[1]), headers, body: rest.join("\r\n\r\n") };
  }
  const m = /^curl -sS -i -X (\w+) (\S+) -H '([^:]+): ([^']+)' -d '(.*)'$/.exec(line);
  if (!m) throw new Error(`not a printed curl: ${line}`);
  const response = await fetch(m[2], {
    method: m[1],
    headers: { [m[3]]: m[4] },
    body: m[5].replace(/'\\''/g, "'"),
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

let child: ReturnType<typeof spawn> | undefined;
let output = "";
const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
const exited = () =>
  new Promise<void>((resolve) => (running() ? child!.once("exit", () => resolve()) : resolve()));

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...(await canvasPortEnv()) };
  // Its own process group, so that the test stops npm and the canvas under it together.
  child = spawn("npm", ["start", "--silent"], {
    cwd: REPO_ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const ended = new Promise<number | null>((resolve) =>
    child!.once("exit", (code) => resolve(code)),
  );
  await waitForOutput({ output: () => output, exited: ended }, "Ctrl-C stops the canvas.", 90_000);
});

afterAll(async () => {
  if (child?.pid && running()) {
    process.kill(-child.pid, "SIGTERM");
    await exited();
  }
});

const printed = (marker: string) => {
  const line = output.split("\n").find((l) => l.trim().startsWith("curl") && l.includes(marker));
  if (!line) throw new Error(`no printed curl with ${marker}:\n${output}`);
  return line.trim();
};

const baseUrl = (name: string) => {
  const m = new RegExp(`^\\s+${name}\\s+(http://\\S+)$`, "m").exec(output);
  if (!m) throw new Error(`no REST base URL for ${name}:\n${output}`);
  return m[1];
};

it("prints each component's REST base URL and a health endpoint that answers", async () => {
  for (const name of Object.keys(CANVAS_PORT_VARIABLES))
    expect(baseUrl(name)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  const health = await fetch(baseUrl("health"));
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", checks: { "ccs-chf": "ok" } });
});

it("the printed Service curl answers 201 with an id and an href that resolves to it", async () => {
  const answer = await runCurl(printed("/service "));
  expect(answer.status).toBe(201);
  const service = JSON.parse(answer.body) as { id: string; href: string; state: string };
  expect(service.id).toMatch(/\S/);
  expect(service.href).toBe(`${baseUrl("service-inventory")}/service/${service.id}`);
  const again = await fetch(service.href);
  expect(again.status).toBe(200);
  expect(await again.json()).toMatchObject({ id: service.id, state: "active" });
});

it("the printed charging curls run a session, and the balance is debited by the usage exactly", async () => {
  const create = await runCurl(printed("/chargingdata -H"));
  expect(create.status).toBe(201);
  expect(JSON.parse(create.body)).toMatchObject({
    multipleUnitInformation: [
      { resultCode: "SUCCESS", ratingGroup: 32, grantedUnit: { totalVolume: 100_000_000 } },
    ],
  });
  const ref = /\/chargingdata\/([^/\s]+)$/.exec(create.headers.location ?? "")?.[1];
  expect(ref).toBeDefined();
  const update = await runCurl(printed("/update").replace("<ref>", ref!));
  expect(update.status).toBe(200);
  const release = await runCurl(printed("/release").replace("<ref>", ref!));
  expect(release.status).toBe(204);
  // A released session is gone.
  expect((await runCurl(printed("/release").replace("<ref>", ref!))).status).toBe(404);

  // 100.00 EUR seeded; 50 MB + 1 MB used at 0.01 EUR per MB; nothing left reserved.
  const product = /Product (\S+),/.exec(output)?.[1];
  const bucket = await fetch(`${baseUrl("ccs-abmf")}/bucket/${product}-EUR`);
  expect(bucket.status).toBe(200);
  expect(await bucket.json()).toMatchObject({
    remainingValue: { amount: 99.49, units: "EUR" },
    reservedValue: { amount: 0, units: "EUR" },
  });
});

it("SIGTERM drains and stops the canvas", async () => {
  process.kill(-child!.pid!, "SIGTERM");
  await exited();
  expect(output).toContain("SIGTERM: draining in-flight calls");
});
