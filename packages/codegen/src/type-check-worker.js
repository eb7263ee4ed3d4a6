// Worker thread of background-type-check.ts: loads the TypeScript compiler
// and runs typeCheck off the main thread, which meanwhile loads the model, renders and formats.
// Plain JavaScript that registers tsx itself: worker threads do not inherit the parent's loader.
"use strict";
const { parentPort } = require("node:worker_threads");
// The compiler first: tsx's hook would inspect all 9 MB of it (a quarter of a second more).
require("typescript");
require("tsx/cjs");
const { typeCheck, warmUpTypeCheck } = require("./type-check.ts");

parentPort.on("message", ({ id, kind, files, options }) => {
  try {
    if (kind === "warm-up") {
      warmUpTypeCheck(options);
      parentPort.postMessage({ id, diagnostics: [] });
    } else {
      parentPort.postMessage({ id, diagnostics: typeCheck(files, options) });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
