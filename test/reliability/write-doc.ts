/**
 * docs/RELIABILITY.md from a run: machine, date, every check, figures and tables. The full and
 * the short profile each own one block of the file (between markers), so a CI-sized run does not
 * erase the full figures, and the other block is kept as it was.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import type { Profile, Report } from "./harness";

const HEADER = [
  "# Reliability and security — measured",
  "",
  "Written by `npm run reliability` (test/reliability/run.ts); do not edit by hand. The short profile",
  "(default, CI) scales the inputs down; `npm run reliability -- --full` runs the figures of issue 7.",
  "Each profile below is the output of its last run on the machine it names.",
  "",
  "What runs: (1) fast-check fuzzing of the Smithy IDL parser and JSON AST loader (mutations of the",
  "shared Smithy corpus, token soup, deep nesting) and of the native decoders, in a child process",
  "under a silence watchdog; model-driven requests (valid, missing-required, wrong-type, bad-enum,",
  "arbitrary) against the generated TMF638 REST handler on the real Service Inventory; (2) a bad-input",
  "catalogue over raw TCP against the host's REST front end, counting stored services before and",
  "after; (3) `@pattern` on RE2 against a catastrophic pattern, and a lint of the models' patterns;",
  "(4) Redis SIGKILLed under TMF638 load (through the real host), NATS restarted, Redis restarted and",
  "one of two ABMF instances SIGKILLed during charging sessions (reserve, debits with idempotency",
  "keys, release; the balance must equal initial − Σ acknowledged debits); (5) autocannon load and",
  "charging sessions with memory after GC; (6) `rest.auth` from the manifest and the NATS permission",
  "proof; (7) every error body seen above checked for stack traces, paths and internal messages.",
  "",
];

function block(report: Report, profile: Profile, seconds: number): string[] {
  const cpus = os.cpus();
  const lines: string[] = [
    `## ${profile.full ? "Full profile" : "Short profile (CI)"}`,
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, Node ${process.version} (shared with other jobs: timings are indicative)`,
    `- Duration: ${seconds.toFixed(1)} s`,
    `- Result: **${report.passed} passed, ${report.failed} failed**`,
    "",
    "### Figures",
    "",
    "| Section | Figure | Value |",
    "| --- | --- | --- |",
    ...report.figures.map((f) => `| ${f.section} | ${f.name} | ${f.value.replace(/\|/g, "\\|")} |`),
    "",
  ];
  for (const table of report.tables) {
    lines.push(
      `### ${table.title}`,
      "",
      `| ${table.header.join(" | ")} |`,
      `| ${table.header.map(() => "---").join(" | ")} |`,
    );
    for (const row of table.rows)
      lines.push(
        `| ${row.map((c) => String(c).replace(/\|/g, "\\|").replace(/\n/g, " ")).join(" | ")} |`,
      );
    lines.push("");
  }
  lines.push("### Checks");
  let section = "";
  for (const r of report.results) {
    if (r.section !== section) {
      section = r.section;
      lines.push("", `#### ${section}`, "");
    }
    const detail = r.detail.split("\n")[0]!.replace(/\|/g, "\\|");
    lines.push(`- ${r.ok ? "✓" : "✗ **FAILED**"} ${r.name}${detail ? ` — ${detail}` : ""}`);
  }
  lines.push("");
  return lines;
}

export function writeReliabilityDoc(
  file: string,
  report: Report,
  profile: Profile,
  seconds: number,
): void {
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const kept = (name: string) => {
    const match = new RegExp(
      `<!-- profile:${name} -->\\n[\\s\\S]*?<!-- /profile:${name} -->\\n`,
    ).exec(previous);
    return match ? match[0] : "";
  };
  const mine = profile.full ? "full" : "short";
  const fresh = `<!-- profile:${mine} -->\n${block(report, profile, seconds).join("\n")}\n<!-- /profile:${mine} -->\n`;
  const full = profile.full ? fresh : kept("full");
  const short = profile.full ? kept("short") : fresh;
  fs.writeFileSync(file, [...HEADER, full, short].join("\n"));
}
