#!/usr/bin/env node
// The CLI is TypeScript run through tsx's require hook, so the repository needs no build step.
"use strict";

// The big plain-JavaScript dependencies load before tsx's hook, which would inspect every file
// of them (about doubling their load time). A hint only: whatever is missing here loads later.
for (const dependency of [
  "prettier/standalone",
  "prettier/plugins/babel",
  "prettier/plugins/estree",
  "handlebars",
  "commander",
]) {
  try {
    require(dependency);
  } catch {
    // loaded, or reported, by the module that needs it
  }
}
require("tsx/cjs");

// Generation type-checks its output on a worker thread: start it now, so that loading the
// compiler overlaps loading the CLI and the model (the worker dies with the process if unused).
const OTHER_COMMANDS = new Set(["check", "validate", "ast", "openapi", "diff", "init", "help"]);
const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
const help = process.argv.includes("--help") || process.argv.includes("-h");
if (!help && (command === undefined || !OTHER_COMMANDS.has(command))) {
  require("@oda-codegen/codegen/src/background-type-check").prepareTypeCheck({
    runtimeImport: "@oda-codegen/runtime",
  });
}

void require("../src/main.ts").main(process.argv);
