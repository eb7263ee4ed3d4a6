/** `runDiff` in process: exit codes for DANGER with and without --allow-danger, and usage errors. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runDiff } from "../../packages/cli/src/commands/diff";
import { UsageError } from "../../packages/cli/src/usage-error";

let dir: string;
let out: string[];

function write(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `$version: "2"\nnamespace ex\n${body}\n`);
  return file;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-diff-unit-"));
  out = [];
  jest
    .spyOn(process.stdout, "write")
    .mockImplementation((chunk) => (out.push(String(chunk)), true));
  jest
    .spyOn(process.stderr, "write")
    .mockImplementation((chunk) => (out.push(String(chunk)), true));
});

afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("a DANGER change exits 1, or 0 with --allow-danger", () => {
  const a = write("a.smithy", "structure S { a: String\n b: String }");
  const b = write("b.smithy", "structure S { b: String\n a: String }");
  expect(runDiff(a, b, { format: "text", sources: [] })).toBe(1);
  expect(out.join("")).toContain("[DANGER] ex#S: structure shape members were reordered.");
  expect(runDiff(a, b, { format: "text", sources: [], allowDanger: true })).toBe(0);
});

it("--allow-danger does not let an ERROR through", () => {
  const a = write("a.smithy", "structure S { a: String }");
  const b = write("b.smithy", "structure S {}");
  expect(runDiff(a, b, { format: "json", sources: [], allowDanger: true })).toBe(1);
  const events = JSON.parse(out.join("")) as {
    id: string;
    severity: string;
    sourceLocation: unknown;
  }[];
  expect(events).toEqual([expect.objectContaining({ id: "RemovedShape", severity: "ERROR" })]);
});

it("identical models exit 0 and print nothing on stdout", () => {
  const a = write("a.smithy", "structure S { a: String }");
  expect(runDiff(a, a, { format: "github", sources: [] })).toBe(0);
  expect(out.join("")).toBe("");
});

it("a missing path or a bare git: is a usage error", () => {
  const a = write("a.smithy", "structure S {}");
  expect(() => runDiff(a, path.join(dir, "missing"), { format: "text", sources: [] })).toThrow(
    UsageError,
  );
  expect(() => runDiff("git:", a, { format: "text", sources: [] })).toThrow(/expected git:<ref>/);
});
