/**
 * Generated validators against ajv on the equivalent JSON Schema: same inputs, same semantics
 * (every error reported: ajv `allErrors`), ops/s and the ratio. One run; writes the `validators`
 * section of bench/RESULTS.md.  Run: npx tsx bench/validators.bench.ts
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv from "ajv";
import { generateCode, syncGeneratedFiles } from "@oda-codegen/codegen";
import type { ShapeCodec } from "@oda-codegen/runtime";
import { jsonSchemaOf } from "../packages/codegen/test/support/json-schema";
import { ORDERS_INPUT, ordersModel, sampleOrders } from "../packages/codegen/test/support/orders-model";
import { writeResultsSection } from "./support/results";

const SCRATCH = path.join(__dirname, "..", ".tmp-codegen-bench");
const RUN_MS = Number(process.env.BENCH_MS ?? 1000);
const ROUNDS = 3;

/** Operations per second of `fn` over about RUN_MS, after a warm-up. */
function opsPerSecond(fn: () => unknown): number {
  for (let i = 0; i < 20000; i++) fn();
  let ops = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(RUN_MS) * 1_000_000n;
  let now = start;
  while (now < until) {
    for (let i = 0; i < 1000; i++) fn();
    ops += 1000;
    now = process.hrtime.bigint();
  }
  return ops / (Number(now - start) / 1e9);
}

async function main(): Promise<void> {
  const model = ordersModel();
  const files = await generateCode(model);
  fs.rmSync(SCRATCH, { recursive: true, force: true });
  syncGeneratedFiles(SCRATCH, files, { dryRun: false });
  const generated = require(path.join(SCRATCH, "order-service", "index.ts")) as {
    placeOrderInputCodec: ShapeCodec<unknown>;
  };
  const codec = generated.placeOrderInputCodec;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const ajvValidate = ajv.compile(jsonSchemaOf(model, ORDERS_INPUT));

  const rows: string[] = [];
  for (const items of [1, 5, 50]) {
    const { valid, invalid } = sampleOrders(items);
    const invalidToo = items === 5; // the invalid order does not depend on `items`
    // Same verdicts first: a benchmark of validators that disagree would measure nothing.
    if (codec.validate(valid).length !== 0 || !ajvValidate(valid)) throw new Error("validators disagree on the valid input");
    const ours = codec.validate(invalid).length;
    ajvValidate(invalid);
    const theirs = ajvValidate.errors?.length ?? 0;
    if (ours === 0 || theirs === 0) throw new Error("validators disagree on the invalid input");
    const cases: [string, unknown][] = [[`valid, ${items} item${items > 1 ? "s" : ""}`, valid]];
    if (invalidToo) cases.push([`invalid (${ours} failures; ajv reports ${theirs})`, invalid]);
    for (const [label, input] of cases) {
      // Alternate the two, three rounds each, and keep each one's best: other work shares the machine.
      let generatedOps = 0;
      let ajvOps = 0;
      for (let round = 0; round < ROUNDS; round++) {
        generatedOps = Math.max(generatedOps, opsPerSecond(() => codec.validate(input)));
        ajvOps = Math.max(ajvOps, opsPerSecond(() => ajvValidate(input)));
      }
      rows.push(`| ${label} | ${Math.round(generatedOps).toLocaleString("en")} | ${Math.round(ajvOps).toLocaleString("en")} | ${(generatedOps / ajvOps).toFixed(2)} |`);
      console.log(rows[rows.length - 1]);
    }
  }
  fs.rmSync(SCRATCH, { recursive: true, force: true });
  writeResultsSection(
    "validators",
    "Generated validators vs ajv",
    [
      "`PlaceOrderInput` of the orders model (packages/codegen/test/support/orders-model.ts): nested",
      "structures, a list of 1-50 items, uniqueItems, a constrained-key map, a union, enums, patterns,",
      "lengths (code points) and ranges. ajv 8 (`allErrors: true`) runs the equivalent JSON Schema",
      `(json-schema.ts); both report every error. Best of ${ROUNDS} alternating runs of about ${RUN_MS} ms per cell, after`,
      "warm-up. Failure messages differ by design: ours name the offending value (zod-style), ajv's do not.",
      `Load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} at the end: other work shared the machine, so`,
      "single cells vary by ±30 % between runs; compare ratios, not absolute figures.",
      "",
      "| input | generated validate() ops/s | ajv ops/s | ratio (≥ 1: generated faster) |",
      "|---|---:|---:|---:|",
      ...rows,
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
