/**
 * `npm run bench:rest`: requests/s and p50/p99 latency of one operation (POST /books: JSON body,
 * constraint validation, 201 with a JSON body) at concurrency 1 and 64, served three ways:
 * - the generated REST handler on node:http (`toNodeListener`),
 * - the same handler on fastify (`restFastifyPlugin`),
 * - a hand-written fastify route doing the same work (JSON schema validation with fastify's ajv,
 *   response serialization with its fast-json-stringify schema).
 * Each server runs in its own child process, so the load generator (autocannon) does not share
 * its event loop. The child is this file bundled by esbuild and run by plain node, as a deployed
 * (compiled) service would run: under tsx, our TypeScript would pay for tsx's `keepNames` and
 * source-map hooks while fastify's JavaScript would not. "Generated handler" = `createRestHandler`
 * over the descriptor `buildRestSchema` builds, which is what a generated rest.ts embeds; the
 * parent builds it and hands it to the child in an environment variable.
 */
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import autocannon from "autocannon";
import { createRestHandler, restFastifyPlugin, toNodeListener, type RestServiceSchema } from "@oda-codegen/runtime/src/rest";
import { writeResultsSection } from "./support/results";

const SCHEMA_ENV = "ODA_REST_BENCH_SCHEMA";
const BUNDLE = path.join(__dirname, "..", "node_modules", ".cache", "oda-rest-bench", "server.js");

type Variant = "generated-node" | "generated-fastify" | "handwritten-fastify";
const VARIANTS: Variant[] = ["generated-node", "generated-fastify", "handwritten-fastify"];
const CONCURRENCY = [1, 64];
const DURATION_MS = Number(process.env.BENCH_REST_MS ?? 4000);
const WARMUP_MS = 1000;
const BODY = JSON.stringify({ title: "Dune", author: "Frank Herbert", tags: ["sf", "classic"] });

/** The back end all three variants call: the same work in each. */
function createBook(input: { title: string; author?: string; tags?: string[]; genre?: string }) {
  return { book: { isbn: "978-0000000001", title: input.title, author: input.author, tags: input.tags, genre: input.genre ?? "novel" } };
}

async function serve(variant: Variant): Promise<number> {
  const impl = { createBook: async (input: Parameters<typeof createBook>[0]) => createBook(input) };
  const schema = JSON.parse(process.env[SCHEMA_ENV] ?? "{}") as RestServiceSchema;
  if (variant === "generated-node") {
    const handler = createRestHandler(schema, impl);
    const server = http.createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }
  const { default: Fastify } = await import("fastify");
  const app = Fastify();
  if (variant === "generated-fastify") {
    const handler = createRestHandler(schema, impl);
    await app.register(restFastifyPlugin(handler));
  } else {
    const title = { type: "string", minLength: 1, maxLength: 80 };
    const tags = { type: "array", items: { type: "string" }, uniqueItems: true };
    const genre = { type: "string", enum: ["novel", "poetry", "science"] };
    app.post(
      "/books",
      {
        schema: {
          body: { type: "object", required: ["title"], properties: { title, author: { type: "string" }, tags, genre } },
          response: { 201: { type: "object", properties: { isbn: { type: "string" }, title, author: { type: "string" }, tags, genre } } },
        },
      },
      async (req, reply) => {
        const { book } = createBook(req.body as Parameters<typeof createBook>[0]);
        return reply.code(201).send(book);
      },
    );
  }
  await app.listen({ port: 0, host: "127.0.0.1" });
  return (app.server.address() as AddressInfo).port;
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Server CPU (user + system, from the child's process.cpuUsage) per request, in µs. */
  cpuPerRequest: number;
}

/** autocannon drives the server (keep-alive connections, one request in flight per connection). */
async function load(port: number, concurrency: number, durationMs: number): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}/books`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: BODY,
    connections: concurrency,
    pipelining: 1,
    duration: durationMs / 1000,
    expectBody: undefined,
  });
}

/** The child's CPU time so far (µs), asked over IPC. */
function childCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once("message", (usage) => resolve((usage as NodeJS.CpuUsage).user + (usage as NodeJS.CpuUsage).system));
    child.send("cpu");
  });
}

/** Bundles this file (runtime included, fastify external) for the child processes. */
async function bundleServer(): Promise<void> {
  const esbuild = require("esbuild") as typeof import("esbuild");
  await esbuild.build({
    entryPoints: [__filename],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: BUNDLE,
    external: ["fastify", "autocannon", "esbuild", "@oda-codegen/codegen", "@oda-codegen/codegen/*", "../packages/codegen/*"],
    logLevel: "warning",
  });
}

function startServer(variant: Variant, schemaJson: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(BUNDLE, ["--serve", variant], {
      execArgv: [],
      env: { ...process.env, [SCHEMA_ENV]: schemaJson },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    if (child.pid !== undefined) pin(child.pid, SERVER_CPU);
    child.once("message", (port) => resolve({ child, port: port as number }));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${variant} server exited with ${code}`)));
  });
}

