/**
 * `npx oda-codegen` as a user runs it, on a copy of the shipped models in a scratch project: each
 * run a fresh process (tsx start-up, model loading, generation, writing), timed from outside.
 * Scenarios of the edit loop, in the order a developer meets them, repeated in rounds:
 *   cold         — nothing cached, no output yet (a fresh clone before its first generation)
 *   no change    — the same models again
 *   edit one     — one documentation line of TMF638's `Service` changed (two services change)
 *   edit shared  — one line of the TMF `Error` shape changed (every TMF service changes)
 *   check, cold  — `oda-codegen check` with the output present and nothing cached (a CI step)
 *   watch: edit one / edit shared — the same edits under `--watch`, as its summary line reports
 *                  them (model loader and templates already warm)
 * Writes the `codegen-cli` section of bench/RESULTS.md. Run: npx tsx bench/codegen-cli.bench.ts [rounds]
 * With BENCH_COMPARE=<another checkout, installed>, its CLI runs the same rounds, interleaved.
 */
import { spawn, spawnSync } from "node:child_process";
import * as readline from "node:readline";
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
function run(cli: string, dir: string, args: readonly string[]): Timing {
  const child = spawnSync("/usr/bin/time", ["-f", "%e %U %S", process.execPath, cli, ...args], {
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

/**
 * `--watch` in `dir`: after its first generation, each edit in turn, and the time the summary
 * line of the regeneration that follows reports (generation in the running process).
 */
async function watchTimes(
  cli: string,
  dir: string,
  args: readonly string[],
  edits: (() => void)[],
): Promise<number[]> {
  const child = spawn(process.execPath, [cli, "--watch", ...args], {
    cwd: dir,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const nextLine = async (pattern: RegExp): Promise<RegExpExecArray> => {
    for (;;) {
      const { value, done } = await lines.next();
      if (done) throw new Error("oda-codegen --watch stopped");
      const match = pattern.exec(value as string);
      if (match) return match;
    }
  };
  try {
    await nextLine(/^watching/);
    const times: number[] = [];
    for (const edit of edits) {
      edit();
      times.push(Number((await nextLine(/\(\d+ files, (\d+) ms\)/))[1]) / 1000);
    }
    return times;
  } finally {
    child.kill("SIGINT");
  }
}

async function round(cli: string, index: number): Promise<Record<string, Timing>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-codegen-cli-bench-"));
  try {
    fs.cpSync(path.join(REPO, "models"), path.join(dir, "models"), { recursive: true });
    const generate = ["--model", "models", "--out", "generated"];
    const cache = path.join(dir, "node_modules", ".cache");
    const times: Record<string, Timing> = {};
    times["cold"] = run(cli, dir, generate);
    times["no change"] = run(cli, dir, generate);
    const editOne = (label: string) => () =>
      editLine(
        path.join(dir, "models", "tmf638", "service-entity.smithy"),
        "/// Unique identifier of the service",
        `    /// Unique identifier of the service (${label} ${index})`,
      );
    const editShared = (label: string) => () =>
      editLine(
        path.join(dir, "models", "oda", "tmf.smithy"),
        "/// HTTP Error code extension",
        `    /// HTTP Error code extension (${label} ${index}).`,
      );
    editOne("edited in round")();
    times["edit one"] = run(cli, dir, generate);
    editShared("edited in round")();
    times["edit shared"] = run(cli, dir, generate);
    const [watchOne, watchShared] = await watchTimes(cli, dir, generate, [
      editOne("watch edit in round"),
      editShared("watch edit in round"),
    ]);
    // The summary line gives the regeneration's wall time only.
    times["watch: edit one"] = { wall: watchOne!, cpu: NaN };
    times["watch: edit shared"] = { wall: watchShared!, cpu: NaN };
    fs.rmSync(cache, { recursive: true, force: true });
    times["check, cold"] = run(cli, dir, ["check", ...generate]);
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

async function main(): Promise<void> {
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ");
  const loadBefore = load();
  const compare = process.env.BENCH_COMPARE;
  const variants = [
    { label: "this checkout", cli: CLI },
    ...(compare
      ? [
          {
            label: `${spawnSync("git", ["-C", compare, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim()}`,
            cli: path.join(compare, "packages", "cli", "bin", "oda-codegen.js"),
          },
        ]
      : []),
  ];
  const rounds = variants.map(() => [] as Record<string, Timing>[]);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [v, variant] of variants.entries()) {
      rounds[v]!.push(await round(variant.cli, i));
      console.log(variant.label, JSON.stringify(rounds[v]![i]));
    }
  }
  const f = (s: number) => (Number.isNaN(s) ? "–" : s.toFixed(2));
  const walls = (v: number, scenario: string) => rounds[v]!.map((r) => r[scenario]!.wall);
  const cpus = (v: number, scenario: string) => rounds[v]!.map((r) => r[scenario]!.cpu);
  const rows = Object.keys(rounds[0]![0]!).map((scenario) =>
    compare
      ? `| ${scenario} | ${f(median(walls(0, scenario)))} | ${f(median(walls(1, scenario)))} | ${f(median(cpus(0, scenario)))} | ${f(median(cpus(1, scenario)))} |`
      : `| ${scenario} | ${f(median(walls(0, scenario)))} | ${f(Math.min(...walls(0, scenario)))} | ${f(median(cpus(0, scenario)))} | ${walls(0, scenario).map(f).join(", ")} |`,
  );
  const header = compare
    ? [
        `| scenario | median wall s | median wall s, ${variants[1]!.label} | median CPU s | median CPU s, ${variants[1]!.label} |`,
        "|---|---:|---:|---:|---:|",
      ]
    : [
        "| scenario | median wall s | min wall s | median CPU s (with children) | wall s per round |",
        "|---|---:|---:|---:|---|",
      ];
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
      "Watch: the two edits again under `oda-codegen --watch`, as the summary line of each",
      "regeneration reports it (in the running process: model loader and templates warm).",
      `${ROUNDS} rounds${compare ? `, each run by this checkout and then by ${variants[1]!.label}` : ""}; load average ${loadBefore} before, ${load()} after.`,
      "CPU is user + system time of all threads and of the Biome and TypeScript processes each run",
      "starts; the watch rows report wall time only.",
      "",
      ...header,
      ...rows,
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
