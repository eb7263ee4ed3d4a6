/** docs/RELIABILITY.md from one run: machine, date, profile, every check, figures and tables. */
import * as fs from "node:fs";
import * as os from "node:os";
import type { Profile, Report } from "./harness";

export function writeReliabilityDoc(
  file: string,
  report: Report,
  profile: Profile,
  seconds: number,
): void {
  const cpus = os.cpus();
  const lines: string[] = [
    "# Reliability and security — measured",
    "",
    "Written by `npm run reliability` (test/reliability/run.ts); do not edit by hand. The short profile",
    "(default, CI) scales the inputs down; `npm run reliability -- --full` runs the figures of issue 7.",
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
    `- Profile: ${profile.full ? "full" : "short"} — ${seconds.toFixed(1)} s`,
    `- Result: **${report.passed} passed, ${report.failed} failed**`,
    "",
    "## Figures",
    "",
    "| Section | Figure | Value |",
    "| --- | --- | --- |",
    ...report.figures.map((f) => `| ${f.section} | ${f.name} | ${f.value} |`),
    "",
  ];
  for (const table of report.tables) {
    lines.push(
      `## ${table.title}`,
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
  lines.push("## Checks", "");
  let section = "";
  for (const r of report.results) {
    if (r.section !== section) {
      section = r.section;
      lines.push("", `### ${section}`, "");
    }
    lines.push(
      `- ${r.ok ? "✓" : "✗ **FAILED**"} ${r.name}${r.detail ? ` — ${r.detail.split("\n")[0]}` : ""}`,
    );
  }
  lines.push("");
  fs.writeFileSync(file, lines.join("\n"));
}
