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
import { fork, type ChildProcess } from "node:child_process";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
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
}

/** autocannon drives the server (keep-alive connections, one request in flight per connection). */
async function load(port: number, concurrency: number, durationMs: number): Promise<Measure> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/books`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: BODY,
    connections: concurrency,
    pipelining: 1,
    duration: durationMs / 1000,
    expectBody: undefined,
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
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
    child.once("message", (port) => resolve({ child, port: port as number }));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${variant} server exited with ${code}`)));
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every cell is measured ROUNDS times, variants interleaved, and the best round kept: the machine is shared. */
const ROUNDS = Number(process.env.BENCH_REST_ROUNDS ?? 3);

async function main(): Promise<void> {
  // Loaded here only: the bundled child never needs the code generator.
  const { buildRestSchema } = require("@oda-codegen/codegen/src/rest") as typeof import("@oda-codegen/codegen/src/rest");
  const { LIBRARY_SERVICE, libraryModel } = require("../packages/codegen/test/rest/library-model") as typeof import("../packages/codegen/test/rest/library-model");
  const schemaJson = JSON.stringify(buildRestSchema(libraryModel(), LIBRARY_SERVICE));
  await bundleServer();
  const results = new Map<string, Measure>();
  const all = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of VARIANTS) {
      const { child, port } = await startServer(variant, schemaJson);
      try {
        for (const concurrency of CONCURRENCY) {
          await load(port, concurrency, WARMUP_MS);
          const m = await load(port, concurrency, DURATION_MS);
          const key = `${variant}@${concurrency}`;
          console.log(`round ${round + 1} ${key}: ${Math.round(m.rps)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.errors} errors`);
          all.set(key, [...(all.get(key) ?? []), m.rps]);
          const best = results.get(key);
          if (!best || m.rps > best.rps) results.set(key, m);
        }
      } finally {
        child.kill();
      }
    }
  }
  const rows = VARIANTS.flatMap((variant) =>
    CONCURRENCY.map((c) => {
      const m = results.get(`${variant}@${c}`)!;
      return `| ${variant} | ${c} | ${Math.round(m.rps)} | ${Math.round(median(all.get(`${variant}@${c}`)!))} | ${m.p50} | ${m.p99} | ${m.errors} |`;
    }),
  );
  const verdicts = CONCURRENCY.map((c) => {
    const generated = results.get(`generated-node@${c}`)!.rps;
    const hand = results.get(`handwritten-fastify@${c}`)!.rps;
    const generatedMedian = median(all.get(`generated-node@${c}`)!);
    const handMedian = median(all.get(`handwritten-fastify@${c}`)!);
    return (
      `concurrency ${c}: generated handler on node:http ${Math.round(generated)} req/s vs hand-written fastify ${Math.round(hand)} req/s ` +
      `(best ${((generated / hand) * 100).toFixed(0)} %, median ${((generatedMedian / handMedian) * 100).toFixed(0)} %)`
    );
  });
  const table = [
    "| server | concurrency | best req/s | median req/s | p50 ms | p99 ms | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  console.log(table);
  for (const v of verdicts) console.log(v);
  writeResultsSection(
    "rest",
    "REST front end (bench/rest.bench.ts)",
    `One operation, \`POST /books\` (JSON body, constraint validation, 201 + JSON), ${DURATION_MS / 1000} s per cell after ${WARMUP_MS / 1000} s of warm-up, best of ${ROUNDS} interleaved rounds; each server in a child process running an esbuild bundle on plain node, autocannon (keep-alive, no pipelining, latency in whole ms) in this one.\n\n${table}\n\n${verdicts.map((v) => `- ${v}`).join("\n")}`,
  );
}

if (process.argv[2] === "--serve") {
  serve(process.argv[3] as Variant).then((port) => process.send!(port));
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
