/** The shared smithy-diff corpus, case by case (the same check as `npm run conformance:diff`). */
import { describeWithReference } from "../../support/reference";
import { findCases, runCase } from "./cases";

describeWithReference(
  "smithy-diff corpus",
  ["smithy-idl-corpus", "smithy-diff", "diffs"],
  (root) => {
    const cases = findCases(root);
    it("has cases", () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((base) => [base.slice(root.length + 1), base]))("%s", (_, base) => {
      const result = runCase(base, root);
      if (!result.ok) {
        throw new Error(
          [
            result.error ?? "",
            ...result.unmatched.map((e) => `missing: ${e}`),
            ...result.extra.map((e) => `unexpected: ${e}`),
          ].join("\n"),
        );
      }
    });
  },
);
