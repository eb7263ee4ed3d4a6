/**
 * A model nobody here wrote: Smithy's restJson1 validation service (smithy-aws-protocol-tests),
 * loaded with our parser, generated, served in process. Its `httpMalformedRequestTests` state,
 * for JSON bodies that break constraints, which paths a ValidationException must list; the
 * generated codec must report exactly those paths.
 */
import * as path from "node:path";
import { assembleModel, isNodeObject, type Model, type NodeValue } from "@oda-codegen/smithy";
import { ValidationError, createInProcessTransport, type ShapeCodec, type ServiceDescriptor } from "@oda-codegen/runtime";
import { describeWithReference } from "../../../test/support/reference";
import { generateInto, type GeneratedSet } from "./support/generate-into";

const SERVICE = "aws.protocoltests.restjson.validation#RestJsonValidation";

/**
 * Cases we do not run, with why (acorn keeps such a list for test262).
 * - ReDoS: `^([0-9]+)+$` against a long non-matching string backtracks exponentially in the
 *   JS RegExp engine (minutes); Smithy expects a linear-time engine. Generated code uses RegExp.
 */
const KNOWN_FAILURES = new Set(["RestJsonMalformedPatternReDOSString"]);

interface MalformedCase {
  readonly id: string;
  readonly operation: string;
  readonly body: string;
  readonly paths: string[];
}

/** Expands `testParameters` (`$name:L` literal, `$name:S` string) into one case per value. */
function expand(text: string, params: Record<string, string[]>, i: number): string {
  return text.replace(/\$(\w+):([LS])/g, (_m, name: string, kind: string) => {
    const value = params[name]![i]!;
    return kind === "S" ? JSON.stringify(value) : value;
  });
}

function malformedCases(model: Model): MalformedCase[] {
  const cases: MalformedCase[] = [];
  const service = model.expectShape(SERVICE);
  if (service.type !== "service") return cases;
  for (const opId of service.operations) {
    const tests = model.expectShape(opId).traits.get("smithy.test#httpMalformedRequestTests");
    for (const test of Array.isArray(tests) ? tests : []) {
      if (!isNodeObject(test) || !isNodeObject(test.request) || !isNodeObject(test.response)) continue;
      const body = test.request.body;
      const contents = (test.response.body as { assertion?: { contents?: NodeValue } } | undefined)?.assertion?.contents;
      if (typeof body !== "string" || typeof contents !== "string" || test.request.uri === undefined) continue;
      if (test.request.queryParams !== undefined || (test.request.headers as Record<string, string>)?.["content-type"] !== "application/json") continue;
      const params = (isNodeObject(test.testParameters) ? test.testParameters : {}) as Record<string, string[]>;
      const count = Object.values(params)[0]?.length ?? 1;
      for (let i = 0; i < count; i++) {
        const expected = JSON.parse(expand(contents, params, i)) as { fieldList?: { path: string }[] };
        cases.push({
          id: count > 1 ? `${String(test.id)}[${i}]` : String(test.id),
          operation: opId.split("#")[1]!,
          body: expand(body, params, i),
          paths: (expected.fieldList ?? []).map((f) => f.path).sort(),
        });
      }
    }
  }
  return cases;
}

describeWithReference("restJson1 validation service (smithy-aws-protocol-tests)", ["smithy-protocol-tests"], (dir) => {
  let model: Model;
  let generated: GeneratedSet;
  let api: Record<string, unknown>;
  let errors: string[] = [];

  beforeAll(async () => {
    const assembled = assembleModel({ paths: [path.join(dir, "model"), path.join(dir, "deps")] });
    errors = assembled.events.filter((e) => e.severity === "ERROR").map((e) => e.message);
    model = assembled.model!;
    generated = await generateInto(model, "protocol-tests", [SERVICE]);
    api = generated.load("rest-json-validation");
  }, 60000);
  afterAll(() => generated?.remove());

  it("loads without errors (our parser) and generates the service's folder", () => {
    expect(errors).toEqual([]);
    expect(generated.files.map((f) => f.path)).toContain("rest-json-validation/index.ts");
  });

  it("rejects exactly the members each malformed-request test names", () => {
    const descriptor = api.RestJsonValidationDescriptor as ServiceDescriptor;
    const cases = malformedCases(model);
    expect(cases.length).toBeGreaterThan(50);
    const mismatches: string[] = [];
    for (const c of cases) {
      if (KNOWN_FAILURES.has(c.id.replace(/\[\d+\]$/, ""))) continue;
      const operation = descriptor.operations.find((o) => o.name === c.operation)!;
      const codec = operation.input as ShapeCodec<unknown>;
      let got: string[] = [];
      try {
        codec.fromJson(JSON.parse(c.body));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        got = [...new Set(error.fieldErrors.map((f) => f.path))].sort();
      }
      if (JSON.stringify(got) !== JSON.stringify(c.paths)) mismatches.push(`${c.id}: want ${c.paths.join(",")} got ${got.join(",")}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("keeps @sensitive values out of failure messages", () => {
    const descriptor = api.RestJsonValidationDescriptor as ServiceDescriptor;
    const codec = descriptor.operations.find((o) => o.name === "SensitiveValidation")!.input;
    const [failure, ...rest] = codec.validate({ string: "ABC" });
    expect(rest).toEqual([]);
    expect(failure).toMatchObject({ path: "/string", constraint: "pattern" });
    expect(failure!.message).not.toContain("ABC");
    expect(failure!.message).toContain("@sensitive");
  });

  it("serves the generated interface and answers invalid calls with ValidationError", async () => {
    const transport = createInProcessTransport({ encode: true });
    const calls: unknown[] = [];
    const impl = new Proxy({}, { get: () => async (input: unknown) => (calls.push(input), {}) });
    const serve = api.serveRestJsonValidation as (impl: object, t: typeof transport) => Promise<{ close(): Promise<void> }>;
    const createClient = api.createRestJsonValidationNativeClient as (t: typeof transport) => Record<string, (input: unknown) => Promise<unknown>>;
    const served = await serve(impl, transport);
    try {
      const client = createClient(transport);
      await expect(client.malformedLength!({ string: "abcd", list: ["abc", "def"] })).resolves.toEqual({});
      expect(calls).toEqual([{ string: "abcd", list: ["abc", "def"] }]);
      const error = await client.malformedLength!({ string: "a", minString: "b" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.map((f) => f.path).sort()).toEqual(["/minString", "/string"]);
    } finally {
      await served.close();
      await transport.close();
    }
  });
});
