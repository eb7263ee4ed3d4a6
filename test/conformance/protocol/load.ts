/**
 * Loads Smithy's restJson1 protocol-test models (reference/smithy-protocol-tests, see its
 * MANIFEST) with our parser, builds the REST descriptors of the RestJson and RestJsonValidation
 * services, and collects every test case of the `smithy.test` traits on their operations and errors.
 */
import * as path from "node:path";
import { assembleModel } from "@oda-codegen/smithy";
import { isNodeObject, type Model, type NodeObject, type NodeValue } from "@oda-codegen/smithy";
import { buildRestSchema } from "@oda-codegen/codegen/src/rest";
import type { RestServiceSchema } from "@oda-codegen/runtime/src/rest";

export const SERVICES = ["aws.protocoltests.restjson#RestJson", "aws.protocoltests.restjson.validation#RestJsonValidation"];
const RESTJSON1 = "aws.protocols#restJson1";

export type CaseKind = "request" | "response" | "malformed";

export interface ProtocolCase {
  kind: CaseKind;
  id: string;
  /** Operation or error structure the trait is applied to. */
  target: string;
  /** The operation the case runs against (for errors: the first operation that lists it). */
  operation: string;
  schema: RestServiceSchema;
  appliesTo: "client" | "server" | "both";
  /** The test-case object of the trait (parameters already interpolated for malformed cases). */
  data: NodeObject;
}

export interface LoadedSuite {
  model: Model;
  schemas: RestServiceSchema[];
  cases: ProtocolCase[];
  /** Problems of the load itself (parser errors). */
  errors: string[];
}

export function loadSuite(referenceDir: string): LoadedSuite {
  const result = assembleModel({ paths: [path.join(referenceDir, "model"), path.join(referenceDir, "deps")] });
  const errors = result.events
    .filter((e) => e.severity === "ERROR" || e.severity === "DANGER")
    .map((e) => `${e.sourceLocation.filename}:${e.sourceLocation.line}:${e.sourceLocation.column} [${e.id}] ${e.message}`);
  const model = result.model!;
  const schemas = SERVICES.map((id) => buildRestSchema(model, id));
  const cases: ProtocolCase[] = [];
  for (const schema of schemas) {
    const seenErrors = new Set<string>();
    for (const op of schema.operations) {
      const shape = model.expectShape(op.shapeId!);
      collect(shape.traits, shape.id, op.name, schema, cases);
      for (const errorId of op.errors) {
        if (seenErrors.has(errorId)) continue;
        seenErrors.add(errorId);
        collect(model.expectShape(errorId).traits, errorId, op.name, schema, cases);
      }
    }
  }
  return { model, schemas, cases, errors };
}

function collect(
  traits: ReadonlyMap<string, NodeValue>,
  target: string,
  operation: string,
  schema: RestServiceSchema,
  out: ProtocolCase[],
): void {
  const push = (kind: CaseKind, data: NodeObject) => {
    if (data.protocol !== RESTJSON1) return;
    const appliesTo = data.appliesTo === "client" || data.appliesTo === "server" ? data.appliesTo : "both";
    out.push({ kind, id: String(data.id), target, operation, schema, appliesTo, data });
  };
  for (const item of list(traits.get("smithy.test#httpRequestTests"))) push("request", item);
  for (const item of list(traits.get("smithy.test#httpResponseTests"))) push("response", item);
  for (const item of list(traits.get("smithy.test#httpMalformedRequestTests"))) {
    for (const expanded of expandParameters(item)) push("malformed", expanded);
  }
}

function list(value: NodeValue | undefined): NodeObject[] {
  return Array.isArray(value) ? value.filter(isNodeObject) : [];
}

/**
 * `testParameters` expansion: case i takes the i-th value of every parameter; `$name:S` inserts
 * it as a JSON string, `$name:L` literally, and `$$` is a literal `$`.
 */
export function expandParameters(item: NodeObject): NodeObject[] {
  const params = isNodeObject(item.testParameters) ? item.testParameters : undefined;
  if (!params) return [interpolate(item, {}) as NodeObject];
  const names = Object.keys(params);
  const count = Math.max(...names.map((n) => (Array.isArray(params[n]) ? (params[n] as NodeValue[]).length : 0)));
  const cases: NodeObject[] = [];
  for (let i = 0; i < count; i++) {
    const values: Record<string, string> = {};
    for (const n of names) values[n] = String((params[n] as NodeValue[])[i]);
    const expanded = interpolate(item, values) as NodeObject;
    expanded.id = `${String(item.id)}_case${i}`;
    cases.push(expanded);
  }
  return cases;
}

function interpolate(value: NodeValue, values: Record<string, string>): NodeValue {
  if (typeof value === "string") {
    return value.replace(/\$\$|\$([A-Za-z0-9_]+):([SL])/g, (match, name: string | undefined, mode: string | undefined) => {
      if (match === "$$") return "$";
      const v = values[name!];
      if (v === undefined) return match;
      return mode === "S" ? JSON.stringify(v) : v;
    });
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, values));
  if (isNodeObject(value)) {
    const out: NodeObject = {};
    for (const [k, v] of Object.entries(value)) if (k !== "testParameters") out[k] = interpolate(v, values);
    return out;
  }
  return value;
}
