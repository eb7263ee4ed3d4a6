/**
 * Code generation time: synthetic services of 1k, 5k and 10k shapes through the whole pipeline
 * (view model, templates, Biome, TypeScript 7 type check). One run each; writes the `codegen`
 * section of bench/RESULTS.md, with the stages of the smaller models timed one by one.
 * Run: npx tsx bench/codegen.bench.ts [sizes…]
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateCode } from "@oda-codegen/codegen";
import { renderCode } from "../packages/codegen/src/generate";
import { formatFiles } from "../packages/codegen/src/format";
import { typeCheck } from "../packages/codegen/src/type-check";
import { assembleModel } from "@oda-codegen/smithy";
import { syntheticModel } from "../packages/codegen/test/support/synthetic-model";
import { ticketsModel } from "../packages/codegen/test/support/tickets-model";
import { cpuMsWithChildren } from "./support/cpu";
import { writeResultsSection } from "./support/results";

const cpuMs = cpuMsWithChildren;

async function timed(
  model: Parameters<typeof generateCode>[0],
  cacheDir: string,
): Promise<{ wall: number; cpu: number; chars: number; lines: number }> {
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
async function measure(
  label: string,
  shapes: number,
  model: Parameters<typeof generateCode>[0],
): Promise<string> {
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

/** Each stage alone (the formatter and the compiler in their processes): where the time goes. */
async function stages(label: string, model: Parameters<typeof generateCode>[0]): Promise<string> {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const time = async (run: () => unknown) => {
    const cpu = cpuMs();
    const start = performance.now();
    await run();
    return `${s(performance.now() - start)} / ${s(cpuMs() - cpu)}`;
  };
  let raw: ReturnType<typeof renderCode> = [];
  const render = await time(() => (raw = renderCode(model)));
  const check = await time(() => typeCheck(raw, { runtimeImport: "@oda-codegen/runtime" }));
  const format = await time(() => formatFiles(raw.map((f) => f.content)));
  const row = `| ${label} | ${render} | ${check} | ${format} |`;
  console.log(row);
  return row;
}

/** The same bench at the commit before the native tools (0d934f2), for comparison. */
const BEFORE = [
  "Before: the same bench at 0d934f2, run just before the table above on the same machine",
  "(2026-11-27T21:11Z, load average 0.7-3.0): prettier (`babel-ts`) on the main thread and a",
  "worker thread, TypeScript 5.9's checker on a worker thread after a warm-up that parsed its lib",
  "and @types/node while the model loaded:",
  "",
  "| model | shapes | output MB | cold wall s | cold CPU s | warm wall s |",
  "|---|---:|---:|---:|---:|---:|",
  "| tickets fixture | 45 | 0.04 | 1.6 | 2.7 | 0.0 |",
  "| shipped models | 990 | 4.16 | 5.2 | 9.7 | 0.2 |",
  "| synthetic 1,000 | 1,115 | 1.28 | 5.3 | 10.1 | 0.1 |",
  "| synthetic 5,000 | 5,515 | 6.45 | 13.7 | 26.4 | 0.4 |",
  "| synthetic 10,000 | 11,015 | 12.91 | 22.3 | 42.9 | 0.9 |",
  "",
  "with these stages for the shipped models: render 0.09 / 0.15, check 2.70 / 4.48 (after the",
  "warm-up), format 1.74 / 3.28.",
];

type ModelName = "tickets" | "shipped" | number;

function loadModel(
  name: ModelName,
): { label: string; model: Parameters<typeof generateCode>[0] } | undefined {
  if (name === "tickets")
    return { label: "tickets fixture (every feature)", model: ticketsModel() };
  if (name === "shipped") {
    const model = assembleModel({ paths: [path.join(__dirname, "..", "models")] }).model;
    return model && { label: "shipped models (models/, every service)", model };
  }
  return { label: `synthetic ${name.toLocaleString("en")}`, model: syntheticModel(name) };
}

/** One model in a fresh process, as a CLI run is: nothing parsed or compiled beforehand. */
function inChild(name: ModelName, stagesToo: boolean): { row?: string; stageRow?: string } {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, __filename, "--one", String(name), stagesToo ? "--stages" : ""],
    {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    },
  );
  process.stderr.write(child.stderr);
  const line = child.stdout.split("\n").find((l) => l.startsWith("{"));
  return line ? (JSON.parse(line) as { row?: string; stageRow?: string }) : {};
}

async function one(name: ModelName, stagesToo: boolean): Promise<void> {
  const loaded = loadModel(name);
  if (!loaded) return;
  const row = await measure(loaded.label, loaded.model.shapes.size, loaded.model);
  const stageRow = stagesToo ? await stages(loaded.label, loaded.model) : undefined;
  console.log(JSON.stringify({ row, stageRow }));
}

async function main(): Promise<void> {
  const oneAt = process.argv.indexOf("--one");
  if (oneAt >= 0) {
    const arg = process.argv[oneAt + 1]!;
    return one(
      arg === "tickets" || arg === "shipped" ? arg : Number(arg),
      process.argv.includes("--stages"),
    );
  }
  const loadBefore = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const rows: string[] = [];
  const stageRows: string[] = [];
  for (const name of [
    "tickets",
    "shipped",
    ...(sizes.length > 0 ? sizes : [1000, 5000, 10000]),
  ] as ModelName[]) {
    const result = inChild(name, typeof name !== "number" || name <= 1000);
    if (result.row) rows.push(result.row);
    if (result.stageRow) stageRows.push(result.stageRow);
  }
  writeResultsSection(
    "codegen",
    "Code generation time",
    [
      "`generateCode` end to end: closure, view model, Handlebars, then Biome's native formatter",
      "(`biome format` on a scratch folder, prettier's style: format-prettier-parity.test.ts) in",
      "parallel with TypeScript 7's native compiler over the unformatted output (`strict`, the runtime",
      "import resolved to the runtime's sources), each in a process of its own. Synthetic services:",
      "packages/codegen/test/support/synthetic-model.ts (groups of 6 structures, an enum, a list, a map",
      "and a union per operation). Shapes counted in the model, prelude included. One run each; load",
      `average ${loadBefore} at the start, ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")} at the end (other work shares the 2 cores).`,
      "",
      "Cold: empty cache. Warm: the same model again, with the cache the cold run filled (passed",
      "type checks, content-addressed in `node_modules/.cache/oda-codegen`). CPU counts this",
      "process's threads and the formatter's and compiler's processes.",
      "",
      "| model | shapes | output lines | output MB | cold wall s | cold CPU s (with children) | warm wall s |",
      "|---|---:|---:|---:|---:|---:|---:|",
      ...rows,
      "",
      "Each model in a fresh process. Then, in the same process, each stage alone (wall s / CPU s,",
      "children included; render = view model and templates, check = the compiler's run, format =",
      "Biome's run):",
      "",
      "| model | render | check | format |",
      "|---|---:|---:|---:|",
      ...stageRows,
      "",
      ...BEFORE,
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
