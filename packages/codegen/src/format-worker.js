// Worker thread for formatFiles (format.ts): formats a batch of generated TypeScript chunks.
// Plain JavaScript so that it loads without a TypeScript loader in any host (tsx, ts-jest, node).
"use strict";
const { parentPort } = require("node:worker_threads");
const prettier = require("prettier/standalone");
const plugins = [require("prettier/plugins/estree"), require("prettier/plugins/babel")];

parentPort.on("message", async ({ jobs, options }) => {
  const results = [];
  try {
    for (const job of jobs) results.push({ id: job.id, text: await prettier.format(job.source, { ...options, plugins }) });
    parentPort.postMessage({ results });
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
});
