/**
 * Generated code is formatted by Biome (format.ts) for speed, and promised to read as prettier
 * prints it. This holds Biome to prettier, with the same options, on everything we generate:
 * the checked-in output of the shipped models and the fixtures that exercise every template.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as babel from "prettier/plugins/babel";
import * as estree from "prettier/plugins/estree";
import * as prettier from "prettier/standalone";
import { generateCode } from "@oda-codegen/codegen";
import { ordersModel } from "./support/orders-model";
import { syntheticModel } from "./support/synthetic-model";
import { ticketsModel } from "./support/tickets-model";

const PRETTIER = { parser: "babel-ts", printWidth: 100, endOfLine: "lf" } as const;

const byPrettier = (text: string) =>
  prettier.format(text, { ...PRETTIER, plugins: [estree, babel] });

const GENERATED = path.resolve(__dirname, "..", "..", "..", "generated");

function checkedInSources(): { path: string; content: string }[] {
  return fs
    .readdirSync(GENERATED, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .sort()
    .map((file) => ({ path: file, content: fs.readFileSync(path.join(GENERATED, file), "utf8") }));
}

describe("generated code reads as prettier prints it", () => {
  it("holds for every checked-in file of the shipped models", async () => {
    const files = checkedInSources();
    expect(files.length).toBeGreaterThan(50);
    const differing: string[] = [];
    for (const file of files) {
      if ((await byPrettier(file.content)) !== file.content) differing.push(file.path);
    }
    expect(differing).toEqual([]);
  }, 120000);

  it.each([
    ["tickets fixture", () => ticketsModel()],
    ["orders fixture", () => ordersModel()],
    ["synthetic model", () => syntheticModel(120)],
  ])("holds for the %s", async (_label, model) => {
    const files = await generateCode(model(), { skipTypeCheck: true, cacheDir: false });
    const code = files.filter((f) => f.path.endsWith(".ts"));
    expect(code.length).toBeGreaterThan(3);
    for (const file of code) expect(await byPrettier(file.content)).toBe(file.content);
  }, 60000);
});
