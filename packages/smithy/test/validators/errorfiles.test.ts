/**
 * Smithy's `errorfiles/validators` cases. Cases listed in errorfiles-known-failures.txt (validators
 * we do not have yet, or loader gaps) are skipped, as acorn lists known test262 failures; every
 * other case must produce exactly the expected events.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describeWithReference } from "../../../../test/support/reference";
import { compareEvents, formatEvent, listCases, parseErrorsFile } from "./errorfiles";
import { loadAndValidate } from "./load-case";

const KNOWN_FAILURES = new Set(
  fs
    .readFileSync(path.join(__dirname, "errorfiles-known-failures.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#")),
);

describeWithReference(
  "errorfiles/validators",
  ["smithy-idl-corpus", "errorfiles", "validators"],
  (root) => {
    const cases = listCases(root);

    it("finds the cases", () => {
      expect(cases.length).toBeGreaterThan(200);
    });

    for (const c of cases) {
      const run = KNOWN_FAILURES.has(c.name) ? it.skip : it;
      run(c.name, () => {
        const expected = parseErrorsFile(fs.readFileSync(c.errors, "utf8"));
        const result = compareEvents(c.name, loadAndValidate(c.model, expected), expected);
        const report = [
          ...result.missing.map(
            (m) => `missing    [${m.severity}] ${m.shapeId}: ${m.message} | ${m.id}`,
          ),
          ...result.unexpected.map((u) => `unexpected ${formatEvent(u)}`),
        ];
        expect(report).toEqual([]);
      });
    }
  },
);
