/**
 * Code generation time: synthetic services of 1k, 5k and 10k shapes through the whole pipeline
 * (view model, templates, prettier, ts-morph type check). One run each; writes the `codegen`
 * section of bench/RESULTS.md.  Run: npx tsx bench/codegen.bench.ts [sizes…]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateCode } from "@oda-codegen/codegen";
import { assembleModel } from "@oda-codegen/smithy";
import { syntheticModel } from "../packages/codegen/test/support/synthetic-model";
import { ticketsModel } from "../packages/codegen/test/support/tickets-model";
import { writeResultsSection } from "./support/results";

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timed(model: Parameters<typeof generateCode>[0], cacheDir: string): Promise<{ wall: number; cpu: number; chars: number; lines: number }> {
  const cpu = cpuMs();
  const start = performance.now();
  const files = await generateCode(model, { cacheDir });
  return {
    wall: performance.now() - start,
    cpu: cpuMs() - cpu,
    chars: files.reduce((n, f) => n + f.content.length, 0),
    lines: files.reduce((n, f) => n + f.content.split("\n").length - 1, 0),
  };
}

/** A cold run (empty cache), then a warm one (same model, cache filled by the cold run). */
async function measure(label: string, shapes: number, model: Parameters<typeof generateCode>[0]): Promise<string> {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-codegen-bench-"));
  try {
    const cold = await timed(model, cacheDir);
    const warm = await timed(model, cacheDir);
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const row = `| ${label} | ${shapes.toLocaleString("en")} | ${cold.lines.toLocaleString("en")} | ${(cold.chars / 1e6).toFixed(2)} | ${s(cold.wall)} | ${s(cold.cpu)} | ${s(warm.wall)} |`;
    console.log(row);
    return row;
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows = [await measure("tickets fixture (every feature)", ticketsModel().shapes.size, ticketsModel())];
  const shipped = assembleModel({ paths: [path.join(__dirname, "..", "models")] }).model;
  if (shipped) rows.push(await measure("shipped models (models/, every service)", shipped.shapes.size, shipped));
  for (const size of sizes.length > 0 ? sizes : [1000, 5000, 10000]) {
    const model = syntheticModel(size);
    rows.push(await measure(`synthetic ${size.toLocaleString("en")}`, model.shapes.size, model));
  }
  writeResultsSection(
    "codegen",
    "Code generation time",
    [
      "`generateCode` end to end: closure, view model, Handlebars, prettier (worker threads, `babel-ts`),",
      "ts-morph type check of the whole output under `strict` (in parallel with prettier). Synthetic",
      "services: packages/codegen/test/support/synthetic-model.ts (groups of 6 structures, an enum, a list,",
      "a map and a union per operation). Shapes counted in the model, prelude included. One run each;",
      `load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (other work shares the machine).`,
      "",
      "Cold: empty cache. Warm: the same model again, with the cache the cold run filled (prettier",
      "chunks and passed type checks, content-addressed in `node_modules/.cache/oda-codegen`).",
      "",
      "| model | shapes | output lines | output MB | cold wall s | cold CPU s (all threads) | warm wall s |",
      "|---|---:|---:|---:|---:|---:|---:|",
      ...rows,
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
