import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GENERATED_HEADER, syncGeneratedFiles, type GeneratedFile } from "@oda-codegen/codegen";

const gen = (body: string) => `${GENERATED_HEADER}\n${body}\n`;

describe("syncGeneratedFiles", () => {
  let out: string;
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "codegen-sync-"));
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  const write = (rel: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), content);
  };
  const files: GeneratedFile[] = [
    { path: "svc/index.ts", content: gen("export {};") },
    { path: "svc/types.ts", content: gen("export type A = string;") },
  ];

  it("writes only what changed, and leaves other files' modification times alone", () => {
    expect(syncGeneratedFiles(out, files, { dryRun: false })).toMatchObject({
      written: ["svc/index.ts", "svc/types.ts"],
      missing: ["svc/index.ts", "svc/types.ts"],
    });
    const before = fs.statSync(path.join(out, "svc/index.ts")).mtimeMs;
    const changed = [files[0]!, { path: "svc/types.ts", content: gen("export type A = number;") }];
    const result = syncGeneratedFiles(out, changed, { dryRun: false });
    expect(result).toMatchObject({ written: ["svc/types.ts"], unchanged: ["svc/index.ts"], stale: ["svc/types.ts"] });
    expect(fs.statSync(path.join(out, "svc/index.ts")).mtimeMs).toBe(before);
    expect(fs.readFileSync(path.join(out, "svc/types.ts"), "utf8")).toBe(changed[1]!.content);
  });

  it("removes stale generated files and folders, never hand-written ones", () => {
    syncGeneratedFiles(out, files, { dryRun: false });
    write("svc/old.ts", "// stale, in a generated folder\n");
    write("gone/index.ts", gen("export {};"));
    write("gone/types.ts", gen("export {};"));
    write("README.md", "hand-written\n");
    write("mine/helper.ts", "export const x = 1;\n");
    const result = syncGeneratedFiles(out, files, { dryRun: false });
    expect(result.removed).toEqual(["gone/index.ts", "gone/types.ts", "svc/old.ts"]);
    expect(fs.existsSync(path.join(out, "gone"))).toBe(false);
    expect(fs.existsSync(path.join(out, "README.md"))).toBe(true);
    expect(fs.existsSync(path.join(out, "mine/helper.ts"))).toBe(true);
  });

  it("with dryRun reports stale, missing and extra files and writes nothing", () => {
    write("svc/index.ts", gen("export { old };"));
    write("svc/extra.ts", gen("export {};"));
    const result = syncGeneratedFiles(out, files, { dryRun: true });
    expect(result).toEqual({
      written: [],
      unchanged: [],
      removed: [],
      stale: ["svc/index.ts"],
      missing: ["svc/types.ts"],
      extra: ["svc/extra.ts"],
    });
    expect(fs.readFileSync(path.join(out, "svc/index.ts"), "utf8")).toBe(gen("export { old };"));
    expect(fs.existsSync(path.join(out, "svc/types.ts"))).toBe(false);
  });
});
