/**
 * `npm run bench:e2e`: the canvas end to end, in one run. Two operations:
 * - TMF638 retrieve (`retrieveService` / `GET /service/{id}`);
 * - a full charging session: Nchf create → update (usage) → release, through CHF → RF →
 *   TMF638/637/620 → ABMF; one "call" is the whole session (three requests).
 * Four ways of reaching the components, at concurrency 1 and 64:
 * - in process: the whole canvas (canvas/canvas.yaml) in this process, called natively;
 * - NATS, one process per component: canvas/nats-redis.yaml `--only` × 6, every hop of the
 *   session over NATS (bench → CHF → RF → inventories and ABMF);
 * - NATS, all in one host: canvas/nats-redis.yaml in this process, the bench calling as a
 *   component of the host would: local-first routing keeps every hop in process;
 * - REST on loopback: the REST front ends of canvas/nats-redis.yaml in one separate process (the
 *   calls behind the CHF stay in that process, local-first), over keep-alive HTTP/1.1;
 * - and, for a like-for-like transport comparison, native over NATS to that same process.
 * Stores are in memory everywhere (ODA_STORE=memory), so that the figures compare transports,
 * not Redis. Every server runs under tsx, as `oda-host` does.
 */
import * as http from "node:http";
import * as os from "node:os";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { connectNatsTransport, type NatsTransport, type Transport } from "@oda-codegen/runtime";
import { BUILT_IN_COMPONENTS } from "../packages/components/src/builtin-registry";
import { loadManifestFile, startHost, type RunningHost } from "../packages/components/src/host";
import { seedSubscriber } from "../packages/components/test/ccs/charging-flow-seed";
import {
  CANVAS_MANIFEST,
  NATS_REDIS_MANIFEST,
  canvasPortEnv,
  startNatsCanvas,
  type CanvasDeployment,
} from "../packages/components/test/canvas/support/canvas-process";
import { canvasClients, chargingSession } from "../packages/components/test/ccs/canvas-clients";
import { canConnect, NATS_URL } from "../test/support/services";
import { percentile, writeResultsSection } from "./support/results";

const DURATION_MS = Number(process.env.BENCH_E2E_MS ?? 3000);
const WARMUP_MS = Number(process.env.BENCH_E2E_WARMUP_MS ?? 700);
const CONCURRENCY = [1, 64];
const BALANCE_EUR = "1000000000"; // never the limit: the bench measures calls, not refusals

type Path = "in-process" | "nats-separate" | "nats-one-host" | "nats-remote-host" | "rest";
type Operation = "retrieve" | "session";
const PATH_LABEL: Record<Path, string> = {
  "in-process": "native, in process",
  "nats-separate": "native over NATS, one process per component",
  "nats-one-host": "native on NATS, all in one host (local-first)",
  "nats-remote-host": "native over NATS to the REST server's process",
  rest: "REST on loopback",
};

/** `worker` is the caller's index: each caller charges a subscriber of its own (one balance each). */
interface Target {
  retrieve(worker: number): Promise<void>;
  session(worker: number): Promise<void>;
}

/** Subscribers seeded per deployment: one per caller at the highest concurrency. */
const SUBSCRIBERS = Math.max(...CONCURRENCY);

