/**
 * `npx oda-codegen` as a user runs it, on a copy of the shipped models in a scratch project: each
 * run a fresh process (tsx start-up, model loading, generation, writing), timed from outside.
 * Scenarios of the edit loop, in the order a developer meets them, repeated in rounds:
 *   cold         — nothing cached, no output yet (a fresh clone before its first generation)
 *   no change    — the same models again
 *   edit one     — one documentation line of TMF638's `Service` changed (two services change)
 *   edit shared  — one line of the TMF `Error` shape changed (every TMF service changes)
 *   check, cold  — `oda-codegen check` with the output present and nothing cached (a CI step)
 * Writes the `codegen-cli` section of bench/RESULTS.md. Run: npx tsx bench/codegen-cli.bench.ts [rounds]
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeResultsSection } from "./support/results";

const REPO = path.resolve(__dirname, "..");
const CLI = path.join(REPO, "packages", "cli", "bin", "oda-codegen.js");
const ROUNDS = Number(process.argv[2] ?? 3);

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

/** One CLI run in `dir` under GNU time: wall and user + system CPU seconds of the whole process. */
function run(dir: string, args: readonly string[]): Timing {
  const child = spawnSync("/usr/bin/time", ["-f", "%e %U %S", process.execPath, CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`oda-codegen ${args.join(" ")} failed:\n${child.stderr}`);
  const [wall, user, system] = child.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { wall: wall!, cpu: user! + system! };
}

/** Replaces the first line of `file` that contains `marker` with `replacement`. */
function editLine(file: string, marker: string, replacement: string): void {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const at = lines.findIndex((line) => line.includes(marker));
  if (at < 0) throw new Error(`${marker} not found in ${file}`);
  lines[at] = replacement;
  fs.writeFileSync(file, lines.join("\n"));
}

function round(index: number): Record<string, Timing> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-codegen-cli-bench-"));
  try {
    fs.cpSync(path.join(REPO, "models"), path.join(dir, "models"), { recursive: true });
    const generate = ["--model", "models", "--out", "generated"];
    const cache = path.join(dir, "node_modules", ".cache");
    const times: Record<string, Timing> = {};
    times["cold"] = run(dir, generate);
    times["no change"] = run(dir, generate);
    editLine(
      path.join(dir, "models", "tmf638", "service-entity.smithy"),
      "/// Unique identifier of the service",
      `    /// Unique identifier of the service (edited in round ${index})`,
    );
    times["edit one"] = run(dir, generate);
    editLine(
      path.join(dir, "models", "oda", "tmf.smithy"),
      "/// HTTP Error code extension.",
      `    /// HTTP Error code extension (edited in round ${index}).`,
    );
    times["edit shared"] = run(dir, generate);
    fs.rmSync(cache, { recursive: true, force: true });
    times["check, cold"] = run(dir, ["check", ...generate]);
    return times;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function main(): void {
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ");
  const loadBefore = load();
  const rounds: Record<string, Timing>[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    rounds.push(round(i));
    console.log(JSON.stringify(rounds[i]));
  }
  const rows = Object.keys(rounds[0]!).map((scenario) => {
    const walls = rounds.map((r) => r[scenario]!.wall);
    const cpus = rounds.map((r) => r[scenario]!.cpu);
    const f = (s: number) => s.toFixed(2);
    return `| ${scenario} | ${f(median(walls))} | ${f(Math.min(...walls))} | ${f(median(cpus))} | ${walls.map(f).join(", ")} |`;
  });
  writeResultsSection(
    "codegen-cli",
    "`npx oda-codegen` on the shipped models: the edit loop",
    [
      "Each run is a fresh `node packages/cli/bin/oda-codegen.js --model models --out generated`",
      "process in a scratch copy of `models/` (tsx start-up, model loading and validation, generation,",
      "writing), timed by GNU time. Cold: no cache and no output. No change: the same models again.",
      "Edit one: one doc line of TMF638 `Service` changed (ServiceInventory and its listener change).",
      "Edit shared: one doc line of the TMF `Error` shape changed (every TMF service changes).",
      "Check, cold: `oda-codegen check` with the output present and the cache removed (a CI step).",
      `${ROUNDS} rounds; load average ${loadBefore} before, ${load()} after.`,
      "",
      "| scenario | median wall s | min wall s | median CPU s (all threads) | wall s per round |",
      "|---|---:|---:|---:|---|",
      ...rows,
    ].join("\n"),
  );
}

main();
