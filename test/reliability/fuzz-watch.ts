/** Runs fuzz-child.ts under a silence watchdog and merges its checks into the runner's report. */
import { fork } from "node:child_process";
import * as path from "node:path";
import type { LeakAudit, Profile, Report } from "./harness";
import type { ChildMessage } from "./fuzz-child";

const SILENCE_MS = 10_000;

export function fuzzInChild(report: Report, profile: Profile, audit: LeakAudit): Promise<void> {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, "fuzz-child.ts"), profile.full ? ["--full"] : [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let lastInput = "(none yet)";
    let finished = false;
    let timer = setTimeout(onSilence, SILENCE_MS);
    function onSilence(): void {
      report.check(
        "fuzzers finish every input (watchdog)",
        false,
        `hang: no progress for ${SILENCE_MS} ms after ${lastInput}`,
      );
      finished = true;
      child.kill("SIGKILL");
    }
    child.on("message", (message: ChildMessage) => {
      clearTimeout(timer);
      timer = setTimeout(onSilence, SILENCE_MS);
      if (message.kind === "progress") lastInput = message.what ?? lastInput;
      if (message.kind === "done" && message.report) {
        finished = true;
        clearTimeout(timer);
        report.results.push(...message.report.results);
        report.figures.push(...message.report.figures);
        audit.seen += message.leaks?.seen ?? 0;
        audit.leaks.push(...(message.leaks?.leaks ?? []));
        report.check(
          "fuzzers finish every input (watchdog)",
          true,
          `no input silent for ${SILENCE_MS / 1000} s`,
        );
      }
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (!finished)
        report.check(
          "fuzz child process exits cleanly",
          false,
          `exit ${code ?? signal} after ${lastInput}`,
        );
      resolve();
    });
  });
}