interface Measured {
  readonly path: Path;
  readonly operation: Operation;
  readonly concurrency: number;
  readonly callsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

/** Seeds SUBSCRIBERS subscribers (rich enough never to run out), each with a Service to retrieve. */
async function seed(transport: Transport) {
  const c = canvasClients(transport);
  const seeded = [];
  for (let i = 0; i < SUBSCRIBERS; i += 8) {
    seeded.push(
      ...(await Promise.all(
        Array.from({ length: 8 }, () => seedSubscriber(c, { balance: BALANCE_EUR })),
      )),
    );
  }
  return {
    c,
    subscribers: seeded.map((s) => s.subscriber),
    serviceIds: seeded.map((s) => s.serviceId),
  };
}

async function nativeTarget(transport: Transport): Promise<Target> {
  const { c, subscribers, serviceIds } = await seed(transport);
  return {
    async retrieve(worker) {
      await c.services.retrieveService({ id: serviceIds[worker % SUBSCRIBERS] });
    },
    async session(worker) {
      await chargingSession(c.chf, subscribers[worker % SUBSCRIBERS]);
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function request(
  url: string,
  method: string,
  body?: string,
): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: body
          ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        res.resume(); // the body is read (and dropped), as a client would read it
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function expectStatus(status: number, expected: number, what: string): void {
  if (status !== expected) throw new Error(`${what}: HTTP ${status}, expected ${expected}`);
}

/** The Nchf JSON bodies of one session, as an SMF would send them. */
function nchfBody(subscriber: string, sequence: number, used?: number, more = true): string {
  return JSON.stringify({
    subscriberIdentifier: subscriber,
    nfConsumerIdentification: { nodeFunctionality: "SMF" },
    invocationTimeStamp: new Date().toISOString(),
    invocationSequenceNumber: sequence,
    multipleUnitUsage: [
      {
        ratingGroup: 32,
        ...(more ? { requestedUnit: {} } : {}),
        ...(used !== undefined
          ? { usedUnitContainer: [{ totalVolume: used, localSequenceNumber: sequence }] }
          : {}),
      },
    ],
  });
}

async function restTarget(canvas: CanvasDeployment, transport: Transport): Promise<Target> {
  const { subscribers, serviceIds } = await seed(transport);
  const si = canvas.restUrls["service-inventory"];
  const chf = canvas.restUrls["ccs-chf"];
  const origin = new URL(chf).origin;
  return {
    async retrieve(worker) {
      const serviceId = serviceIds[worker % SUBSCRIBERS];
      expectStatus((await request(`${si}/service/${serviceId}`, "GET")).status, 200, "retrieve");
    },
    async session(worker) {
      const subscriber = subscribers[worker % SUBSCRIBERS];
      const created = await request(`${chf}/chargingdata`, "POST", nchfBody(subscriber, 1));
      expectStatus(created.status, 201, "create");
      const at = `${origin}${created.location}`;
      expectStatus(
        (await request(`${at}/update`, "POST", nchfBody(subscriber, 2, 10_000_000))).status,
        200,
        "update",
      );
      expectStatus(
        (await request(`${at}/release`, "POST", nchfBody(subscriber, 3, 5_000_000, false))).status,
        204,
        "release",
      );
    },
  };
}

/** A closed loop: `concurrency` callers, each calling again as soon as its call returns. */
async function load(
  call: (worker: number) => Promise<void>,
  concurrency: number,
  ms: number,
): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const start = performance.now();
  const end = start + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await call(worker);
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors++;
          firstError ??= error;
        }
      }
    }),
  );
  if (errors > 0 && latencies.length === 0) throw firstError;
  return { latencies, errors, seconds: (performance.now() - start) / 1000 };
}

/**
 * Measures each target at each operation and concurrency. Targets measured together are loaded
 * in turn, in SLICES slices with the order rotated, so that a busy phase of the machine or a GC
 * burst falls on all of them alike (the local-first comparison is a ratio of two such targets).
 */
async function measure(
  targets: ReadonlyArray<readonly [Path, Target]>,
  results: Measured[],
): Promise<void> {
  const slices = targets.length > 1 ? SLICES : 1;
  for (const operation of ["retrieve", "session"] as const) {
    for (const concurrency of CONCURRENCY) {
      const calls = targets.map(([, target]) =>
        operation === "retrieve"
          ? (worker: number) => target.retrieve(worker)
          : (worker: number) => target.session(worker),
      );
      for (const call of calls) await load(call, concurrency, WARMUP_MS);
      const tallies = targets.map(() => ({ latencies: [] as number[], errors: 0, seconds: 0 }));
      for (let slice = 0; slice < slices; slice++) {
        for (let j = 0; j < targets.length; j++) {
          const i = (j + slice) % targets.length;
          const run = await load(calls[i]!, concurrency, DURATION_MS / slices);
          const tally = tallies[i]!;
          for (const latency of run.latencies) tally.latencies.push(latency);
          tally.errors += run.errors;
          tally.seconds += run.seconds;
        }
      }
      targets.forEach(([path], i) => {
        const { latencies, errors, seconds } = tallies[i]!;
        latencies.sort((a, b) => a - b);
        const m: Measured = {
          path,
          operation,
          concurrency,
          callsPerSecond: latencies.length / seconds,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          errors,
        };
        results.push(m);
        console.log(
          `${PATH_LABEL[path].padEnd(48)} ${operation.padEnd(8)} c=${String(concurrency).padEnd(3)} ` +
            `${m.callsPerSecond.toFixed(0).padStart(7)} calls/s  p50 ${m.p50.toFixed(2)} ms  p99 ${m.p99.toFixed(2)} ms` +
            (errors ? `  (${errors} errors)` : ""),
        );
      });
    }
  }
}

