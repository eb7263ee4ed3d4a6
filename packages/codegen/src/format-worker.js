// Worker thread for formatFiles (format.ts): formats generated TypeScript jobs, claiming them one by
// one from a counter shared with the other threads (the main thread joins in once it is free).
// Plain JavaScript so that it loads without a TypeScript loader in any host (tsx, ts-jest, node).
"use strict";
const { parentPort } = require("node:worker_threads");
const prettier = require("prettier/standalone");
const plugins = [require("prettier/plugins/estree"), require("prettier/plugins/babel")];

parentPort.once("message", async ({ jobs, next, options }) => {
  const counter = new Int32Array(next);
  const results = [];
  try {
    for (let i = Atomics.add(counter, 0, 1); i < jobs.length; i = Atomics.add(counter, 0, 1)) {
      results.push({ index: i, text: await prettier.format(jobs[i], { ...options, plugins }) });
    }
    parentPort.postMessage({ results });
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
});
