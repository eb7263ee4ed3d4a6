/**
 * Charging sessions against ABMF instances over NATS, as the RF drives them: reserve, a few
 * debits against the reservation (each with its own idempotency key), release. The caller
 * retries any typed failure with the same keys, records what was acknowledged, and at the end
 * the bucket must hold exactly initial − Σ acknowledged debits, with nothing left reserved.
 * Used by the fault section (a fault injected mid-run) and the load section (no fault).
 */
import { fork, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { Redis } from "ioredis";
import {
  NativeCallError,
  ModeledError,
  connectNatsTransport,
  type NatsTransport,
} from "@oda-codegen/runtime";
import { RedisBalanceEngine } from "@oda-codegen/components/src/abmf";
import { keyPrefix } from "@oda-codegen/components/src/store";
import {
  createBalanceManagementNativeClient,
  type BalanceManagement,
} from "../../generated/balance-management";
import {
  startPrivateNats,
  type PrivateNats,
} from "../../packages/components/test/support/nats-server";
import {
  startPrivateRedis,
  type PrivateRedis,
} from "../../packages/components/test/support/redis-server";
import { percentile } from "./harness";

export const PRODUCT = "prod-1";
export const BUCKET = "bkt-eur";
const INITIAL = 10n ** 15n;
const eur = (amount: bigint) => ({ units: "money" as const, amount, currencyCode: "EUR" });

export interface SessionRun {
  sessions: number;
  debits: number;
  /** Sum of acknowledged debits. */
  acknowledged: bigint;
  retries: number;
  replays: number;
  /** Typed failures seen (and retried), by code or error name. */
  typedErrors: Record<string, number>;
  /** Anything not a NativeCallError or a modeled error: must stay 0. */
  untyped: string[];
  /** Per-operation latencies of answered calls, ms. */
  latencies: number[];
  expectedAvailable: bigint;
  available: bigint;
  reserved: bigint;
  /** Error messages callers saw (for the leak audit). */
  messages: string[];
  ms: number;
}

export interface Lattice {
  readonly nats: PrivateNats;
  readonly redis: PrivateRedis;
  readonly name: string;
  readonly instances: ChildProcess[];
  startInstance(): Promise<ChildProcess>;
  close(): Promise<void>;
}

export async function startLattice(instances: number): Promise<Lattice> {
  const nats = await startPrivateNats((listen) => `listen: "${listen}"\n`);
  const redis = await startPrivateRedis();
  const name = `rel${Date.now().toString(36)}`;
  const admin = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  const engine = new RedisBalanceEngine(
    admin,
    keyPrefix({ lattice: name, component: "abmf", collection: "balances" }),
  );
  await engine.createBucket({ id: BUCKET, accountId: PRODUCT, unit: "EUR", initial: INITIAL });
  admin.disconnect();
  const children: ChildProcess[] = [];
  const startInstance = () =>
    new Promise<ChildProcess>((resolve, reject) => {
      const child = fork(path.join(__dirname, "abmf-instance.ts"), [nats.url, redis.url, name], {
        execArgv: ["--import", "tsx"],
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      });
      // The host's ioredis reports every refused reconnect on stderr: keep only the tail.
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
      children.push(child);
      child.once("message", () => resolve(child));
      child.once("exit", (code) =>
        reject(new Error(`abmf instance exited with ${code}: ${stderr}`)),
      );
    });
  for (let i = 0; i < instances; i++) await startInstance();
  return {
    nats,
    redis,
    name,
    instances: children,
    startInstance,
    async close() {
      for (const child of children)
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await nats.stop();
      await redis.dispose();
    },
  };
}

let shared: Promise<Lattice> | undefined;

/** One lattice (two ABMF instances) for every section of a run: instance start-up is costly. */
export function sharedLattice(): Promise<Lattice> {
  shared ??= startLattice(2);
  return shared;
}

export async function closeSharedLattice(): Promise<void> {
  const lattice = shared;
  shared = undefined;
  await (await lattice?.catch(() => undefined))?.close();
}

export interface RunOptions {
  readonly sessions: number;
  readonly concurrency: number;
  readonly debitsPerSession: number;
  /** Called once when this many sessions have completed. */
  readonly faultAt?: number;
  readonly fault?: () => Promise<void>;
  /** Per-call timeout of the caller (ms). */
  readonly timeoutMs?: number;
  /** Keeps the keys of successive runs on one lattice apart. */
  readonly prefix: string;
}

export async function runSessions(lattice: Lattice, options: RunOptions): Promise<SessionRun> {
  const caller: NatsTransport = await connectNatsTransport({
    servers: lattice.nats.url,
    lattice: lattice.name,
    name: "rf",
    timeoutMs: options.timeoutMs ?? 1000,
    reconnectTimeWaitMs: 50,
  });
  const abmf: BalanceManagement = createBalanceManagementNativeClient(caller);
  const run: SessionRun = {
    sessions: 0,
    debits: 0,
    acknowledged: 0n,
    retries: 0,
    replays: 0,
    typedErrors: {},
    untyped: [],
    latencies: [],
    expectedAvailable: 0n,
    available: 0n,
    reserved: 0n,
    messages: [],
    ms: 0,
  };
  const started = Date.now();

  /** Calls until answered; typed failures are retried with the same input (same keys). */
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      const t0 = performance.now();
      try {
        const result = await work();
        run.latencies.push(performance.now() - t0);
        return result;
      } catch (error) {
        if (error instanceof NativeCallError || error instanceof ModeledError) {
          const code = error instanceof NativeCallError ? error.code : error.name;
          run.typedErrors[code] = (run.typedErrors[code] ?? 0) + 1;
          if (run.messages.length < 200) run.messages.push(error.message);
          if (error instanceof ModeledError || attempt > 600) throw error;
          run.retries++;
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        run.untyped.push(`${(error as Error)?.name}: ${(error as Error)?.message}`);
        throw error;
      }
    }
  };

  const before =
    (await call(() => abmf.getProductBalance({ productId: PRODUCT }))).balances.find(
      (b) => b.available.currencyCode === "EUR",
    )?.available.amount ?? 0n;
  let next = 0;
  let faulted: Promise<void> | undefined;
  const session = async (s: number) => {
    const reservationKey = `${options.prefix}-s${s}`;
    const amounts = Array.from({ length: options.debitsPerSession }, (_, i) =>
      BigInt(1 + ((s * 7 + i * 13) % 97)),
    );
    const total = amounts.reduce((a, b) => a + b, 0n);
    await call(() =>
      abmf.reserveAmount({ reservationKey, productId: PRODUCT, amount: eur(total + 50n) }),
    );
    for (let i = 0; i < amounts.length; i++) {
      const out = await call(() =>
        abmf.debitAmount({
          debitId: `${reservationKey}/d${i}`,
          reservationKey,
          productId: PRODUCT,
          amount: eur(amounts[i]!),
        }),
      );
      if (out.debited.amount !== amounts[i])
        throw new Error(
          `session ${s} debit ${i}: debited ${out.debited.amount}, asked ${amounts[i]}`,
        );
      if (out.replayed) run.replays++;
      run.acknowledged += out.debited.amount;
      run.debits++;
    }
    await call(() => abmf.releaseReservation({ reservationKey, productId: PRODUCT }));
    run.sessions++;
    if (options.fault && run.sessions === options.faultAt) faulted = options.fault();
  };
  const worker = async () => {
    while (next < options.sessions) await session(next++);
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    await faulted;
    const balance = await call(() => abmf.getProductBalance({ productId: PRODUCT }));
    const eurBalance = balance.balances.find((b) => b.available.currencyCode === "EUR");
    run.available = eurBalance?.available.amount ?? -1n;
    run.reserved = eurBalance?.reserved.amount ?? -1n;
    run.expectedAvailable = before - run.acknowledged;
  } finally {
    await caller.close();
  }
  run.ms = Date.now() - started;
  run.latencies.sort((a, b) => a - b);
  return run;
}

export function describeRun(run: SessionRun): string {
  const typed = Object.entries(run.typedErrors)
    .map(([k, v]) => `${k}×${v}`)
    .join(" ");
  return `${run.sessions} sessions, ${run.debits} debits acknowledged, ${run.retries} retries, ${run.replays} replays${typed ? `, typed errors: ${typed}` : ""}; p99 ${percentile(run.latencies, 99).toFixed(1)} ms`;
}

/** No acknowledged debit lost or applied twice, and nothing left reserved. */
export function balanceHolds(run: SessionRun): boolean {
  return run.available === run.expectedAvailable && run.reserved === 0n && run.untyped.length === 0;
}
