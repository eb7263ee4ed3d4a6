/**
 * Measures how many `errorfiles/validators` cases pass:
 * `npx tsx packages/smithy/test/validators/run-errorfiles.ts [filter] [-v] [--dir loader]`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareEvents, formatEvent, listCases, parseErrorsFile } from "./errorfiles";
import { loadAndValidate } from "./load-case";

const args = process.argv.slice(2);
// `--dir loader` measures errorfiles/loader instead of errorfiles/validators.
const dirIndex = args.indexOf("--dir");
const folder = dirIndex >= 0 ? args.splice(dirIndex, 2)[1]! : "validators";
const root = path.resolve(
  process.env.ODA_REFERENCE_DIR ?? path.join(__dirname, "../../../../../shared/reference"),
  "smithy-idl-corpus/errorfiles",
  folder,
);
const verbose = args.includes("-v");
const filter = args.find((a) => !a.startsWith("-"));
let passed = 0;
let total = 0;
const failures: string[] = [];
for (const c of listCases(root)) {
  if (filter && !c.name.includes(filter)) continue;
  total++;
  let result;
  try {
    const expected = parseErrorsFile(fs.readFileSync(c.errors, "utf8"));
    result = compareEvents(c.name, loadAndValidate(c.model, expected), expected);
  } catch (error) {
    failures.push(`${c.name}: CRASH ${error instanceof Error ? error.stack : String(error)}`);
    continue;
  }
  if (!result.missing.length && !result.unexpected.length) {
    passed++;
    continue;
  }
  failures.push(c.name);
  if (verbose) {
    for (const m of result.missing)
      console.log(`  ${c.name} MISSING  [${m.severity}] ${m.shapeId}: ${m.message} | ${m.id}`);
    for (const u of result.unexpected) console.log(`  ${c.name} EXTRA    ${formatEvent(u)}`);
  }
}
for (const f of failures) if (!verbose || f.includes("CRASH")) console.log(`FAIL ${f}`);
console.log(`errorfiles/${folder}: ${passed}/${total} passed`);
