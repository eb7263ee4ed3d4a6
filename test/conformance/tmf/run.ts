/**
 * `npm run conformance:tmf`: compares the OpenAPI we export for each TMF contract and the CHF with
 * the official documents, prints every difference, per-specification counts and `N passed, M failed`;
 * exits 1 when a difference is neither allowed nor explained, or an allow-list entry is stale.
 * `--quiet` prints failures only (no ALLOWED lines); `--notes` also prints what our export adds
 * (paths, statuses, optional properties) and where a Document stands for a specified object.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REFERENCE_DIR } from "../../support/reference";
import { runConformance } from "./conformance";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const ALLOW_LIST_FILE = path.join(__dirname, "allow-list.txt");

function main(argv: string[]): number {
  if (!fs.existsSync(REFERENCE_DIR)) {
    console.error(`reference data not found at ${REFERENCE_DIR} (set ODA_REFERENCE_DIR)`);
    return 2;
  }
  const quiet = argv.includes("--quiet");
  const report = runConformance(REFERENCE_DIR, path.join(ROOT, "models"), fs.readFileSync(ALLOW_LIST_FILE, "utf8"));
  for (const line of report.lines) if (!(quiet && line.startsWith("ALLOWED "))) console.log(line);
  if (argv.includes("--notes")) for (const s of report.specs) for (const n of s.notes) console.log(`NOTE ${n}`);
  for (const s of report.specs) {
    console.log(`${s.id}: ${s.passed} passed, ${s.allowed} allowed, ${s.failed} failed (${s.notes.length} notes, see --notes)`);
  }
  console.log(`${report.passed} passed, ${report.failed} failed`);
  return report.failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
