/** Runs existing jest suites (reused, not duplicated) and adds one check per test to the report. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Report } from "./harness";

interface JestJson {
  testResults: Array<{
    name: string;
    message: string;
    assertionResults: Array<{
      fullName: string;
      status: string;
      duration?: number;
      failureMessages: string[];
    }>;
  }>;
}

export async function runJest(report: Report, files: string[]): Promise<void> {
  const root = path.resolve(__dirname, "..", "..");
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "oda-rel-jest-")), "results.json");
  const result = spawnSync(
    process.execPath,
    [require.resolve("jest/bin/jest"), "--maxWorkers=1", "--json", `--outputFile=${out}`, ...files],
    {
      cwd: root,
      encoding: "utf8",
      env: process.env,
    },
  );
  if (!fs.existsSync(out)) {
    report.check(`jest ${files.join(", ")}`, false, (result.stderr ?? "").slice(-400));
    return;
  }
  const json = JSON.parse(fs.readFileSync(out, "utf8")) as JestJson;
  for (const file of json.testResults) {
    const name = path.relative(root, file.name);
    if (file.assertionResults.length === 0)
      report.check(`${name} ran`, false, file.message.slice(0, 300));
    for (const test of file.assertionResults) {
      report.check(
        `${test.fullName} (${name})`,
        test.status === "passed",
        test.status === "passed"
          ? `${test.duration ?? 0} ms`
          : test.failureMessages.join(" ").slice(0, 300),
      );
    }
  }
}
