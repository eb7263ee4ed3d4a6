import { typeCheck } from "../src/type-check";
import { importedNames, runtimeSurface } from "../src/runtime-surface";
import { RUNTIME_ENTRY } from "../src/type-check";
import * as path from "node:path";

const RUNTIME = "@oda-codegen/runtime";

describe("type check against the runtime's surface", () => {
  it("finds the names generated files import, or gives up on forms it does not read", () => {
    const a = `import { type FieldError, ValidationError } from "${RUNTIME}";\nimport type { JsonValue as J } from "${RUNTIME}";\n`;
    expect([...importedNames([a], RUNTIME)!].sort()).toEqual([
      "FieldError",
      "JsonValue",
      "ValidationError",
    ]);
    expect(importedNames([`import * as rt from "${RUNTIME}";\n`], RUNTIME)).toBeUndefined();
  });

  it("re-exports each name from the runtime file that declares it", () => {
    const surface = runtimeSurface(
      RUNTIME_ENTRY,
      new Set(["ModeledError", "ShapeCodec", "NoSuchName"]),
      path.join(path.dirname(RUNTIME_ENTRY), "x.d.ts"),
    );
    expect(surface).toContain(`export { ModeledError } from "./errors";`);
    expect(surface).toMatch(/export \{ ShapeCodec \} from "\.\/[a-z-]+";/);
    expect(surface).not.toContain("NoSuchName");
  });

  it("reports type errors against runtime types and names the runtime does not export", () => {
    const content = [
      `import { NoSuchThing, type ShapeCodec } from "${RUNTIME}";`,
      `export const codec: ShapeCodec<number> = { validate: () => [], toJson: (v: number) => v, fromJson: () => "text" };`,
      `export const other = NoSuchThing;`,
      "",
    ].join("\n");
    const messages = typeCheck([{ path: "x/codec.ts", content }], { runtimeImport: RUNTIME }).map(
      (d) => d.message,
    );
    expect(messages).toEqual([
      expect.stringMatching(/^TS2305: .*NoSuchThing/),
      expect.stringMatching(/^TS2322: Type 'string' is not assignable to type 'number'/),
    ]);
  });

  it("checks namespace imports against the whole runtime entry", () => {
    const content = `import * as rt from "${RUNTIME}";\nexport const failure: rt.FieldError = { path: "/a", constraint: "required", message: 1 };\n`;
    const messages = typeCheck([{ path: "x/ns.ts", content }], { runtimeImport: RUNTIME }).map(
      (d) => d.message,
    );
    expect(messages).toEqual([
      expect.stringMatching(/^TS2322: Type 'number' is not assignable to type 'string'/),
    ]);
  });
});
