/**
 * The NEW model's `@suppress`, `metadata suppressions` and `metadata severityOverrides` apply to
 * diff events; ERROR events cannot be suppressed (as in the reference).
 */
import { formatDiffEvent, formatDiffGithub, formatDiffJson } from "../../src";
import { diff } from "./support";

const REORDER_OLD = `structure S { a: String\n b: String }`;

it("@suppress on the new shape suppresses a DANGER event", () => {
  const events = diff(
    REORDER_OLD,
    `@suppress(["ChangedMemberOrder"])\nstructure S { b: String\n a: String }`,
  );
  const order = events.find((e) => e.id === "ChangedMemberOrder");
  expect(order?.severity).toBe("SUPPRESSED");
});

it("@suppress on the OLD model has no effect", () => {
  const events = diff(
    `@suppress(["ChangedMemberOrder"])\n${REORDER_OLD}`,
    `@suppress(["ChangedMemberOrder"])\nstructure S { b: String\n a: String }`,
  );
  expect(events.find((e) => e.id === "ChangedMemberOrder")?.severity).toBe("SUPPRESSED");
  const unsuppressed = diff(
    `@suppress(["ChangedMemberOrder"])\n${REORDER_OLD}`,
    `structure S { b: String\n a: String }`,
  );
  expect(unsuppressed.find((e) => e.id === "ChangedMemberOrder")?.severity).toBe("DANGER");
});

it("metadata suppressions match by id prefix and namespace and carry the reason", () => {
  const events = diff(
    `metadata extra = 1\nstructure S {}`,
    `metadata suppressions = [{ id: "RemovedMetadata", namespace: "*", reason: "moved to config" }]\nstructure S {}`,
  );
  const removed = events.find((e) => e.id === "RemovedMetadata.extra");
  expect(removed).toMatchObject({ severity: "SUPPRESSED", suppressionReason: "moved to config" });
  expect(formatDiffEvent(removed!)).toContain("(moved to config) | RemovedMetadata.extra");
});

it("severityOverrides raise a WARNING to DANGER", () => {
  const errors = `@error("client") structure E1 {}\n@error("client") structure E2 {}\n`;
  const events = diff(
    `${errors}operation Op { errors: [E1] }`,
    `metadata severityOverrides = [{ id: "AddedOperationError", namespace: "ex", severity: "DANGER" }]\n${errors}operation Op { errors: [E1, E2] }`,
  );
  expect(events.find((e) => e.id === "AddedOperationError.E2")?.severity).toBe("DANGER");
});

it("ERROR events are never suppressed", () => {
  const events = diff(
    `structure S { a: String }`,
    `structure S {\n @suppress(["ChangedNullability"])\n @required a: String }`,
  );
  expect(events.find((e) => e.id.startsWith("ChangedNullability"))?.severity).toBe("ERROR");
});

describe("messages and formats", () => {
  it("prints the reference's text form, with multi-line values fenced", () => {
    const events = diff(`@tags(["a"]) structure S {}`, `@tags(["a", "b"]) structure S {}`);
    expect(events.map(formatDiffEvent)).toEqual([
      '[NOTE] ex#S: Changed trait `smithy.api#tags` from \n```\n[\n    "a"\n]\n```\n to \n```\n[\n    "a",\n    "b"\n]\n```\n | ModifiedTrait.Update.smithy.api#tags',
    ]);
  });

  it("reports a retarget to a different type with both types", () => {
    const events = diff(
      `structure S { a: A }\nstring A\ninteger B`,
      `structure S { a: B }\nstring A\ninteger B`,
    );
    expect(events.map(formatDiffEvent)).toContain(
      "[ERROR] ex#S$a: The shape targeted by the member `ex#S$a` changed from `ex#A` (string) to `ex#B` (integer). " +
        "The type of the targeted shape changed from string to integer. | ChangedMemberTarget",
    );
  });

  it("json carries id, severity, shape, message and the new model's location", () => {
    const [event] = JSON.parse(
      formatDiffJson(diff(`@length(max: 9) string A`, `@length(max: 3) string A`)),
    );
    expect(event).toMatchObject({
      id: "ChangedLengthTrait",
      severity: "ERROR",
      shapeId: "ex#A",
      message:
        "smithy.api#length trait value `max` was made more restrictive by lowering from 9 to 3",
      sourceLocation: { filename: "b0.smithy", line: 3 },
    });
  });

  it("github annotations: file, line and col when the file is known; escaped message", () => {
    const events = diff(
      `@tags(["a"]) structure S {}\nstructure Gone {}`,
      `@tags(["a", "b"]) structure S {}`,
    );
    const text = formatDiffGithub(events, (f) => (f.startsWith("b") ? `models/${f}` : undefined));
    const lines = text.split("\n");
    expect(lines).toContain(
      "::error title=RemovedShape::[ERROR] ex#Gone: Removed structure `ex#Gone`",
    );
    const note = lines.find((l) => l.startsWith("::notice"))!;
    expect(note).toMatch(
      /^::notice file=models\/b0\.smithy,line=3,col=\d+,title=ModifiedTrait\.Update\.smithy\.api#tags::/,
    );
    expect(note).toContain("%0A");
    expect(note).not.toContain("\n");
  });
});
