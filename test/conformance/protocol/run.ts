/**
 * `npm run conformance:protocol`: Smithy's restJson1 protocol tests against the REST front end.
 * Server side: request, response and (expanded) malformed-request cases through the handler;
 * client side: response and request cases through the client codec. Prints counts per kind,
 * the skipped cases with a reason, the failures (`--verbose` for all of them), and ends with
 * `N passed, M failed`. Exits 1 when a threshold of the issue is missed.
 */
import * as path from "node:path";
import { REFERENCE_DIR } from "../../support/reference";
import { runClientRequest, runClientResponse } from "./client-cases";
import { loadSuite, type ProtocolCase } from "./load";
import { runMalformed, runServerRequest, runServerResponse, type CaseResult } from "./server-cases";
import { skipReason } from "./skips";

const REFERENCE = path.join(REFERENCE_DIR, "smithy-protocol-tests");

export type Kind = "server request" | "server response" | "server malformed" | "client response" | "client request";
export const THRESHOLDS: Partial<Record<Kind, number>> = {
  "server request": 0.9,
  "server response": 0.9,
  "server malformed": 0.85,
  "client response": 0.9,
};

export interface Outcome {
  kind: Kind;
  c: ProtocolCase;
  result: CaseResult | { outcome: "skip"; detail: string };
}

export async function runProtocolTests(referenceDir = REFERENCE): Promise<{ outcomes: Outcome[]; loadErrors: string[] }> {
  const suite = loadSuite(referenceDir);
  const outcomes: Outcome[] = [];
  const run = async (kind: Kind, c: ProtocolCase, fn: () => CaseResult | Promise<CaseResult>) => {
    const reason = skipReason(suite.model, kind, c);
    if (reason) {
      outcomes.push({ kind, c, result: { outcome: "skip", detail: reason } });
      return;
    }
    try {
      outcomes.push({ kind, c, result: await fn() });
    } catch (error) {
      outcomes.push({ kind, c, result: { outcome: "fail", detail: `runner threw ${(error as Error).stack}` } });
    }
  };
  for (const c of suite.cases) {
    const server = c.appliesTo !== "client";
    const client = c.appliesTo !== "server";
    if (c.kind === "request") {
      if (server) await run("server request", c, () => runServerRequest(c));
      if (client) await run("client request", c, () => runClientRequest(c));
    } else if (c.kind === "response") {
      if (server) await run("server response", c, () => runServerResponse(c));
      if (client) await run("client response", c, () => runClientResponse(c));
    } else {
      await run("server malformed", c, () => runMalformed(c));
    }
  }
  return { outcomes, loadErrors: suite.errors };
}

function report(outcomes: Outcome[], loadErrors: string[], verbose: boolean): boolean {
  const kinds: Kind[] = ["server request", "server response", "server malformed", "client response", "client request"];
  let ok = true;
  for (const e of loadErrors) console.log(`load error: ${e}`);
  const skipped = outcomes.filter((o) => o.result.outcome === "skip");
  if (skipped.length > 0) {
    console.log(`Skipped (${skipped.length}):`);
    for (const o of skipped) console.log(`  [${o.kind}] ${o.c.id}: ${o.result.detail}`);
  }
  const failed = outcomes.filter((o) => o.result.outcome === "fail");
  if (failed.length > 0) {
    console.log(`Failed (${failed.length}):`);
    for (const o of verbose ? failed : failed.slice(0, 60)) console.log(`  [${o.kind}] ${o.c.id}: ${o.result.detail}`);
    if (!verbose && failed.length > 60) console.log(`  ... ${failed.length - 60} more (--verbose)`);
  }
  console.log("");
  for (const kind of kinds) {
    const of = outcomes.filter((o) => o.kind === kind);
    const pass = of.filter((o) => o.result.outcome === "pass").length;
    const fail = of.filter((o) => o.result.outcome === "fail").length;
    const skip = of.length - pass - fail;
    const rate = of.length === 0 ? 1 : pass / of.length;
    const threshold = THRESHOLDS[kind];
    const verdict = threshold === undefined ? "" : rate >= threshold ? ` (>= ${threshold * 100} %: ok)` : ` (< ${threshold * 100} %: MISSED)`;
    if (threshold !== undefined && rate < threshold) ok = false;
    console.log(`${kind.padEnd(17)} ${String(pass).padStart(4)} passed ${String(fail).padStart(4)} failed ${String(skip).padStart(4)} skipped  ${(rate * 100).toFixed(1)} %${verdict}`);
  }
  const pass = outcomes.filter((o) => o.result.outcome === "pass").length;
  console.log(`${pass} passed, ${failed.length} failed`);
  return ok && loadErrors.length === 0;
}

if (require.main === module) {
  const verbose = process.argv.includes("--verbose");
  runProtocolTests().then(
    ({ outcomes, loadErrors }) => {
      process.exitCode = report(outcomes, loadErrors, verbose) ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
