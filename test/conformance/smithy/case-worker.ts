/**
 * Runs the cases of one suite in a worker thread, from a given index, posting one result per
 * case. The runner's watchdog terminates the worker when a case overruns its time limit.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runCase, SUITES } from "./suites";

const { suite, corpus, from } = workerData as { suite: string; corpus: string; from: number };
const cases = SUITES[suite]!(corpus);
parentPort!.postMessage({ kind: "count", count: cases.length });
for (let i = from; i < cases.length; i++) {
  parentPort!.postMessage({ kind: "start", index: i, name: cases[i]!.name });
  parentPort!.postMessage({ kind: "result", index: i, result: runCase(cases[i]!.name, cases[i]!.run) });
}
parentPort!.postMessage({ kind: "done" });
