import { describeWithReference } from "../../support/reference";
import { runProtocolTests, THRESHOLDS, type Kind, type Outcome } from "./run";

describeWithReference("Smithy restJson1 protocol tests", ["smithy-protocol-tests"], (dir) => {
  let outcomes: Outcome[];
  let loadErrors: string[];
  beforeAll(async () => {
    ({ outcomes, loadErrors } = await runProtocolTests(dir));
  });

  it("loads the 60-file model without parser errors", () => {
    expect(loadErrors).toEqual([]);
  });

  it.each(Object.entries(THRESHOLDS) as [Kind, number][])("passes %s cases above the issue's threshold", (kind, threshold) => {
    const of = outcomes.filter((o) => o.kind === kind);
    expect(of.length).toBeGreaterThan(50);
    const pass = of.filter((o) => o.result.outcome === "pass").length;
    expect(pass / of.length).toBeGreaterThanOrEqual(threshold);
  });

  it("never calls the implementation for a malformed request", () => {
    const called = outcomes.filter((o) => o.kind === "server malformed" && /implementation was called/.test(o.result.detail ?? ""));
    expect(called.map((o) => o.c.id)).toEqual([]);
  });
});
