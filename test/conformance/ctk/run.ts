/**
 * `npm run conformance:ctk`: the official TM Forum TMF638 v4 CTK (a Postman collection) run with
 * newman against our REST Service Inventory on loopback: the generated REST handler around the
 * Service Inventory component, in process, on an in-memory store, seeded through POST /service
 * with services that meet the CTK's preconditions. Like the CTK's own runner, it overwrites the
 * environment's base URL variable (the other URLs stay unused) and first checks that
 * `GET {url}/service` answers 200. Prints each request's assertion counts, every failed assertion, and
 * `N passed, M failed`; exits 1 on any failure, 2 when it cannot run. `--verbose` lists every
 * assertion.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import newman from "newman";
import { toNodeListener } from "@oda-codegen/runtime";
import { createServiceInventoryRestHandler } from "../../../generated/service-inventory";
import { MemoryDocumentStore, type DocumentStore } from "../../../packages/components/src/store";
import { createServiceInventory } from "../../../packages/components/src/tmf";
import { REFERENCE_DIR } from "../../support/reference";
import { CTK_SEED_SERVICES } from "./seed";

const CTK_DIR = path.join(REFERENCE_DIR, "tmf", "ctk", "TMF638-v4-R18.5");
const COLLECTION = "CTK-TMF638-ServiceInventory-R18-5.postman_collection.json";
const ENVIRONMENT = "CTK-TMFENV-V4.0.0.postman_environment.json";
const BASE_URL_VARIABLE = "ServiceInventoryAPI";
const BASE_PATH = "/tmf-api/serviceInventory/v4";

interface PostmanEnvironment {
  values: { key: string; value: string; enabled?: boolean }[];
}

async function startServiceInventory(): Promise<{ url: string; close(): Promise<void> }> {
  const stores = new Map<string, DocumentStore<unknown>>();
  const inventory = createServiceInventory({
    store: <T>(collection: string) => {
      let store = stores.get(collection);
      if (!store) stores.set(collection, (store = new MemoryDocumentStore<unknown>()));
      return store as DocumentStore<T>;
    },
  });
  const server = http.createServer(toNodeListener(createServiceInventoryRestHandler(inventory)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function seed(url: string): Promise<void> {
  for (const service of CTK_SEED_SERVICES) {
    const response = await fetch(`${url}/service`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(service),
    });
    if (response.status !== 201) {
      throw new Error(
        `seeding failed: POST /service answered ${response.status} ${await response.text()}`,
      );
    }
  }
  // The CTK runner's own pre-flight check.
  const check = await fetch(`${url}/service`);
  if (check.status !== 200) throw new Error(`GET ${url}/service answered ${check.status}, not 200`);
}

function environmentFor(url: string): PostmanEnvironment {
  const environment = JSON.parse(
    fs.readFileSync(path.join(CTK_DIR, ENVIRONMENT), "utf8"),
  ) as PostmanEnvironment;
  const variable = environment.values.find((v) => v.key === BASE_URL_VARIABLE);
  if (!variable) throw new Error(`${ENVIRONMENT} has no variable ${BASE_URL_VARIABLE}`);
  variable.value = url;
  variable.enabled = true;
  return environment;
}

function runNewman(url: string): Promise<newman.NewmanRunSummary> {
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: path.join(CTK_DIR, COLLECTION),
        environment: environmentFor(url) as unknown as newman.NewmanRunOptions["environment"],
        reporters: [],
        timeoutRequest: 10_000,
      },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    );
  });
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes("--verbose");
  if (!fs.existsSync(CTK_DIR)) {
    console.error(`CTK not found at ${CTK_DIR} (set ODA_REFERENCE_DIR)`);
    return 2;
  }
  const server = await startServiceInventory();
  try {
    await seed(server.url);
    console.log(`TMF638 CTK (${path.basename(CTK_DIR)}) against ${server.url}`);
    const summary = await runNewman(server.url);
    for (const execution of summary.run.executions) {
      const assertions = execution.assertions ?? [];
      const failed = assertions.filter((a) => a.error);
      const status = execution.response?.code ?? "no response";
      const mark = failed.length > 0 ? "FAIL" : "ok  ";
      console.log(
        `${mark} ${execution.item.name} (HTTP ${status}): ${assertions.length - failed.length}/${assertions.length} assertions`,
      );
      for (const assertion of verbose ? assertions : failed) {
        const why = assertion.error ? ` — ${assertion.error.message}` : "";
        console.log(`       ${assertion.error ? "✗" : "✓"} ${assertion.assertion}${why}`);
      }
    }
    for (const failure of summary.run.failures) {
      if (failure.error.name !== "AssertionError") {
        console.log(`ERROR ${failure.source?.name ?? ""}: ${failure.error.message}`);
      }
    }
    const { requests, assertions, testScripts } = summary.run.stats;
    const otherErrors = summary.run.failures.filter(
      (f) => f.error.name !== "AssertionError",
    ).length;
    console.log(
      `requests: ${requests.total} (${requests.failed} failed); test scripts: ${testScripts.total} (${testScripts.failed} failed); assertions: ${assertions.total}`,
    );
    const total = assertions.total ?? 0;
    const failedAssertions = assertions.failed ?? 0;
    const failed = failedAssertions + otherErrors;
    console.log(`${total - failedAssertions} passed, ${failed} failed`);
    // A run that asserted nothing proves nothing.
    return failed > 0 || total === 0 ? 1 : 0;
  } finally {
    await server.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