/** Slices per cell when targets are measured together. */
const SLICES = 6;

function manifestWith(file: string, env: NodeJS.ProcessEnv) {
  const { manifest, issues } = loadManifestFile(file, { env });
  if (!manifest) throw new Error(`${file}: ${JSON.stringify(issues)}`);
  return manifest;
}

async function main(): Promise<void> {
  const u = new URL(NATS_URL);
  if (!(await canConnect(u.hostname, Number(u.port) || 4222)))
    throw new Error(`bench:e2e needs NATS at ${NATS_URL}`);
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  const results: Measured[] = [];
  const quiet = { log: () => undefined, listenHost: "127.0.0.1" };

  // 1. In process, and 2. NATS with all components in one host (local-first), side by side in
  // this process and measured in alternating slices: their ratio is the local-first figure.
  {
    const inProcess = await startHost(
      manifestWith(CANVAS_MANIFEST, { ...process.env, ...(await canvasPortEnv()) }),
      BUILT_IN_COMPONENTS,
      quiet,
    );
    const env = {
      ...process.env,
      ...(await canvasPortEnv()),
      ODA_STORE: "memory",
      ODA_LATTICE: `e2e-${randomUUID().slice(0, 8)}`,
    };
    const oneHost: RunningHost = await startHost(
      manifestWith(NATS_REDIS_MANIFEST, env),
      BUILT_IN_COMPONENTS,
      { ...quiet, env },
    );
    try {
      await measure(
        [
          ["in-process", await nativeTarget(inProcess.local)],
          ["nats-one-host", await nativeTarget(oneHost.local)],
        ],
        results,
      );
    } finally {
      await oneHost.close();
      await inProcess.close();
    }
  }
  // 3. NATS, one process per component; 4. REST, to a separate all-in-one process.
  console.log("starting 7 oda-host processes …");
  const [separate, oneProcess] = await Promise.all([
    startNatsCanvas({ perComponent: true, env: { ODA_STORE: "memory" } }),
    startNatsCanvas({ perComponent: false, env: { ODA_STORE: "memory" } }),
  ]);
  const transports: NatsTransport[] = [];
  try {
    const toSeparate = await connectNatsTransport({
      servers: [NATS_URL],
      lattice: separate.lattice,
      name: "bench",
    });
    transports.push(toSeparate);
    await measure([["nats-separate", await nativeTarget(toSeparate)]], results);
    const toOne = await connectNatsTransport({
      servers: [NATS_URL],
      lattice: oneProcess.lattice,
      name: "bench-seed",
    });
    transports.push(toOne);
    await measure([["rest", await restTarget(oneProcess, toOne)]], results);
    // The same server process as REST, reached natively: one broker round trip per request.
    await measure([["nats-remote-host", await nativeTarget(toOne)]], results);
  } finally {
    await Promise.all(transports.map((t) => t.close()));
    await Promise.all([separate.stop(), oneProcess.stop()]);
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  writeResultsSection(
    "e2e",
    "End to end: TMF638 retrieve and a charging session (bench/e2e.bench.ts)",
    report(results, seconds, loadAtStart),
  );
  console.log(`bench:e2e done in ${seconds.toFixed(0)} s; results in bench/RESULTS.md`);
}

function report(results: readonly Measured[], seconds: number, loadAtStart: number): string {
  const find = (path: Path, operation: Operation, c: number) =>
    results.find((r) => r.path === path && r.operation === operation && r.concurrency === c)!;
  const rows = results.map((r) => {
    const rest = find("rest", r.operation, r.concurrency);
    return `| ${r.operation === "retrieve" ? "TMF638 retrieve" : "charging session"} | ${PATH_LABEL[r.path]} | ${r.concurrency} | ${r.callsPerSecond.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${(r.callsPerSecond / rest.callsPerSecond).toFixed(2)}× | ${(r.p99 / rest.p99).toFixed(2)}× |${r.errors ? ` ${r.errors} errors` : ""}`;
  });
  const goal = (ok: boolean) => (ok ? "met" : "**missed**");
  const goals: string[] = [];
  for (const op of ["retrieve", "session"] as const) {
    const name = op === "retrieve" ? "TMF638 retrieve" : "charging session";
    const rest = find("rest", op, 64);
    const nats = find("nats-separate", op, 64);
    const inProc = find("in-process", op, 64);
    const oneHost = find("nats-one-host", op, 64);
    goals.push(
      `| ${name} | NATS (separate processes) ≥ 2× REST calls/s at c=64, lower p99 | ${(nats.callsPerSecond / rest.callsPerSecond).toFixed(2)}×, p99 ${nats.p99.toFixed(2)} vs ${rest.p99.toFixed(2)} ms | ${goal(nats.callsPerSecond >= 2 * rest.callsPerSecond && nats.p99 < rest.p99)} |`,
      `| ${name} | in process ≥ 20× REST calls/s at c=64 | ${(inProc.callsPerSecond / rest.callsPerSecond).toFixed(1)}× | ${goal(inProc.callsPerSecond >= 20 * rest.callsPerSecond)} |`,
      `| ${name} | (like for like) NATS to the REST server's process vs REST at c=64 | ${(find("nats-remote-host", op, 64).callsPerSecond / rest.callsPerSecond).toFixed(2)}×, p99 ${find("nats-remote-host", op, 64).p99.toFixed(2)} vs ${rest.p99.toFixed(2)} ms | — |`,
      `| ${name} | all in one host on NATS within 20 % of in process at c=64 | ${((oneHost.callsPerSecond / inProc.callsPerSecond) * 100).toFixed(0)} % | ${goal(oneHost.callsPerSecond >= 0.8 * inProc.callsPerSecond)} |`,
    );
  }
  return `Run: \`npm run bench:e2e\` (${seconds.toFixed(0)} s; ${DURATION_MS} ms per figure after ${WARMUP_MS} ms of warm-up). A charging session is one call: Nchf create → update (10 MB used) → release (5 MB), i.e. 3 requests to the CHF and, behind them, the RF's lookups in TMF638, TMF637 and TMF620 and its ABMF reserve/debit/release. Each of the 64 callers charges its own subscriber (64 seeded, one balance each). Stores in memory everywhere; NATS at ${NATS_URL}. In process and all-in-one-host run in the bench's own process; the NATS components and the REST server run as \`oda-host\` processes (under tsx). Ratios are against REST at the same concurrency. Load average at start: ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores (other work on the machine inflates latencies, most for the paths with the most processes).

| operation | path | concurrency | calls/s | p50 ms | p99 ms | calls/s vs REST | p99 vs REST |
| --- | --- | --: | --: | --: | --: | --: | --: |
${rows.join("\n")}

Goals (issue 6), at concurrency 64:

| operation | goal | measured | |
| --- | --- | --- | --- |
${goals.join("\n")}

Reading the figures: over NATS with one process per component, one session is 3 requests from the bench plus every call the CHF and the RF make behind them, each a broker round trip and a JSON encode/decode, against 3 HTTP requests for REST, whose calls behind the CHF stay in one process. The 2 cores of this machine are shared by the bench, seven oda-host processes and nats-server. For TMF638 retrieve, "in process" and "all in one host" run the same code (the bench calls through the host's in-process transport; routing only matters for the CHF's and RF's own calls), so the gap between those two rows is this machine's noise. In process, the load generator and all six components share one event loop, so at c=64 the figures are CPU-bound.`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
