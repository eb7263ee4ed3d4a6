import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CodegenError, generateCode } from "@oda-codegen/codegen";
import { DiskCache } from "../src/cache";
import { formatFiles, formatTypeScript } from "../src/format";
import { syntheticModel } from "./support/synthetic-model";

describe("formatting", () => {
  it("formats a set of files with the same bytes as one call per file", async () => {
    const raw = await generateCode(syntheticModel(250), { skipTypeCheck: true, cacheDir: false });
    // generateCode output is already formatted; formatting is idempotent.
    const sources = raw.map((f) => f.content.replace(/\n\n/g, "\n\n\n").replace(/ {2}/g, "    "));
    const together = await formatFiles(sources);
    const alone: string[] = [];
    for (const source of sources) alone.push(await formatTypeScript(source));
    expect(together).toEqual(alone);
    expect(together).toEqual(raw.map((f) => f.content));
  }, 60000);

  it("formats a file over Biome's default size limit (1 MB)", async () => {
    const line = (i: number) => `export const value${i}   =   { a: ${i}, b: "${"x".repeat(40)}" };`;
    const big = Array.from({ length: 20000 }, (_, i) => line(i)).join("\n");
    expect(big.length).toBeGreaterThan(1 << 20);
    const [formatted] = await formatFiles([big]);
    expect(formatted!.split("\n")[0]).toBe(
      `export const value0 = { a: 0, b: "${"x".repeat(40)}" };`,
    );
  }, 60000);

  it("reports text that does not parse with the file, line and column", async () => {
    const failure = await formatFiles(
      ["export const ok = 1;\n", "export const a = 1;\n\nexport const x = ;\n"],
      ["svc/ok.ts", "svc/bad.ts"],
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CodegenError);
    expect((failure as CodegenError).diagnostics).toEqual([
      expect.objectContaining({
        file: "svc/bad.ts",
        line: 3,
        column: 18,
        message: expect.stringMatching(/^parse: /),
      }),
    ]);
  });

  it("formats only what the cache has not seen: a hit is the stored text", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "format-cache-"));
    try {
      const cache = new DiskCache(dir);
      const sources = ["const   a=1\n", "const   b=2\n"];
      expect(await formatFiles(sources, [], cache)).toEqual(["const a = 1;\n", "const b = 2;\n"]);
      const stored = fs
        .readdirSync(path.join(dir, "format"), { recursive: true, encoding: "utf8" })
        .map((f) => path.join(dir, "format", f))
        .filter((f) => fs.statSync(f).isFile());
      expect(stored).toHaveLength(2);
      // Overwrite one entry: a second run must read it instead of formatting again.
      const entry = stored.find((f) => fs.readFileSync(f, "utf8") === "const a = 1;\n")!;
      fs.writeFileSync(entry, "// from the cache\n");
      expect(await formatFiles([...sources, "let   c=3\n"], [], cache)).toEqual([
        "// from the cache\n",
        "const b = 2;\n",
        "let c = 3;\n",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
