import { formatFiles, formatTypeScript, splitTopLevel } from "../src/format";
import { generateCode } from "@oda-codegen/codegen";
import { syntheticModel } from "./support/synthetic-model";

describe("formatting", () => {
  it("splits only between top-level statements, losing nothing", () => {
    const source =
      '// header\nimport { a } from "a";\n\nconst X = 1;\n\nfunction f() {\nreturn X;\n\n}\n\nexport const y = f();\n';
    const chunks = splitTopLevel(source, 1);
    expect(chunks.join("\n\n")).toBe(source);
    // The blank line inside f() is not a boundary: no chunk starts inside a function.
    for (const chunk of chunks) expect(chunk).toMatch(/^(\/\/|const |function |export )/);
    expect(chunks).toContain("function f() {\nreturn X;\n\n}");
  });

  it("chooses chunk boundaries by content, so an insertion leaves the other chunks as they were", () => {
    const statement = (i: number) => `function f${i}() {\nreturn ${i};\n}`;
    const before = Array.from({ length: 3000 }, (_, i) => statement(i));
    const after = [...before.slice(0, 1500), "const inserted = 1;", ...before.slice(1500)];
    const a = splitTopLevel(before.join("\n\n"), 2000);
    const b = new Set(splitTopLevel(after.join("\n\n"), 2000));
    expect(a.length).toBeGreaterThan(20);
    expect(a.filter((chunk) => !b.has(chunk)).length).toBeLessThanOrEqual(2);
  });

  it("formats big sets in worker threads with the same bytes as one prettier run per file", async () => {
    const raw = await generateCode(syntheticModel(250), { skipTypeCheck: true });
    // generateCode output is already formatted; formatting is idempotent, so parallel == serial.
    const sources = raw.map((f) => f.content.replace(/\n\n/g, "\n\n\n"));
    const parallel = await formatFiles(sources);
    // A core taken until a check ends: the calling thread starts alone, a worker joins later.
    const alone = await formatFiles(sources, undefined, {
      busyUntil: new Promise((resolve) => setTimeout(resolve, 300)),
    });
    const serial: string[] = [];
    for (const s of sources) serial.push(await formatTypeScript(s));
    expect(parallel).toEqual(serial);
    expect(alone).toEqual(serial);
    expect(parallel).toEqual(raw.map((f) => f.content));
  }, 60000);
});

describe("formatting statements in batches", () => {
  it("gives the same bytes when a statement contains the batch marker itself", async () => {
    const doc = "/**\n * // @oda-codegen:statement-boundary\n */";
    const source = `const a = 1;\n\n${doc}\nexport const b    = 2;\n\nfunction   c() { return a; }\n`;
    const big = Array.from({ length: 3 }, () => source)
      .join("\n\n")
      .replace(/const a = 1;/g, (m, i: number) => `${m} // ${i}`);
    expect(await formatFiles([big])).toEqual([await formatTypeScript(big)]);
  });
});
