#!/usr/bin/env node
// The CLI is TypeScript run through tsx's require hook, so the repository needs no build step.
"use strict";

// The big plain-JavaScript dependencies load before tsx's hook, which would inspect every file
// of them (about doubling their load time). A hint only: whatever is missing here loads later.
for (const dependency of ["handlebars", "commander"]) {
  try {
    require(dependency);
  } catch {
    // loaded, or reported, by the module that needs it
  }
}
require("tsx/cjs");

void require("../src/main.ts").main(process.argv);
