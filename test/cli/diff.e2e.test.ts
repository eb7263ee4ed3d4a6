/**
 * `oda-codegen diff git:HEAD~1 models` in a real (temporary) git repository, through the real
 * binary: a non-breaking change exits 0, a breaking one exits 1, a usage mistake exits 2.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// Each spawn starts tsx and loads the front end: give slow, shared machines room.
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "packages", "cli", "bin", "oda-codegen.js");

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MODEL = (members: string) => `$version: "2"
namespace example.tickets

service TicketService {
    version: "1"
    operations: [GetTicket]
}

@readonly
operation GetTicket {
    input := {
        @required
        ticketId: String
    }
    output := {
${members}
    }
}
`;

let repo: string;
const git = (...args: string[]) =>
  execFileSync(
    "git",
    ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args],
    {
      cwd: repo,
      stdio: "pipe",
    },
  );
const commit = (members: string, message: string) => {
  fs.writeFileSync(path.join(repo, "models", "tickets.smithy"), MODEL(members));
  git("add", "-A");
  git("commit", "-q", "-m", message);
};

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "oda-diff-"));
  fs.mkdirSync(path.join(repo, "models"));
  git("init", "-q");
  commit("        title: String", "v1");
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

it("a non-breaking change (a new optional output member) exits 0", () => {
  commit("        title: String\n        status: String", "add status");
  const result = run(["diff", "git:HEAD~1", "models"], repo);
  expect(result.stderr).toContain("0 error(s), 0 danger(s)");
  expect(result.stdout).toContain("[NOTE] example.tickets#GetTicketOutput$status: Added member");
  expect(result.code).toBe(0);
});

it("a breaking change (a removed output member) exits 1 and names it", () => {
  commit("        status: String", "drop title");
  const result = run(["diff", "git:HEAD~1", "models"], repo);
  expect(result.stdout).toContain(
    "[ERROR] example.tickets#GetTicketOutput$title: Removed member `example.tickets#GetTicketOutput$title` | RemovedShape",
  );
  expect(result.code).toBe(1);
});

it("git:<ref>:<path> reads an explicit path; --format json is machine-readable", () => {
  const result = run(["diff", "git:HEAD~2:models", "git:HEAD:models", "--format", "json"], repo);
  const events = JSON.parse(result.stdout) as { id: string; severity: string }[];
  expect(events.some((e) => e.id === "RemovedShape" && e.severity === "ERROR")).toBe(true);
  expect(result.code).toBe(1);
});

it("--format github annotates the working-tree file", () => {
  fs.writeFileSync(path.join(repo, "models", "tickets.smithy"), MODEL("        status: Integer"));
  const result = run(["diff", "git:HEAD", "models", "--format", "github"], repo);
  expect(result.stdout).toMatch(
    /^::error file=models\/tickets\.smithy,line=\d+,col=\d+,title=ChangedMemberTarget::/m,
  );
  expect(result.code).toBe(1);
  // A removed member is annotated at its container, in the working-tree file.
  fs.writeFileSync(path.join(repo, "models", "tickets.smithy"), MODEL("        other: String"));
  const removed = run(["diff", "git:HEAD", "models", "--format", "github"], repo);
  expect(removed.stdout).toMatch(
    /^::error file=models\/tickets\.smithy,line=\d+,col=\d+,title=RemovedShape::/m,
  );
  git("checkout", "--", "models");
});

it("usage mistakes exit 2 with a message", () => {
  const badRef = run(["diff", "git:no-such-ref", "models"], repo);
  expect(badRef.code).toBe(2);
  expect(badRef.stderr).toContain("git:no-such-ref: unknown revision");
  const missing = run(["diff", "models", "nowhere"], repo);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("no such file or directory: nowhere");
});

it("an invalid model exits 1 with its located errors", () => {
  fs.writeFileSync(
    path.join(repo, "models", "tickets.smithy"),
    MODEL("        status: NoSuchShape"),
  );
  const result = run(["diff", "git:HEAD", "models"], repo);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("the new model (models) is invalid");
  expect(result.stderr).toContain("tickets.smithy:");
  git("checkout", "--", "models");
});
