import { parseDiagnostics, typeCheck } from "../src/type-check";

const RUNTIME = "@oda-codegen/runtime";

describe("type check of generated files (TypeScript's native compiler)", () => {
  it("reports type errors against runtime types and names the runtime does not export, located", async () => {
    const content = [
      `import { NoSuchThing, type ShapeCodec } from "${RUNTIME}";`,
      `export const codec: ShapeCodec<number> = { validate: () => [], toJson: (v: number) => v, fromJson: () => "text" };`,
      `export const other = NoSuchThing;`,
      "",
    ].join("\n");
    const diagnostics = await typeCheck([{ path: "x/codec.ts", content }], {
      runtimeImport: RUNTIME,
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "x/codec.ts",
        line: 1,
        column: 10,
        message: expect.stringMatching(/^TS2305: .*NoSuchThing/),
      }),
      expect.objectContaining({
        file: "x/codec.ts",
        line: 2,
        message: expect.stringMatching(/^TS2322: Type 'string' is not assignable to type 'number'/),
      }),
    ]);
  });

  it("checks namespace imports against the whole runtime entry", async () => {
    const content = `import * as rt from "${RUNTIME}";\nexport const failure: rt.FieldError = { path: "/a", constraint: "required", message: 1 };\n`;
    const messages = (
      await typeCheck([{ path: "x/ns.ts", content }], { runtimeImport: RUNTIME })
    ).map((d) => d.message);
    expect(messages).toEqual([
      expect.stringMatching(/^TS2322: Type 'number' is not assignable to type 'string'/),
    ]);
  });

  it("checks under strict with unused locals, across the files of a folder", async () => {
    const files = [
      { path: "y/types.ts", content: "export interface Thing {\n  name: string;\n}\n" },
      {
        path: "y/use.ts",
        content:
          'import type { Thing } from "./types";\nconst unused = 1;\nexport function name(t: Thing | undefined): string {\n  return t.name;\n}\n',
      },
    ];
    const messages = (await typeCheck(files, { runtimeImport: RUNTIME })).map(
      (d) => `${d.file}:${d.line} ${d.message}`,
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^y\/use\.ts:2 TS6133: 'unused' is declared but its value is never read/,
      ),
      expect.stringMatching(/^y\/use\.ts:4 TS18048: 't' is possibly 'undefined'/),
    ]);
  });

  it("passes a set that compiles", async () => {
    const content = `import type { FieldError } from "${RUNTIME}";\nexport const none: FieldError[] = [];\n`;
    expect(await typeCheck([{ path: "z/ok.ts", content }], { runtimeImport: RUNTIME })).toEqual([]);
  });

  it("reads the compiler's output: located lines, chained messages, global errors", () => {
    const output = [
      "a/b.ts(3,7): error TS2322: Type 'X' is not assignable to type 'Y'.",
      "  Property 'p' is missing in type 'X' but required in type 'Y'.",
      "error TS5023: Unknown compiler option 'nope'.",
      "",
    ].join("\n");
    expect(parseDiagnostics(output)).toEqual([
      {
        file: "a/b.ts",
        line: 3,
        column: 7,
        message:
          "TS2322: Type 'X' is not assignable to type 'Y'.\nProperty 'p' is missing in type 'X' but required in type 'Y'.",
      },
      { message: "TS5023: Unknown compiler option 'nope'." },
    ]);
  });
});
