/**
 * `npm run reliability [-- --full] [-- --only <section>]`: fuzzing, the bad-input catalogue,
 * pattern linearity, faults with real servers, load, capabilities and the leak audit, in one run.
 * The short profile (default, CI) scales inputs down; `--full` runs the figures. Ends
 * with `N passed, M failed`, writes docs/RELIABILITY.md, exits non-zero on any failure.
 */
import * as path from "node:path";
import { LeakAudit, Report, type Profile } from "./harness";
import { writeReliabilityDoc } from "./write-doc";
import { fuzzRest } from "./fuzz-rest";
import { fuzzInChild } from "./fuzz-watch";
import { badInputCatalogue } from "./catalogue";
import { patterns } from "./patterns";
import { faults } from "./faults";
import { load } from "./load";
import { capabilities } from "./capabilities";
import { closeSharedLattice } from "./charging-sessions";

const args = process.argv.slice(2);
const full = args.includes("--full");
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const profile: Profile = { full, scale: full ? 1 : 0.1 };

type Section = {
  key: string;
  title: string;
  run: (report: Report, profile: Profile, audit: LeakAudit) => Promise<unknown>;
};

const sections: Section[] = [
  {
    key: "fuzz",
    title: "1. Fuzzing: Smithy front end and native decoder (watched child process)",
    run: fuzzInChild,
  },
  { key: "fuzz-rest", title: "1c. Fuzzing: TMF638 REST handler", run: fuzzRest },
  { key: "catalogue", title: "2. Bad input catalogue (REST front end)", run: badInputCatalogue },
  { key: "patterns", title: "3. Patterns: `@pattern` in linear time", run: patterns },
  { key: "faults", title: "4. Faults with real servers", run: faults },
  { key: "load", title: "5. Load", run: load },
  { key: "capabilities", title: "6. Capabilities", run: capabilities },
];

async function main(): Promise<void> {
  const report = new Report();
  const audit = new LeakAudit();
  const started = Date.now();
  for (const section of sections) {
    if (only && section.key !== only) continue;
    report.begin(section.title);
    const sectionStart = Date.now();
    try {
      await section.run(report, profile, audit);
      report.figure("section time (s)", ((Date.now() - sectionStart) / 1000).toFixed(1));
    } catch (error) {
      report.check(
        `${section.key} ran to the end`,
        false,
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
    }
  }
  await closeSharedLattice();
  report.begin("7. Error responses leak nothing");
  report.check(
    "no stack trace, file path or internal message in any error body",
    audit.leaks.length === 0,
    audit.leaks.length === 0 ? `${audit.seen} error bodies inspected` : audit.leaks.join("\n    "),
  );
  report.figure("error bodies inspected", audit.seen);
  const seconds = (Date.now() - started) / 1000;
  if (!only)
    writeReliabilityDoc(
      path.resolve(__dirname, "..", "..", "docs", "RELIABILITY.md"),
      report,
      profile,
      seconds,
    );
  console.log(
    `\n${report.passed} passed, ${report.failed} failed (${profile.full ? "full" : "short"} profile, ${seconds.toFixed(1)} s)`,
  );
  // Keep-alive sockets and child processes must not hold the run open.
  process.exit(report.failed > 0 ? 1 : 0);
}

void main();
