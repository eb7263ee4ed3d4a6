/**
 * The synchronous fuzzers (Smithy parser and loader, native decoders) run in this child process
 * so that the runner can watch them: the child reports each input before running it, and the
 * runner kills it and names the input when it stays silent too long (a hang).
 */
import { LeakAudit, Report, type Profile } from "./harness";
import { fuzzSmithy } from "./fuzz-smithy";
import { fuzzNative } from "./fuzz-native";

export interface ChildMessage {
  kind: "progress" | "done";
  what?: string;
  report?: { results: Report["results"]; figures: Report["figures"] };
  leaks?: { seen: number; leaks: string[] };
}

async function main(): Promise<void> {
  const full = process.argv.includes("--full");
  const profile: Profile = { full, scale: full ? 1 : 0.1 };
  const report = new Report();
  const audit = new LeakAudit();
  let last = 0;
  const progress = (what: string) => {
    // Throttled: one message per 100 ms is enough for a watchdog of seconds.
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    process.send?.({ kind: "progress", what } satisfies ChildMessage);
  };
  report.begin("1a/1b. Fuzzing: Smithy IDL parser and JSON AST loader");
  await fuzzSmithy(report, profile, progress);
  report.begin("1d. Fuzzing: native decoder (msgpack/JSON frames, headers)");
  await fuzzNative(report, profile, progress, audit);
  process.send?.(
    {
      kind: "done",
      report: { results: report.results, figures: report.figures },
      leaks: { seen: audit.seen, leaks: audit.leaks },
    } satisfies ChildMessage,
    () => process.exit(0),
  );
}

void main();