/**
 * With two or more cores, the servers run on one core and the load generator on another
 * (`taskset`), so that the comparison measures the servers' own work rather than how the
 * scheduler happened to share two cores between four busy processes. BENCH_REST_PIN=0 turns it off.
 */
const PINNING = process.env.BENCH_REST_PIN !== "0" && os.cpus().length >= 2 && hasTaskset();
const SERVER_CPU = 0;
const LOAD_CPU = 1;

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function pin(pid: number, cpu: number): void {
  if (PINNING) execFileSync("taskset", ["-a", "-cp", String(cpu), String(pid)], { stdio: "ignore" });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Every cell is measured in ROUNDS rounds; within a round the three servers run side by side and
 * are loaded in turn, in slices of SLICE_MS (order rotated each slice), so that a busy phase of the
 * shared machine falls on all of them alike. Medians over rounds are reported.
 */
const ROUNDS = Number(process.env.BENCH_REST_ROUNDS ?? 5);
const SLICE_MS = Number(process.env.BENCH_REST_SLICE_MS ?? 1000);

const fmt = (n: number) => Math.round(n).toString();

interface Tally {
  requests: number;
  ms: number;
  cpu: number;
  errors: number;
  p50: number[];
  p99: number[];
}

async function main(): Promise<void> {
  // Loaded here only: the bundled child never needs the code generator.
  const { buildRestSchema } = require("@oda-codegen/codegen/src/rest") as typeof import("@oda-codegen/codegen/src/rest");
  const { LIBRARY_SERVICE, libraryModel } = require("../packages/codegen/test/rest/library-model") as typeof import("../packages/codegen/test/rest/library-model");
  const schemaJson = JSON.stringify(buildRestSchema(libraryModel(), LIBRARY_SERVICE));
  await bundleServer();
  pin(process.pid, LOAD_CPU);
  console.log(PINNING ? `servers on CPU ${SERVER_CPU}, load generator on CPU ${LOAD_CPU}` : "no CPU pinning");
  const rounds = new Map<string, Measure[]>();
  const slices = Math.max(1, Math.round(DURATION_MS / SLICE_MS));
  for (let round = 0; round < ROUNDS; round++) {
    const servers = await Promise.all(VARIANTS.map((variant) => startServer(variant, schemaJson)));
    try {
      for (const concurrency of CONCURRENCY) {
        for (const { port } of servers) await load(port, concurrency, WARMUP_MS);
        const tallies: Tally[] = VARIANTS.map(() => ({ requests: 0, ms: 0, cpu: 0, errors: 0, p50: [], p99: [] }));
        for (let slice = 0; slice < slices; slice++) {
          for (let j = 0; j < VARIANTS.length; j++) {
            const i = (j + slice + round) % VARIANTS.length;
            const { child, port } = servers[i]!;
            const before = await childCpu(child);
            const result = await load(port, concurrency, SLICE_MS);
            const tally = tallies[i]!;
            tally.cpu += (await childCpu(child)) - before;
            tally.requests += result.requests.total;
            tally.ms += SLICE_MS;
            tally.errors += result.errors + result.timeouts + result.non2xx;
            tally.p50.push(result.latency.p50);
            tally.p99.push(result.latency.p99);
          }
        }
        VARIANTS.forEach((variant, i) => {
          const t = tallies[i]!;
          const m: Measure = {
            rps: t.requests / (t.ms / 1000),
            p50: median(t.p50),
            p99: Math.max(...t.p99),
            errors: t.errors,
            cpuPerRequest: t.cpu / Math.max(1, t.requests),
          };
          const key = `${variant}@${concurrency}`;
          console.log(
            `round ${round + 1} ${key}: ${fmt(m.rps)} req/s, ${m.cpuPerRequest.toFixed(1)} µs CPU/req, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.errors} errors`,
          );
          rounds.set(key, [...(rounds.get(key) ?? []), m]);
        });
      }
    } finally {
      for (const { child } of servers) child.kill();
    }
  }
  const med = (key: string, pick: (m: Measure) => number) => median(rounds.get(key)!.map(pick));
  const rows = VARIANTS.flatMap((variant) =>
    CONCURRENCY.map((c) => {
      const key = `${variant}@${c}`;
      const all = rounds.get(key)!;
      const best = Math.max(...all.map((m) => m.rps));
      const errors = all.reduce((n, m) => n + m.errors, 0);
      return `| ${variant} | ${c} | ${fmt(med(key, (m) => m.rps))} | ${fmt(best)} | ${med(key, (m) => m.cpuPerRequest).toFixed(1)} | ${med(key, (m) => m.p50)} | ${med(key, (m) => m.p99)} | ${errors} |`;
    }),
  );
  const verdicts = CONCURRENCY.map((c) => {
    const generated = `generated-node@${c}`;
    const hand = `handwritten-fastify@${c}`;
    const rpsRatio = med(generated, (m) => m.rps) / med(hand, (m) => m.rps);
    const cpuRatio = med(hand, (m) => m.cpuPerRequest) / med(generated, (m) => m.cpuPerRequest);
    // Within a round the two variants were loaded in alternating slices: the paired ratio cancels slow phases.
    const paired = median(rounds.get(generated)!.map((m, i) => m.rps / rounds.get(hand)![i]!.rps));
    return (
      `concurrency ${c}: generated handler on node:http ${fmt(med(generated, (m) => m.rps))} req/s vs hand-written fastify ` +
      `${fmt(med(hand, (m) => m.rps))} req/s (median ${(rpsRatio * 100).toFixed(0)} %, median of per-round ratios ` +
      `${(paired * 100).toFixed(0)} %); CPU per request ${med(generated, (m) => m.cpuPerRequest).toFixed(1)} µs vs ` +
      `${med(hand, (m) => m.cpuPerRequest).toFixed(1)} µs (fastify / generated = ${(cpuRatio * 100).toFixed(0)} %)`
    );
  });
  const table = [
    "| server | concurrency | median req/s | best req/s | median CPU µs/req | p50 ms | p99 ms | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  console.log(table);
  for (const v of verdicts) console.log(v);
  writeResultsSection(
    "rest",
    "REST front end (bench/rest.bench.ts)",
    `One operation, \`POST /books\` (JSON body, constraint validation, 201 + JSON), ${DURATION_MS / 1000} s per cell after ${WARMUP_MS / 1000} s of warm-up, ${ROUNDS} rounds, medians reported; in each round the three servers run side by side and are loaded in turn in ${SLICE_MS / 1000} s slices (order rotated), so that the shared machine's busy phases fall on all alike; each server in a child process running an esbuild bundle on plain node, autocannon (keep-alive, no pipelining, latency in whole ms) in this one${PINNING ? `; the servers pinned to CPU ${SERVER_CPU} and the load generator to CPU ${LOAD_CPU} (taskset), so the two never compete for a core` : ""}. CPU per request is the child's \`process.cpuUsage()\` (user + system) over the measured cell divided by the requests served: the figure that holds on a shared machine, where req/s swings with the other load.\n\n${table}\n\n${verdicts.map((v) => `- ${v}`).join("\n")}`,
  );
}

if (process.argv[2] === "--serve") {
  serve(process.argv[3] as Variant).then((port) => {
    process.on("message", () => process.send!(process.cpuUsage()));
    process.send!(port);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
