/**
 * Runs canvas manifests as real `oda-host` processes: the whole canvas in one process, or one
 * process per component (`--only`), on free ports, under a unique lattice (NATS subjects and
 * Redis keys) so that parallel runs never meet. Used by the multi-process tests and bench:e2e.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import * as path from "node:path";
import { freePort, NATS_URL, REDIS_URL } from "../../../../../test/support/services";

export const REPO_ROOT = path.join(__dirname, "..", "..", "..", "..", "..");
export const ODA_HOST_BIN = path.join(REPO_ROOT, "packages", "components", "bin", "oda-host.js");
export const CANVAS_MANIFEST = path.join(REPO_ROOT, "canvas", "canvas.yaml");
export const NATS_REDIS_MANIFEST = path.join(REPO_ROOT, "canvas", "nats-redis.yaml");

/** The canvas components and the variable that moves each one's REST port. */
export const CANVAS_PORT_VARIABLES: Readonly<Record<string, string>> = {
  "service-inventory": "SERVICE_INVENTORY_PORT",
  "product-inventory": "PRODUCT_INVENTORY_PORT",
  "product-catalog": "PRODUCT_CATALOG_PORT",
  "ccs-abmf": "CCS_ABMF_PORT",
  "ccs-rf": "CCS_RF_PORT",
  "ccs-chf": "CCS_CHF_PORT",
};

/** `count` free loopback ports, all different (freePort alone may hand out one port twice). */
export async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/** Environment moving every canvas port (REST and health) to a free one. */
export async function canvasPortEnv(): Promise<Record<string, string>> {
  const variables = [...Object.values(CANVAS_PORT_VARIABLES), "HEALTH_PORT"];
  const ports = await distinctFreePorts(variables.length);
  return Object.fromEntries(variables.map((v, i) => [v, String(ports[i])]));
}

export interface OdaHostProcess {
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

/** Spawns `node oda-host.js <args>` and collects its output. */
export function spawnOdaHost(args: readonly string[], env: NodeJS.ProcessEnv): OdaHostProcess {
  const child = spawn(process.execPath, [ODA_HOST_BIN, ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until `output()` contains `text`, the process exits, or `timeoutMs` passes. */
export async function waitForOutput(
  p: Pick<OdaHostProcess, "output" | "exited">,
  text: string,
  timeoutMs = 60_000,
): Promise<void> {
  let exited = false;
  void p.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (!p.output().includes(text)) {
    if (exited) throw new Error(`the process exited before printing "${text}":\n${p.output()}`);
    if (Date.now() > deadline)
      throw new Error(`no "${text}" after ${timeoutMs} ms:\n${p.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface CanvasDeployment {
  readonly lattice: string;
  /** REST base URLs by component name, on 127.0.0.1. */
  readonly restUrls: Readonly<Record<string, string>>;
  readonly processes: readonly OdaHostProcess[];
  /** SIGTERM to every process; resolves once all have exited. */
  stop(): Promise<void>;
}

const BASE_PATHS: Readonly<Record<string, string>> = {
  "service-inventory": "/tmf-api/serviceInventory/v4",
  "product-inventory": "/tmf-api/productInventory/v4",
  "product-catalog": "/tmf-api/productCatalogManagement/v4",
  "ccs-abmf": "/tmf-api/prepayBalanceManagement/v4",
  "ccs-rf": "/nrf-rating/v1",
  "ccs-chf": "/nchf-convergedcharging/v3",
};

/**
 * Starts canvas/nats-redis.yaml on NATS + Redis under a fresh lattice: one process per component
 * (`perComponent`), or all in one process (local-first routing between them).
 */
export async function startNatsCanvas(options: {
  perComponent: boolean;
  lattice?: string;
  /** More environment for the processes, e.g. `ODA_STORE: "memory"`. */
  env?: NodeJS.ProcessEnv;
}): Promise<CanvasDeployment> {
  const lattice = options.lattice ?? `canvas-${randomUUID().slice(0, 8)}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NATS_URL,
    REDIS_URL,
    ODA_LATTICE: lattice,
    ...options.env,
  };
  Object.assign(env, await canvasPortEnv());
  const restUrls: Record<string, string> = {};
  for (const [name, variable] of Object.entries(CANVAS_PORT_VARIABLES))
    restUrls[name] = `http://127.0.0.1:${env[variable]}${BASE_PATHS[name]}`;
  const groups = options.perComponent
    ? Object.keys(CANVAS_PORT_VARIABLES).map((n) => [n])
    : [undefined];
  const processes = groups.map((only) =>
    spawnOdaHost([NATS_REDIS_MANIFEST, ...(only ? ["--only", only.join(",")] : [])], env),
  );
  const stop = async () => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill("SIGTERM");
    await Promise.all(processes.map((p) => p.exited));
  };
  try {
    await Promise.all(processes.map((p) => waitForOutput(p, "components running")));
  } catch (error) {
    await stop();
    throw error;
  }
  return { lattice, restUrls, processes, stop };
}
