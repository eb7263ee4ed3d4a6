/**
 * `npm run conformance:diff`: runs `diffModels` over the smithy-diff cases of the reference corpus
 * (../shared/reference/smithy-idl-corpus/smithy-diff/diffs). Prints counts per folder, each
 * failure with its missing and unexpected events, and ends with `N passed, M failed`.
 * Exits 1 when any case fails, 2 when the corpus is absent.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REFERENCE_DIR } from "../../support/reference";
import { findCases, runCase, type DiffCaseResult } from "./cases";

const corpus = process.env.SMITHY_CORPUS ?? path.join(REFERENCE_DIR, "smithy-idl-corpus");
const root = path.join(corpus, "smithy-diff", "diffs");
if (!fs.existsSync(root)) {
  console.error(`Reference corpus not found: ${root}`);
  process.exit(2);
}

const results: DiffCaseResult[] = findCases(root).map((base) => runCase(base, root));
const byFolder = new Map<string, { passed: number; failed: number }>();
for (const r of results) {
  const folder = path.dirname(r.name);
  const counts = byFolder.get(folder) ?? { passed: 0, failed: 0 };
  if (r.ok) counts.passed++;
  else counts.failed++;
  byFolder.set(folder, counts);
}
for (const [folder, c] of [...byFolder].sort())
  console.log(`${folder}: ${c.passed}/${c.passed + c.failed}`);
for (const r of results.filter((x) => !x.ok)) {
  console.log(`\nFAIL ${r.name}${r.error ? `: ${r.error}` : ""}`);
  for (const e of r.unmatched) console.log(`  missing:    ${e.replace(/\n/g, "\\n")}`);
  for (const e of r.extra) console.log(`  unexpected: ${e.replace(/\n/g, "\\n")}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
