/**
 * Section 5: load. (a) Mixed TMF638 traffic (create, retrieve, list with paging, patch) from
 * autocannon against the Service Inventory behind the host's REST front end: zero errors and
 * non-2xx, p99 recorded, and heap/RSS after GC within 10 % of the warmed-up figure once the
 * services created by the run are deleted again (a leak shows, stored data does not).
 * (b) Charging sessions against an ABMF over NATS with no fault: zero errors, p99, balance.
 */
import autocannon from "autocannon";
import type { LeakAudit, Profile, Report } from "./harness";
import { MiB, memoryAfterGc, percentile } from "./harness";
import { memoryInventory } from "./inventory";
import { TMF638_BASE, startTmf638 } from "./tmf638-server";
import { balanceHolds, describeRun, runSessions, sharedLattice } from "./charging-sessions";

function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function tmf638Load(report: Report, profile: Profile): Promise<void> {
  const inventory = memoryInventory();
  const server = await startTmf638(inventory);
  const seedIds: string[] = [];
  for (let i = 0; i < 200; i++) {
    const res = await fetch(`${server.url}/service`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        state: "active",
        serviceSpecification: { id: "spec" },
        name: `seed-${i}`,
        category: i % 2 ? "CFS" : "RFS",
      }),
    });
    seedIds.push(((await res.json()) as { id: string }).id);
  }
  const seeded = new Set(seedIds);
  const pick = () => seedIds[Math.floor(Math.random() * seedIds.length)]!;
  const json = { "content-type": "application/json" };
  const requests: autocannon.Request[] = [
    {
      method: "POST",
      path: `${TMF638_BASE}/service`,
      headers: json,
      body: JSON.stringify({ state: "active", serviceSpecification: { id: "spec" }, name: "load" }),
    },
    {
      method: "GET",
      setupRequest: (req) => ({ ...req, path: `${TMF638_BASE}/service/${pick()}` }),
    },
    {
      method: "GET",
      path: `${TMF638_BASE}/service?category=CFS&limit=10&offset=5&fields=name,state`,
    },
    {
      method: "PATCH",
      headers: { "content-type": "application/merge-patch+json" },
      setupRequest: (req) => ({
        ...req,
        path: `${TMF638_BASE}/service/${pick()}`,
        body: JSON.stringify({ description: `d${Math.random()}` }),
      }),
    },
    {
      method: "GET",
      setupRequest: (req) => ({ ...req, path: `${TMF638_BASE}/service/${pick()}?fields=state` }),
    },
  ];
  const base = { url: `http://127.0.0.1:${server.port}`, connections: 64, requests };
  const cleanUp = async () => {
    for (const doc of (await inventory.services.list()).items)
      if (!seeded.has(doc.id)) await inventory.services.delete(doc.id);
  };
  // Warm-up: JIT, connection pools, caches; then the baseline.
  await cannon({ ...base, amount: profile.full ? 5000 : 600 });
  await cleanUp();
  const before = memoryAfterGc();
  const amount = profile.full ? 50_000 : 2_000;
  const result = await cannon({ ...base, amount });
  const stored = (await inventory.services.list()).total - seedIds.length;
  await cleanUp();
  const after = memoryAfterGc();
  await server.close();
  const errors = result.errors + result.timeouts + result.non2xx;
  report.figure(
    "TMF638 load: requests, connections",
    `${result.requests.total} at ${base.connections}`,
  );
  report.figure("TMF638 load: throughput (req/s)", result.requests.average.toFixed(0));
  report.figure(
    "TMF638 load: latency p50 / p99 / max (ms)",
    `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max}`,
  );
  report.figure(
    "TMF638 load: heap after GC before → after",
    `${MiB(before.heapUsed)} → ${MiB(after.heapUsed)}`,
  );
  report.figure("TMF638 load: RSS before → after", `${MiB(before.rss)} → ${MiB(after.rss)}`);
  report.check(
    `${amount} mixed TMF638 requests at concurrency 64: zero errors`,
    errors === 0 && result.requests.total >= amount && server.internalErrors.length === 0,
    `${result.requests.total} served (${stored} creates), errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; p99 ${result.latency.p99} ms`,
  );
  const heapGrowth = (after.heapUsed - before.heapUsed) / before.heapUsed;
  const rssGrowth = (after.rss - before.rss) / before.rss;
  report.check(
    "heap after GC within 10 % of before (created services deleted)",
    heapGrowth <= 0.1,
    `${(heapGrowth * 100).toFixed(1)} % (${MiB(before.heapUsed)} → ${MiB(after.heapUsed)})`,
  );
  report.check(
    "RSS within 10 % of before",
    rssGrowth <= 0.1,
    `${(rssGrowth * 100).toFixed(1)} % (${MiB(before.rss)} → ${MiB(after.rss)})`,
  );
}

async function chargingLoad(report: Report, profile: Profile, audit: LeakAudit): Promise<void> {
  const lattice = await sharedLattice();
  {
    const sessions = profile.full ? 5000 : 200;
    const run = await runSessions(lattice, {
      sessions,
      concurrency: 32,
      debitsPerSession: 3,
      prefix: "load",
      timeoutMs: 5000,
    });
    for (const message of run.messages) audit.inspect("charging load", 503, message);
    const errors = Object.values(run.typedErrors).reduce((a, b) => a + b, 0);
    report.figure(
      "charging load: sessions / debits / calls",
      `${run.sessions} / ${run.debits} / ${run.latencies.length}`,
    );
    report.figure(
      "charging load: call latency p50 / p99 (ms)",
      `${percentile(run.latencies, 50).toFixed(1)} / ${percentile(run.latencies, 99).toFixed(1)}`,
    );
    report.figure(
      "charging load: sessions per second",
      ((run.sessions * 1000) / run.ms).toFixed(0),
    );
    report.check(
      `${sessions} charging sessions (reserve, 3 debits, release) over NATS: zero errors`,
      errors === 0 && run.sessions === sessions,
      describeRun(run),
    );
    report.check(
      "charging load: balance invariant holds",
      balanceHolds(run),
      `available ${run.available} = expected ${run.expectedAvailable}, reserved ${run.reserved}`,
    );
  }
}

export async function load(report: Report, profile: Profile, audit: LeakAudit): Promise<void> {
  await tmf638Load(report, profile);
  await chargingLoad(report, profile, audit);
}
