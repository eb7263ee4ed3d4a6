/**
 * `npm run conformance:smithy`: runs the Smithy front end over the reference corpus
 * (../shared/reference/smithy-idl-corpus) and checks the acceptance thresholds. Prints counts per
 * folder, the failures, and ends with `N passed, M failed` over the acceptance folders.
 * Cases run in a worker thread; a case that overruns its time limit is recorded as a failure and
 * the worker restarts after it, so no case can hang or crash the runner.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { SUITES, TIME_LIMIT_MS, type CaseResult } from "./suites";

const corpus = process.env.SMITHY_CORPUS ?? path.resolve(__dirname, "../../../../shared/reference/smithy-idl-corpus");
if (!fs.existsSync(corpus)) {
  console.error(`Reference corpus not found: ${corpus}`);
  process.exit(2);
}

/** Minimum share of passing cases, and whether the suite counts in `N passed, M failed`. */
const ACCEPTANCE: Record<string, { threshold: number; inTotal: boolean }> = {
  "loader/valid": { threshold: 0.95, inTotal: true },
  "loader/invalid": { threshold: 0.95, inTotal: true },
  "loader/forwardrefs": { threshold: 1, inTotal: true },
  "errorfiles/loader": { threshold: 0.85, inTotal: true },
  "round trip (loader/valid)": { threshold: 1, inTotal: false },
  "errorfiles/validators": { threshold: 0, inTotal: false },
};
/** Extra time for a case beyond the limit before the watchdog steps in (worker start, GC). */
const WATCHDOG_MS = TIME_LIMIT_MS + 3000;

/** Runs one suite in workers, restarting after any case that hangs or kills its worker. */
function runSuite(suite: string): Promise<CaseResult[]> {
  return new Promise((resolve) => {
    const results: CaseResult[] = [];
    const start = (from: number) => {
      // The worker registers tsx itself: workers do not inherit the TypeScript loader.
      const script = `require("tsx/cjs"); require(${JSON.stringify(path.join(__dirname, "case-worker.ts"))});`;
      const worker = new Worker(script, { eval: true, workerData: { suite, corpus, from } });
      let current = from;
      let currentName = `case #${from}`;
      let started = false;
      let finished = false;
      let lastStart = Date.now();
      const timer = setInterval(() => {
        // Loading TypeScript in a fresh worker takes a while: the limit applies once cases run.
        if (Date.now() - lastStart <= (started ? WATCHDOG_MS : 60_000)) return;
        results.push({ name: currentName, ok: false, reason: `no result after ${WATCHDOG_MS} ms`, millis: WATCHDOG_MS });
        stop();
        void worker.terminate();
        if (started) start(current + 1);
        else resolve(results);
      }, 250);
      const stop = () => {
        finished = true;
        clearInterval(timer);
      };
      worker.on("message", (m: { kind: string; index?: number; name?: string; result?: CaseResult; count?: number }) => {
        if (m.kind === "start") {
          current = m.index!;
          currentName = m.name!;
          lastStart = Date.now();
        } else if (m.kind === "result") {
          results.push(m.result!);
        } else if (m.kind === "count") {
          started = true;
          lastStart = Date.now();
          if (from >= m.count!) {
            stop();
            void worker.terminate();
            resolve(results);
          }
        } else if (m.kind === "done") {
          stop();
          void worker.terminate();
          resolve(results);
        }
      });
      worker.on("error", (e) => {
        if (finished) return;
        stop();
        results.push({ name: currentName, ok: false, reason: `worker failed: ${e.message}`, millis: 0 });
        // A worker that fails before its first case would fail again: give up on the suite.
        if (started) start(current + 1);
        else resolve(results);
      });
    };
    start(0);
  });
}

async function main(): Promise<void> {
  const only = process.argv[2];
  let belowThreshold = false;
  const counted: CaseResult[] = [];
  for (const suite of Object.keys(SUITES)) {
    if (only && !suite.includes(only)) continue;
    const { threshold, inTotal } = ACCEPTANCE[suite]!;
    const results = await runSuite(suite);
    if (inTotal) counted.push(...results);
    const passed = results.filter((r) => r.ok).length;
    const share = results.length ? passed / results.length : 1;
    const slowest = Math.max(0, ...results.map((r) => r.millis));
    let line = `${suite}: ${passed}/${results.length} passed (${(share * 100).toFixed(1)}%), slowest ${slowest.toFixed(0)} ms`;
    if (suite === "loader/invalid") {
      const located = results.filter((r) => r.exactLocation !== undefined);
      const exact = located.filter((r) => r.ok && r.exactLocation).length;
      const sameMessage = results.filter((r) => r.ok && !r.reason).length;
      line += `; exact line:column ${exact}/${located.length} (${((exact / Math.max(1, located.length)) * 100).toFixed(1)}%)`;
      line += `; same message ${sameMessage}/${results.length}`;
      if (exact / Math.max(1, located.length) < 0.85) belowThreshold = true;
    }
    if (threshold > 0 && share < threshold) belowThreshold = true;
    console.log(line);
    for (const r of results) {
      if (!r.ok) console.log(`  FAIL ${r.name}: ${r.reason ?? ""}`);
      else if (r.exactLocation === false) console.log(`  WRONG LOCATION ${r.name}: ${r.reason ?? ""}`);
      else if (r.reason && process.env.VERBOSE) console.log(`  message ${r.name}: ${r.reason}`);
    }
  }
  const passed = counted.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${counted.length - passed} failed`);
  process.exit(belowThreshold ? 1 : 0);
}

void main();
