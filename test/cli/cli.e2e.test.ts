/**
 * The `oda-codegen` binary as users run it: exit codes, stdout/stderr, files written.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "packages", "cli", "bin", "oda-codegen.js");

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "oda-cli-"));
}

const TICKETS = `$version: "2"
namespace example.tickets

/// Tickets raised by customers.
service TicketService {
    version: "2024-01-01"
    operations: [GetTicket]
}

@readonly
operation GetTicket {
    input := {
        @required
        @length(min: 1, max: 36)
        ticketId: String
    }
    output := {
        @required
        title: String
    }
    errors: [TicketNotFound]
}

@error("client")
structure TicketNotFound {
    message: String
}
`;

describe("oda-codegen CLI", () => {
  it("ast prints the model as Smithy JSON AST 2.0 without prelude shapes", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "tickets.smithy"), TICKETS);
    const { code, stdout } = run(["ast", dir]);
    expect(code).toBe(0);
    const ast = JSON.parse(stdout);
    expect(ast.smithy).toBe("2.0");
    expect(Object.keys(ast.shapes)).toEqual(
      expect.arrayContaining(["example.tickets#TicketService", "example.tickets#GetTicketInput"]),
    );
    expect(Object.keys(ast.shapes).some((id) => id.startsWith("smithy.api#"))).toBe(false);
  });

  it("ast output fed back as JSON gives the same model", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "tickets.smithy"), TICKETS);
    const first = run(["ast", dir]);
    const jsonFile = path.join(tempDir(), "tickets.json");
    fs.writeFileSync(jsonFile, first.stdout);
    const second = run(["ast", jsonFile]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
  });

  it("validate points at file:line:col with the event id, and exits 1", () => {
    const dir = tempDir();
    const file = path.join(dir, "bad.smithy");
    fs.writeFileSync(file, '$version: "2"\nnamespace a\n\nstructure S {\n    m: Nope\n}\n');
    const { code, stderr } = run(["validate", file], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^bad\.smithy:5:\d+: ERROR \[Target(\.\w+)?\] /m);
    expect(stderr).toContain("> 5 |     m: Nope");
  });

  it("a syntax error names the line and column, exits 1 and prints no stack", () => {
    const dir = tempDir();
    const file = path.join(dir, "syntax.smithy");
    fs.writeFileSync(file, '$version: "2"\nnamespace a\nstructure S {\n    m: String,,\n');
    const { code, stderr } = run(["validate", file], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/syntax\.smithy:\d+:\d+: ERROR \[Model\] .*Syntax error at line \d+, column \d+/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("usage mistakes exit 2 with a message, not a stack", () => {
    const { code, stderr } = run(["ast", "/no/such/path.smithy"]);
    expect(code).toBe(2);
    expect(stderr).toContain("no such file or directory");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("validate without paths or a config file reads models/ (the default is not an explicit -c)", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "models"));
    fs.writeFileSync(path.join(dir, "models", "tickets.smithy"), TICKETS);
    const { code, stdout } = run(["validate"], dir);
    expect(code).toBe(0);
    expect(stdout).toContain("0 error(s)");
    expect(run(["validate", "-c", "missing.json"], dir).code).toBe(2);
  });

  it("generate writes the service folder, then check passes; a stale file makes check fail", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "tickets.smithy"), TICKETS);
    const out = path.join(ROOT, `.tmp-cli-${process.pid}`);
    try {
      const gen = run(["--model", dir, "--out", out]);
      expect(gen.stderr).toBe("");
      expect(gen.code).toBe(0);
      expect(gen.stdout).toMatch(/written/);
      expect(fs.existsSync(path.join(out, "ticket-service", "index.ts"))).toBe(true);

      expect(run(["check", "--model", dir, "--out", out]).code).toBe(0);
      // Every check hits the cache now: nothing may keep the process alive (spawnSync's
      // timeout would leave the exit code null).
      const again = run(["--model", dir, "--out", out]);
      expect(again.stdout).toMatch(/0 written/);
      expect(again.code).toBe(0);

      const index = path.join(out, "ticket-service", "index.ts");
      fs.appendFileSync(index, "\n// edited by hand\n");
      const check = run(["check", "--model", dir, "--out", out]);
      expect(check.code).toBe(1);
      expect(check.stderr).toContain("stale:");
      expect(check.stderr).toContain(path.join("ticket-service", "index.ts"));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("oda-codegen openapi", () => {
  it("prints OpenAPI 3.1 for a service and names the services when the id is wrong", () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "m.smithy"),
      TICKETS.replace("@readonly\noperation GetTicket {", '@readonly\n@http(method: "GET", uri: "/tickets/{ticketId}")\noperation GetTicket {').replace(
        "        ticketId: String",
        "        @httpLabel\n        ticketId: String",
      ),
    );
    const ok = run(["openapi", "--model", dir, "--service", "example.tickets#TicketService"]);
    expect(ok.stderr).toBe("");
    const doc = JSON.parse(ok.stdout);
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/tickets/{ticketId}"]);
    const wrong = run(["openapi", "--model", dir, "--service", "example.tickets#Nope"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("services: example.tickets#TicketService");
  });
});

describe("oda-codegen ast numbers", () => {
  it("keeps a trait number beyond the double range instead of printing null", () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "big.smithy"),
      '$version: "2"\nnamespace a\n\n@range(max: 1e400)\nbigDecimal Huge\n',
    );
    const { code, stdout } = run(["ast", dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('"max": 1e999');
    expect(stdout).not.toContain('"max": null');
  });
});
