/**
 * Server-side runs: request tests (the handler must call the implementation with `params`),
 * response tests (the implementation returns `params`, the handler must write the expected
 * response), and malformed-request tests (the handler must answer the expected error).
 */
import type { HttpResponse } from "@smithy/types";
import { isNodeObject, type NodeObject } from "@oda-codegen/smithy";
import { createRestHandler, genericModeledError, encodeRequest, type RestOperation, type RestServiceSchema } from "@oda-codegen/runtime/src/rest";
import { parseQueryString } from "@oda-codegen/runtime/src/rest/node";
import { bodyProblem, bodyText, headerProblems, requestOf, responseHeaders } from "./http-message";
import type { ProtocolCase } from "./load";
import { difference, paramsToValue } from "./params";

export interface CaseResult {
  outcome: "pass" | "fail";
  detail?: string;
}

function operationOf(c: ProtocolCase): RestOperation {
  return c.schema.operations.find((o) => o.name === c.operation)!;
}

/** An implementation whose every method records its input and answers `answer()`. */
function recorder(schema: RestServiceSchema, answer: () => unknown) {
  const calls: { method: string; input: unknown }[] = [];
  const impl: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const op of schema.operations) {
    impl[op.method] = async (input) => {
      calls.push({ method: op.method, input });
      const value = answer();
      if (value instanceof Error) throw value;
      return value;
    };
  }
  return { impl, calls };
}

export async function runServerRequest(c: ProtocolCase): Promise<CaseResult> {
  const op = operationOf(c);
  const { impl, calls } = recorder(c.schema, () => ({}));
  const handler = createRestHandler(c.schema, impl);
  const response = await handler(requestOf(c.data));
  if (calls.length !== 1) {
    return { outcome: "fail", detail: `not called (HTTP ${response.statusCode} ${bodyText(response.body).slice(0, 200)})` };
  }
  if (calls[0]!.method !== op.method) return { outcome: "fail", detail: `routed to ${calls[0]!.method}` };
  const params = isNodeObject(c.data.params) ? c.data.params : {};
  const expected = op.input ? paramsToValue(c.schema, op.input, params, true) : {};
  const diff = difference(calls[0]!.input, expected);
  return diff ? { outcome: "fail", detail: `input ${diff}` } : { outcome: "pass" };
}

/** A value of the given target, so that a request routes and validates (labels, required members). */
function sample(schema: RestServiceSchema, target: string, depth = 0): unknown {
  const shape = schema.shapes[target]!;
  switch (shape.type) {
    case "boolean":
      return true;
    case "timestamp":
      return new Date(0);
    case "string":
    case "enum":
      return shape.enumValues?.[0] ?? "s".repeat(Math.max(1, shape.constraints?.length?.min ?? 1));
    case "blob":
      return new Uint8Array([1]);
    case "list":
      return [];
    case "map":
      return {};
    case "structure": {
      const out: Record<string, unknown> = {};
      if (depth < 4) for (const [name, m] of Object.entries(shape.members ?? {})) if (m.required) out[name] = sample(schema, m.target, depth + 1);
      return out;
    }
    case "union":
    case "document":
      return {};
    default:
      return shape.enumValues?.[0] ?? Math.max(1, shape.constraints?.range?.min ?? 1);
  }
}

export async function runServerResponse(c: ProtocolCase): Promise<CaseResult> {
  const op = operationOf(c);
  const params = isNodeObject(c.data.params) ? c.data.params : {};
  const isError = c.target !== op.shapeId;
  const answer = () =>
    isError
      ? genericModeledError(c.schema, c.target, paramsToValue(c.schema, c.target, params, false) as Record<string, unknown>)
      : op.output
        ? paramsToValue(c.schema, op.output, params, false)
        : {};
  const { impl } = recorder(c.schema, answer);
  const handler = createRestHandler(c.schema, impl);
  const input = (op.input ? sample(c.schema, op.input) : {}) as Record<string, unknown>;
  const members = op.input ? (c.schema.shapes[op.input]!.members ?? {}) : {};
  for (const b of op.inputBindings) if (b.kind === "label") input[b.member] = sample(c.schema, members[b.member]!.target);
  const encoded = encodeRequest(c.schema, op, input);
  const [path, query] = encoded.pathAndQuery.split("?");
  const response = await handler({
    method: encoded.method,
    protocol: "http:",
    hostname: "localhost",
    path: path!,
    query: parseQueryString(query ?? ""),
    headers: encoded.headers,
    ...(encoded.body !== undefined ? { body: encoded.body } : {}),
  });
  return compareResponse(response, c.data);
}

export function compareResponse(response: HttpResponse, expected: NodeObject): CaseResult {
  const problems: string[] = [];
  if (response.statusCode !== Number(expected.code)) {
    problems.push(`status ${response.statusCode} != ${expected.code} (${bodyText(response.body).slice(0, 160)})`);
  }
  problems.push(...headerProblems(responseHeaders(response), expected));
  if (typeof expected.body === "string") {
    const p = bodyProblem(bodyText(response.body), expected.body, typeof expected.bodyMediaType === "string" ? expected.bodyMediaType : undefined);
    if (p) problems.push(p);
  }
  return problems.length > 0 ? { outcome: "fail", detail: problems.join("; ") } : { outcome: "pass" };
}

export async function runMalformed(c: ProtocolCase): Promise<CaseResult> {
  const { impl, calls } = recorder(c.schema, () => ({}));
  const handler = createRestHandler(c.schema, impl);
  const request = isNodeObject(c.data.request) ? c.data.request : {};
  const expected = isNodeObject(c.data.response) ? c.data.response : {};
  const response = await handler(requestOf(request));
  const problems: string[] = [];
  if (calls.length > 0) problems.push("the implementation was called");
  if (response.statusCode !== Number(expected.code)) problems.push(`status ${response.statusCode} != ${expected.code} (${bodyText(response.body).slice(0, 200)})`);
  problems.push(...headerProblems(responseHeaders(response), expected));
  const body = isNodeObject(expected.body) ? expected.body : undefined;
  const assertion = body && isNodeObject(body.assertion) ? body.assertion : undefined;
  if (assertion && typeof assertion.contents === "string") {
    const p = bodyProblem(bodyText(response.body), assertion.contents, typeof body!.mediaType === "string" ? body!.mediaType : "application/json");
    if (p) problems.push(p);
  }
  if (assertion && typeof assertion.messageRegex === "string") {
    let message = "";
    try {
      message = String(JSON.parse(bodyText(response.body)).message ?? "");
    } catch {
      message = bodyText(response.body);
    }
    if (!new RegExp(assertion.messageRegex).test(message)) problems.push(`message ${JSON.stringify(message)} !~ ${assertion.messageRegex}`);
  }
  return problems.length > 0 ? { outcome: "fail", detail: problems.join("; ") } : { outcome: "pass" };
}
