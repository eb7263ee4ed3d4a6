#!/usr/bin/env node
// The CLI is TypeScript run through tsx's require hook, so the repository needs no build step.
require("tsx/cjs");
void require("../src/main.ts").main(process.argv);
