import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { ValidationEvent } from "@oda-codegen/smithy";
import { formatEvent, formatEventReport } from "../../packages/cli/src/report-events";

function event(overrides: Partial<ValidationEvent>): ValidationEvent {
  return {
    id: "Target",
    severity: "ERROR",
    message: "Member targets an unresolved shape `a#Nope`",
    shapeId: "a#S$m",
    sourceLocation: { filename: "", line: 0, column: 0 },
    ...overrides,
  };
}

describe("event report", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-events-"));
  const file = path.join(dir, "model.smithy");
  fs.writeFileSync(file, '$version: "2"\nnamespace a\nstructure S {\n    m: Nope\n}\n');

  it("prints path:line:col, severity, id and a code frame pointing at the column", () => {
    const text = formatEvent(event({ sourceLocation: { filename: file, line: 4, column: 8 } }), { cwd: dir });
    const [first, ...frame] = text.split("\n");
    expect(first).toBe("model.smithy:4:8: ERROR [Target] Member targets an unresolved shape `a#Nope` (a#S$m)");
    expect(frame.join("\n")).toContain("> 4 |     m: Nope");
    // The caret sits under column 8.
    const caret = frame.find((l) => l.includes("^"))!;
    expect(caret.indexOf("^") - caret.indexOf("|")).toBe(9);
  });

  it("prints '-' for events without a location and no frame", () => {
    expect(formatEvent(event({}))).toBe("-: ERROR [Target] Member targets an unresolved shape `a#Nope` (a#S$m)");
  });

  it("hides NOTE and SUPPRESSED unless verbose, and counts failures", () => {
    const events = [
      event({}),
      event({ severity: "DANGER", id: "X" }),
      event({ severity: "WARNING", id: "W" }),
      event({ severity: "SUPPRESSED", id: "S", suppressionReason: "ok" }),
      event({ severity: "NOTE", id: "N" }),
    ];
    const quiet = formatEventReport(events);
    expect(quiet).not.toContain("[S]");
    expect(quiet).not.toContain("[N]");
    expect(quiet.split("\n").pop()).toBe("2 error(s), 1 warning(s)");
    const verbose = formatEventReport(events, { verbose: true });
    expect(verbose).toContain("SUPPRESSED [S]");
    expect(verbose).toContain("(suppressed: ok)");
  });

  it("leaves out the frame of a huge line", () => {
    const big = path.join(dir, "big.smithy");
    fs.writeFileSync(big, "x".repeat(100_000));
    const text = formatEvent(event({ sourceLocation: { filename: big, line: 1, column: 50_000 } }), { cwd: dir });
    expect(text.split("\n")).toHaveLength(1);
  });
});
