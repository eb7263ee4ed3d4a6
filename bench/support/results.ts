/**
 * Each benchmark owns one section of bench/RESULTS.md, replaced in place on every run and stamped
 * with the machine and the date, so results from different benchmarks live side by side.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const RESULTS = path.join(__dirname, "..", "RESULTS.md");
const HEADER = "# Benchmark results\n\nWritten by `npm run bench`; each section by its own benchmark.\n";

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

export function writeResultsSection(name: string, title: string, body: string): void {
  const existing = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, "utf8") : HEADER;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section =
    `${start}\n## ${title}\n\n` +
    `Measured ${new Date().toISOString()} on ${machineLine()}.\n\n${body.trim()}\n${end}`;
  const from = existing.indexOf(start);
  const to = existing.indexOf(end);
  const next =
    from >= 0 && to > from
      ? existing.slice(0, from) + section + existing.slice(to + end.length)
      : `${existing.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(RESULTS, next);
}

/** Percentile of an ascending-sorted array of numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
