import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Project } from "ts-morph";
import { CodegenError, GENERATED_HEADER, generateCode, type GeneratedFile } from "@oda-codegen/codegen";
import { ModelBuilder, m } from "./support/model-builder";
import { ticketsModel } from "./support/tickets-model";

let files: GeneratedFile[];
const file = (name: string) => files.find((f) => f.path === `ticket-service/${name}`)!.content;

beforeAll(async () => {
  files = await generateCode(ticketsModel());
});

describe("generateCode", () => {
  it("writes one folder per service, sorted, each file with the header and LF only", () => {
    expect(files.map((f) => f.path)).toEqual([
      "ticket-service/codecs.ts",
      "ticket-service/errors.ts",
      "ticket-service/index.ts",
      "ticket-service/native.ts",
      "ticket-service/service.ts",
      "ticket-service/types.ts",
    ]);
    for (const f of files) {
      expect(f.content.startsWith(`${GENERATED_HEADER}\n`)).toBe(true);
      expect(f.content).not.toContain("\r");
      expect(f.content).not.toMatch(/\bany\b/);
    }
  });

  it("is deterministic: the same model gives the same bytes, with or without the cache", async () => {
    expect(await generateCode(ticketsModel(), { cacheDir: false })).toEqual(files);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "codegen-cache-"));
    try {
      expect(await generateCode(ticketsModel(), { cacheDir })).toEqual(files);
      expect(fs.readdirSync(cacheDir).sort()).toEqual(["check", "format"]);
      // Warm: everything comes from the cache, same bytes.
      expect(await generateCode(ticketsModel(), { cacheDir })).toEqual(files);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it("emits readable types: interfaces, unions, enums as const objects, TSDoc", () => {
    const types = file("types.ts");
    expect(types).toContain("/** A support ticket. */\nexport interface Ticket {");
    expect(types).toContain("  createdAt: Date;\n");
    expect(types).toContain("  views?: bigint;\n");
    expect(types).toContain("  | { team: Team; user?: never; unassigned?: never; $unknown?: never }");
    expect(types).toContain('export const Status = {\n  OPEN: "open",');
    expect(types).toContain("export type Status = (typeof Status)[keyof typeof Status];");
    expect(types).not.toMatch(/\benum\s+\w+\s*\{/); // no TypeScript `enum`
  });

  it("declares the service interface, the client factory and serve function", () => {
    expect(file("service.ts")).toContain(
      "getTicket(input: GetTicketInput, context?: CallContext): Promise<GetTicketOutput>;",
    );
    const native = file("native.ts");
    expect(native).toContain("export function createTicketServiceNativeClient(");
    expect(native).toContain("export function serveTicketService(");
    expect(file("index.ts")).toContain('export * from "./native";');
  });

  it("emits error classes named after their shapes", () => {
    const errors = file("errors.ts");
    expect(errors).toContain("export class TicketNotFound extends ModeledError {");
    expect(errors).toContain('override readonly name = "TicketNotFound";');
    expect(errors).toContain("override readonly httpStatus = 404;");
  });

  it("exports no `any` from the generated API (checked by the compiler)", () => {
    const project = new Project({ compilerOptions: { strict: true, skipLibCheck: true }, useInMemoryFileSystem: false });
    const root = path.resolve(__dirname, "..", "..", "..", ".tmp-codegen-any-check");
    for (const f of files) project.createSourceFile(path.join(root, f.path), f.content, { overwrite: true });
    const index = project.getSourceFileOrThrow(path.join(root, "ticket-service/index.ts"));
    const offenders: string[] = [];
    for (const [name, declarations] of index.getExportedDeclarations()) {
      for (const d of declarations) if (/\bany\b/.test(d.getType().getText(d))) offenders.push(name);
    }
    expect(offenders).toEqual([]);
  });

  it("fails with the compiler's diagnostics when the output does not compile", async () => {
    // A runtime without the symbols generated code imports: every import is a diagnostic.
    const emptyRuntime = path.join(__dirname, "support", "empty-runtime.ts");
    const error = await generateCode(ticketsModel(), { runtimeEntry: emptyRuntime }).catch((e: unknown) => e);
    // Failures are never cached: the same call fails again.
    await expect(generateCode(ticketsModel(), { runtimeEntry: emptyRuntime })).rejects.toBeInstanceOf(CodegenError);
    expect(error).toBeInstanceOf(CodegenError);
    const diagnostics = (error as CodegenError).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ file: expect.stringMatching(/^ticket-service\//), line: expect.any(Number) });
    expect(diagnostics.map((d) => d.message).join("\n")).toMatch(/TS2305.*ModeledError/);
  });

  it("refuses shape names that would shadow what generated code imports", async () => {
    const model = new ModelBuilder("x")
      .structure("ValidationError", { a: m("String") })
      .operation("Op", { input: "ValidationError" })
      .service("Svc", { operations: ["Op"] })
      .build();
    await expect(generateCode(model)).rejects.toThrow(/clashes with a name the generated code uses/);
  });

  it("generates only the services asked for, and uses the configured runtime specifier", async () => {
    const model = new ModelBuilder("x")
      .operation("Op", {})
      .service("One", { operations: ["Op"] })
      .service("Two", { operations: ["Op"] })
      .build();
    const only = await generateCode(model, { services: ["x#Two"], skipTypeCheck: true, runtimeImport: "my-runtime" });
    expect(only.map((f) => f.path)).toEqual(["two/codecs.ts", "two/index.ts", "two/native.ts", "two/service.ts"]);
    expect(only.find((f) => f.path === "two/native.ts")!.content).toContain('from "my-runtime"');
    await expect(generateCode(model, { services: ["x#Op"] })).rejects.toThrow(CodegenError);
  });
});
