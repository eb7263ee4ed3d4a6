/**
 * `oda-codegen init`: the scaffold, its options and refusals, and the promise that matters — in
 * the new directory, `npm install`, `npx oda-codegen` and `npm test` pass.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseManifest } from "../../packages/components/src/host/manifest";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "packages", "cli", "bin", "oda-codegen.js");

// The outer `npm test` sets npm_* variables (workspace, prefix…) that would steer the inner npm.
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)),
);

function sh(command: string, args: string[], cwd: string, timeout = 600_000) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout, env: CLEAN_ENV });
  return {
    code: result.status,
    out: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`,
  };
}

function init(args: string[]) {
  return sh(process.execPath, [BIN, "init", ...args], os.tmpdir(), 60_000);
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oda-init-"));
  made.push(dir);
  return dir;
}

describe("oda-codegen init", () => {
  it("scaffolds a component named after the directory, with file: links to this checkout", () => {
    const dir = path.join(tempDir(), "ticket-desk");
    const result = init([dir]);
    expect(result.code).toBe(0);
    const files = (sub: string) => fs.readdirSync(path.join(dir, sub)).sort();
    expect(files(".")).toEqual([
      "README.md",
      "host.yaml",
      "jest.config.js",
      "model",
      "oda-codegen.json",
      "package.json",
      "src",
      "test",
      "tsconfig.json",
    ]);
    const model = fs.readFileSync(path.join(dir, "model", "service.smithy"), "utf8");
    expect(model).toContain("namespace example.ticket_desk\n");
    expect(model).toContain("service TicketDesk {");
    expect(model).not.toMatch(/\{\{\w+\}\}/);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(pkg.name).toBe("ticket-desk");
    for (const spec of [
      ...Object.values(pkg.dependencies),
      ...Object.values(pkg.devDependencies),
    ] as string[]) {
      if (spec.startsWith("file:"))
        expect(fs.existsSync(path.join(spec.slice(5), "package.json"))).toBe(true);
    }
    const host = parseManifest(fs.readFileSync(path.join(dir, "host.yaml"), "utf8"), { env: {} });
    expect(host.issues).toEqual([]);
    expect(host.manifest!.components[0]).toMatchObject({
      name: "ticket-desk",
      contract: "example.ticket_desk#TicketDesk",
      frontEnds: "both",
    });
  });

  it("takes --name and --namespace", () => {
    const dir = path.join(tempDir(), "anything");
    expect(init([dir, "--name", "parcel-tracker", "--namespace", "acme.parcels"]).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "model", "service.smithy"), "utf8")).toContain(
      "namespace acme.parcels\n",
    );
    expect(fs.readFileSync(path.join(dir, "host.yaml"), "utf8")).toContain(
      "contract: acme.parcels#ParcelTracker",
    );
    expect(fs.readFileSync(path.join(dir, "src", "component.ts"), "utf8")).toContain(
      'from "../generated/parcel-tracker"',
    );
  });

  it("refuses a non-empty directory or a bad name (exit 2) and writes nothing", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "keep.txt"), "mine");
    const busy = init([dir]);
    expect(busy.code).toBe(2);
    expect(busy.out).toContain("is not empty");
    expect(fs.readdirSync(dir)).toEqual(["keep.txt"]);

    const target = path.join(tempDir(), "x");
    const badName = init([target, "--name", "Bad_Name"]);
    expect(badName.code).toBe(2);
    expect(badName.out).toContain('component name "Bad_Name"');
    const badNamespace = init([target, "--namespace", "9lives"]);
    expect(badNamespace.code).toBe(2);
    expect(fs.existsSync(target)).toBe(false);
  });

  // npm install (offline-friendly: every dependency is one this repository installs), generation
  // with its type check, and the scaffold's own jest run: a few minutes on a busy machine.
  it(
    "passes its own test right after npm install",
    () => {
      const dir = path.join(tempDir(), "ticket-desk");
      expect(init([dir]).code).toBe(0);
      const install = sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], dir);
      expect({ step: "npm install", ...install }).toMatchObject({ code: 0 });
      const generate = sh("npx", ["oda-codegen"], dir);
      expect({ step: "npx oda-codegen", ...generate }).toMatchObject({ code: 0 });
      expect(fs.existsSync(path.join(dir, "generated", "ticket-desk", "rest.ts"))).toBe(true);
      expect(fs.readFileSync(path.join(dir, "generated", "README.md"), "utf8")).toContain(
        "```mermaid",
      );
      const test = sh("npm", ["test"], dir);
      expect({ step: "npm test", ...test }).toMatchObject({ code: 0 });
      expect(test.out).toMatch(/Tests:\s+2 passed, 2 total/);
      const check = sh("npx", ["oda-codegen", "check"], dir);
      expect({ step: "npx oda-codegen check", ...check }).toMatchObject({ code: 0 });
    },
    20 * 60_000,
  );
});
