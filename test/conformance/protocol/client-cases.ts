/**
 * Client-side runs: request tests (the client must send the expected request for `params`) and
 * response tests (the client must read the response into `params`, or into the modeled error).
 */
import { isNodeObject } from "@oda-codegen/smithy";
import { decodeError, decodeOutput, encodeRequest, type RestOperation } from "@oda-codegen/runtime/src/rest";
import { ModeledError } from "@oda-codegen/runtime/src/errors";
import { bodyProblem, bodyText, headerProblems, stringList, stringMap } from "./http-message";
import type { ProtocolCase } from "./load";
import { difference, paramsToValue } from "./params";
import type { CaseResult } from "./server-cases";

function operationOf(c: ProtocolCase): RestOperation {
  return c.schema.operations.find((o) => o.name === c.operation)!;
}

export function runClientResponse(c: ProtocolCase): CaseResult {
  const op = operationOf(c);
  const params = isNodeObject(c.data.params) ? c.data.params : {};
  const received = {
    statusCode: Number(c.data.code),
    headers: Object.fromEntries(Object.entries(stringMap(c.data.headers)).map(([k, v]) => [k.toLowerCase(), v])),
    body: new TextEncoder().encode(typeof c.data.body === "string" ? c.data.body : ""),
  };
  const isError = c.target !== op.shapeId;
  try {
    if (isError) {
      const error = decodeError(c.schema, op, received, {});
      if (!(error instanceof ModeledError) || error.shapeId !== c.target) {
        return { outcome: "fail", detail: `decoded ${error.name}: ${error.message.slice(0, 120)}` };
      }
      const diff = difference(error.toMembers(), paramsToValue(c.schema, c.target, params, false));
      return diff ? { outcome: "fail", detail: `error ${diff}` } : { outcome: "pass" };
    }
    const output = decodeOutput(c.schema, op, received);
    const expected = op.output ? paramsToValue(c.schema, op.output, params, true) : {};
    const diff = difference(output, expected);
    return diff ? { outcome: "fail", detail: `output ${diff}` } : { outcome: "pass" };
  } catch (error) {
    return { outcome: "fail", detail: `threw ${(error as Error).message}` };
  }
}

export function runClientRequest(c: ProtocolCase): CaseResult {
  const op = operationOf(c);
  const params = isNodeObject(c.data.params) ? c.data.params : {};
  try {
    const input = (op.input ? paramsToValue(c.schema, op.input, params, false) : {}) as Record<string, unknown>;
    const encoded = encodeRequest(c.schema, op, input);
    const problems: string[] = [];
    if (encoded.method !== String(c.data.method)) problems.push(`method ${encoded.method}`);
    const [path, query = ""] = encoded.pathAndQuery.split("?");
    // A host with a path (`example.com/custom`) is the client's base URL: its path prefixes the uri.
    const host = typeof c.data.host === "string" ? c.data.host : "";
    const prefix = host.includes("/") ? host.slice(host.indexOf("/")) : "";
    if (prefix + path !== String(c.data.uri)) problems.push(`uri ${prefix}${path} != ${c.data.uri}`);
    const sent = query.split("&").filter((q) => q !== "");
    for (const q of stringList(c.data.queryParams)) if (!sent.includes(q)) problems.push(`missing query ${q} (sent ${query})`);
    const keys = sent.map((q) => q.split("=")[0]!);
    for (const k of stringList(c.data.forbidQueryParams)) if (keys.includes(k)) problems.push(`forbidden query ${k}`);
    for (const k of stringList(c.data.requireQueryParams)) if (!keys.includes(k)) problems.push(`required query ${k}`);
    // fetch adds Content-Length from the body; the codec leaves it to the transport.
    const sentHeaders = { ...encoded.headers };
    if (encoded.body !== undefined) sentHeaders["content-length"] = String(Buffer.byteLength(encoded.body));
    problems.push(...headerProblems(sentHeaders, c.data));
    if (typeof c.data.body === "string") {
      const media = typeof c.data.bodyMediaType === "string" ? c.data.bodyMediaType : undefined;
      const p = bodyProblem(bodyText(encoded.body), c.data.body, media);
      if (p) problems.push(p);
    }
    return problems.length > 0 ? { outcome: "fail", detail: problems.join("; ") } : { outcome: "pass" };
  } catch (error) {
    return { outcome: "fail", detail: `threw ${(error as Error).message}` };
  }
}
