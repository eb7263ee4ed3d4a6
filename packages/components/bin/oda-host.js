#!/usr/bin/env node
// TypeScript run through tsx's require hook, as the oda-codegen CLI does: no build step.
require("tsx/cjs");
require("../src/host/cli.ts")
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
