/**
 * Section 4: faults with real servers (private nats-server and redis-server on free ports).
 * (a) The TMF638 component on Redis behind its REST front end while Redis is SIGKILLed and
 * restarted: answers are 201 or 503 with a TMF Error, never another 5xx; every acknowledged
 * create survives; service resumes by itself. (b) Charging sessions against two ABMF instances
 * over NATS while NATS restarts, while Redis restarts, and while one instance is SIGKILLed: no
 * acknowledged debit lost or applied twice (the balance invariant), only typed errors, recovery.
 * (c) The existing engine-level fault tests (jest), reused as they are.
 */
import { parseManifest, startHost } from "@oda-codegen/components/src/host";
import { tmfComponentModules } from "@oda-codegen/components/src/tmf";
import { freePort } from "../support/services";
import { startPrivateRedis } from "../../packages/components/test/support/redis-server";
import type { LeakAudit, Profile, Report } from "./harness";
import { percentile } from "./harness";
import { TMF638_BASE } from "./tmf638-server";
import { tmfErrorProblem } from "./fuzz-rest";
import {
  balanceHolds,
  describeRun,
  runSessions,
  sharedLattice,
  type SessionRun,
} from "./charging-sessions";
import { runJest } from "./jest-reuse";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tmf638RedisRestart(
  report: Report,
  profile: Profile,
  audit: LeakAudit,
): Promise<void> {
  const redis = await startPrivateRedis();
  const port = await freePort();
  const parsed = parseManifest(`redis: { url: "${redis.url}" }
components:
  - name: service-inventory
    contract: oda.tmf638#ServiceInventory
    implementation: service-inventory
    frontEnds: rest
    rest: { port: ${port}, basePath: ${TMF638_BASE} }
    store: redis
`);
  if (!parsed.manifest) throw new Error(JSON.stringify(parsed.issues));
  const log: string[] = [];
  // The real host: its Redis connection settings and REST front end are what is under test.
  const host = await startHost(parsed.manifest, tmfComponentModules, {
    log: (line) => log.push(line),
  });
  const url = `http://127.0.0.1:${port}${TMF638_BASE}`;
  const create = async (name: string) => {
    const t0 = performance.now();
    const res = await fetch(`${url}/service`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ state: "active", serviceSpecification: { id: "spec" }, name }),
    });
    return { status: res.status, body: await res.text(), ms: performance.now() - t0 };
  };
  const total = profile.full ? 3000 : 400;
  const statuses: Record<string, number> = {};
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  const problems: string[] = [];
  let sent = 0;
  let fault: Promise<void> | undefined;
  let probe: { status: number; body: string; ms: number } | undefined;
  let firstOkAfterRestart = 0;
  let restartedAt = 0;
  const downMs = 2000;
  let giveUpAt = Number.POSITIVE_INFINITY;
  // 503s come at once during the outage, so the requests may run out before Redis is back:
  // after the restart, keep creating until one succeeds (or 15 s have passed).
  const recovering = () => firstOkAfterRestart === 0 && Date.now() < giveUpAt;
  try {
    const worker = async () => {
      while (sent < total || recovering()) {
        const n = sent++;
        if (n === Math.floor(total / 3)) {
          fault = (async () => {
            await redis.kill();
            probe = await create("probe-while-down");
            await sleep(downMs);
            await redis.start();
            restartedAt = Date.now();
            giveUpAt = restartedAt + 15_000;
          })();
        }
        let result = { status: 0, body: "", ms: 0 };
        try {
          result = await create(`svc-${n}`);
        } catch (error) {
          problems.push(`request failed: ${(error as Error).message}`);
        }
        latencies.push(result.ms);
        statuses[result.status] = (statuses[result.status] ?? 0) + 1;
        audit.inspect("fault tmf638", result.status, result.body);
        if (result.status === 201) {
          acknowledged.push((JSON.parse(result.body) as { id: string }).id);
          if (restartedAt && !firstOkAfterRestart) firstOkAfterRestart = Date.now() - restartedAt;
        } else if (result.status === 503) {
          const p = tmfErrorProblem(result.status, result.body);
          if (p) problems.push(p);
        } else problems.push(`status ${result.status}: ${result.body.slice(0, 120)}`);
        // Keep asking while Redis is down or the host reconnects, without spinning.
        if (result.status === 503) await sleep(50);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await fault;
    let lost = 0;
    for (const id of acknowledged) {
      const res = await fetch(`${url}/service/${encodeURIComponent(id)}`);
      if (res.status !== 200) lost++;
      await res.text();
    }
    latencies.sort((a, b) => a - b);
    const histogram = Object.entries(statuses)
      .map(([k, v]) => `${k}×${v}`)
      .join(" ");
    report.figure("TMF638 Redis restart: requests", `${total} (${histogram})`);
    report.figure(
      "TMF638 Redis restart: max latency (ms)",
      latencies[latencies.length - 1]!.toFixed(0),
    );
    if (probe) audit.inspect("fault tmf638 probe", probe.status, probe.body);
    report.check(
      "a TMF638 request while Redis is down answers 503 with a TMF Error, promptly",
      probe?.status === 503 && tmfErrorProblem(503, probe.body) === undefined && probe.ms < 3000,
      probe
        ? `${probe.status} in ${probe.ms.toFixed(0)} ms: ${probe.body.slice(0, 100)}`
        : "no probe",
    );
    report.check(
      `TMF638 under load, Redis SIGKILLed for ${downMs} ms: only 201 or 503 TMF Error`,
      problems.length === 0,
      problems.length
        ? problems.slice(0, 3).join("; ")
        : `${histogram}; p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies[latencies.length - 1]!.toFixed(0)} ms`,
    );
    report.check(
      "every acknowledged create survives the Redis restart",
      lost === 0,
      `${acknowledged.length} acknowledged, ${lost} lost`,
    );
    report.check(
      "TMF638 recovers by itself after Redis restarts",
      firstOkAfterRestart > 0,
      `first 201 ${firstOkAfterRestart} ms after the restart`,
    );
    // 503s are logged too (an outage is worth telling the operator); anything else is a bug.
    const internal = log.filter(
      (line) => /internal error/i.test(line) && !line.includes("UNAVAILABLE"),
    );
    report.check(
      "the host logged no internal error other than the outage",
      internal.length === 0,
      internal.slice(0, 2).join("; ").slice(0, 300),
    );
  } finally {
    await host.close();
    await redis.dispose();
  }
}

function chargingChecks(
  report: Report,
  audit: LeakAudit,
  name: string,
  run: SessionRun,
  mustHaveErrors: boolean,
): void {
  for (const message of run.messages) audit.inspect(`charging ${name}`, 503, message);
  const errors = Object.values(run.typedErrors).reduce((a, b) => a + b, 0);
  report.check(
    `${name}: no acknowledged debit lost or applied twice (balance invariant)`,
    balanceHolds(run),
    `available ${run.available} = expected ${run.expectedAvailable}, reserved ${run.reserved}; ${describeRun(run)}`,
  );
  if (mustHaveErrors)
    report.check(
      `${name}: the fault reached callers only as typed errors, then recovered`,
      errors > 0 && run.untyped.length === 0,
      run.untyped.slice(0, 3).join("; ") || `${errors} typed errors, all retried to success`,
    );
  report.figure(
    `${name}: sessions / debits / lost / duplicated`,
    `${run.sessions} / ${run.debits} / ${run.available > run.expectedAvailable ? "≥1" : 0} / ${run.available < run.expectedAvailable ? "≥1" : 0}`,
  );
}

async function chargingFaults(report: Report, profile: Profile, audit: LeakAudit): Promise<void> {
  const lattice = await sharedLattice();
  const sessions = profile.full ? 1000 : 80;
  const base = {
    sessions,
    concurrency: 16,
    debitsPerSession: 3,
    faultAt: Math.floor(sessions / 3),
    timeoutMs: 1000,
  };
  try {
    const nats = await runSessions(lattice, {
      ...base,
      prefix: "nats",
      fault: () => lattice.nats.restart(500),
    });
    chargingChecks(report, audit, "NATS restarted during charging sessions", nats, true);
    const redis = await runSessions(lattice, {
      ...base,
      prefix: "redis",
      fault: async () => {
        await lattice.redis.kill();
        await sleep(1500);
        await lattice.redis.start();
      },
    });
    chargingChecks(
      report,
      audit,
      "Redis SIGKILLed and restarted during charging sessions",
      redis,
      false,
    );
    const killed = await runSessions(lattice, {
      ...base,
      prefix: "kill",
      fault: async () => void lattice.instances[0]!.kill("SIGKILL"),
    });
    chargingChecks(
      report,
      audit,
      "one of two ABMF instances SIGKILLed during charging sessions",
      killed,
      true,
    );
  } finally {
    // Instance 0 was killed: start a fresh one so that later sections find two again.
    await lattice.startInstance();
  }
}

export async function faults(report: Report, profile: Profile, audit: LeakAudit): Promise<void> {
  await tmf638RedisRestart(report, profile, audit);
  await chargingFaults(report, profile, audit);
  // `npm test` runs these in CI already; the full profile adds them to this report.
  if (profile.full) {
    await runJest(report, [
      "packages/components/test/abmf/abmf-redis-restart.test.ts",
      "packages/components/test/abmf/abmf-nats-restart.test.ts",
      "packages/runtime/test/nats-restart.test.ts",
    ]);
  }
}
