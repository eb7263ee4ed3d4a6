/**
 * The REST front end of a service as an OpenAPI 3.1 document: one Path Item per `@http` uri,
 * parameters from the HTTP binding traits, request and response bodies, one response per modeled
 * error (by `@httpError` status), and the errors the adapter raises itself (400, 404, 405, 413,
 * 415, 500) with the service's error body (TMF Error when `@oda#restApi` says so).
 * https://spec.openapis.org/oas/v3.1.0
 */
import type { Model, ServiceShape } from "@oda-codegen/smithy";
import type { RestBinding, RestOperation, RestServiceSchema } from "@oda-codegen/runtime/src/rest";
import { buildRestSchema, hasHttpBindings } from "../rest/schema-builder";
import { collectClosure } from "../view-model/closure";
import { SchemaRegistry, documentation, type SchemaObject } from "./schemas";

type Json = Record<string, unknown>;

export function exportOpenApi(model: Model, serviceId: string): Json {
  const rest = buildRestSchema(model, serviceId);
  const closure = collectClosure(model, model.expectShape(serviceId) as ServiceShape);
  const registry = new SchemaRegistry(model, rest, (id) => closure.nameOf(id));
  // The adapter's own error body is `Error`, unless the model already names a shape so.
  const errorName = closure.shapes.some((s) => closure.nameOf(s.id) === "Error") ? "AdapterError" : "Error";
  const errorRef = `#/components/schemas/${errorName}`;
  const paths: Record<string, Json> = {};
  for (const op of rest.operations) {
    const { path, literalQuery } = openApiPath(op.uri);
    const item = (paths[path] ??= {});
    const method = op.httpMethod.toLowerCase();
    if (item[method]) continue; // same path and method, distinguished by a literal query: first wins
    item[method] = operationObject(model, rest, registry, op, literalQuery, errorRef);
  }
  registry.components[errorName] = errorSchema(rest);
  const doc = documentation(model, serviceId);
  const title = model.getShape(serviceId)?.traits.get("smithy.api#title");
  return {
    openapi: "3.1.0",
    info: {
      title: typeof title === "string" ? title : rest.name,
      version: rest.version || "0",
      ...(doc ? { description: doc } : {}),
    },
    ...(rest.basePath ? { servers: [{ url: "/", description: `resources live under ${rest.basePath}` }] } : {}),
    paths,
    components: { schemas: sortKeys(registry.components) },
  };
}

/** `openapi.json` text for the generator to write next to the code, or undefined without `@http`. */
export function generateOpenApiFile(model: Model, serviceId: string): string | undefined {
  if (!hasHttpBindings(model, serviceId)) return undefined;
  return JSON.stringify(exportOpenApi(model, serviceId), null, 2) + "\n";
}

/** `/a/{b}/{c+}?x=y` → path `/a/{b}/{c}` and the literal query constraints. */
function openApiPath(uri: string): { path: string; literalQuery: Array<[string, string | undefined]> } {
  const [path, query = ""] = uri.split("?") as [string, string?];
  const literalQuery = query
    .split("&")
    .filter((q) => q !== "")
    .map((q): [string, string | undefined] => {
      const eq = q.indexOf("=");
      return eq < 0 ? [q, undefined] : [q.slice(0, eq), q.slice(eq + 1)];
    });
  return { path: path.replace(/\{([^}+]+)\+\}/g, "{$1}"), literalQuery };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function operationObject(
  model: Model,
  rest: RestServiceSchema,
  registry: SchemaRegistry,
  op: RestOperation,
  literalQuery: Array<[string, string | undefined]>,
  errorRef: string,
): Json {
  const result: Json = { operationId: op.method, tags: [rest.name] };
  const doc = op.shapeId ? documentation(model, op.shapeId) : undefined;
  if (doc) {
    result.summary = doc.split("\n")[0]!.slice(0, 120);
    result.description = doc;
  }
  const parameters: Json[] = literalQuery.map(([name, value]) => ({
    name,
    in: "query",
    required: true,
    schema: value === undefined ? { type: "string" } : { type: "string", enum: [value] },
  }));
  const inputShape = op.input ? rest.shapes[op.input]! : undefined;
  for (const binding of op.inputBindings) {
    const member = inputShape!.members![binding.member]!;
    const schema = registry.forMember(member);
    const memberDoc = documentation(model, `${op.input}$${binding.member}`);
    const common = { ...(memberDoc ? { description: memberDoc } : {}), schema };
    if (binding.kind === "label") {
      parameters.push({ name: binding.name, in: "path", required: true, ...common, ...(binding.greedy ? { "x-greedy": true } : {}) });
    } else if (binding.kind === "query") {
      parameters.push({ name: binding.name, in: "query", ...(member.required ? { required: true } : {}), ...common, ...(isArray(rest, member.target) ? { style: "form", explode: true } : {}) });
    } else if (binding.kind === "queryParams") {
      parameters.push({ name: binding.member, in: "query", style: "form", explode: true, ...common });
    } else if (binding.kind === "header") {
      parameters.push({ name: binding.name, in: "header", ...(member.required ? { required: true } : {}), ...common });
    }
  }
  if (parameters.length > 0) result.parameters = parameters;
  const body = bodyContent(rest, registry, op.input, op.inputBindings, op.tmf?.mergePatch === true);
  if (body) result.requestBody = { required: op.inputBindings.some((b) => b.kind === "payload" && inputShape!.members![b.member]!.required), content: body };
  result.responses = responses(model, rest, registry, op, errorRef);
  return result;
}

function isArray(rest: RestServiceSchema, target: string): boolean {
  return rest.shapes[target]?.type === "list";
}

function bodyContent(
  rest: RestServiceSchema,
  registry: SchemaRegistry,
  structureId: string | undefined,
  bindings: RestBinding[],
  mergePatch: boolean,
): Json | undefined {
  if (!structureId) return undefined;
  const shape = rest.shapes[structureId]!;
  const payload = bindings.find((b) => b.kind === "payload");
  let mediaType = "application/json";
  let schema: SchemaObject;
  if (payload) {
    const member = shape.members![payload.member]!;
    const target = rest.shapes[member.target]!;
    if (target.type === "blob") {
      mediaType = target.mediaType ?? "application/octet-stream";
      schema = { type: "string", format: "binary" };
    } else if (target.type === "string" || target.type === "enum") {
      mediaType = target.mediaType ?? "text/plain";
      schema = { type: "string" };
    } else {
      schema = registry.forMember(member);
    }
  } else {
    const bound = new Set(bindings.map((b) => b.member));
    const members = Object.keys(shape.members ?? {}).filter((m) => !bound.has(m));
    if (members.length === 0) return undefined;
    schema = registry.objectSchema(structureId, shape, new Set(members));
  }
  const content: Json = { [mediaType]: { schema } };
  if (mergePatch) content["application/merge-patch+json"] = { schema };
  return content;
}

function responses(model: Model, rest: RestServiceSchema, registry: SchemaRegistry, op: RestOperation, errorRef: string): Json {
  const out: Record<string, Json> = {};
  const success: Json = { description: `${op.name} succeeded` };
  const outputShape = op.output ? rest.shapes[op.output]! : undefined;
  const headers: Record<string, Json> = {};
  for (const b of op.outputBindings) {
    if (b.kind !== "header") continue;
    headers[b.name] = { schema: registry.forMember(outputShape!.members![b.member]!) };
  }
  if (Object.keys(headers).length > 0) success.headers = headers;
  const content = op.code === 204 ? undefined : bodyContent(rest, registry, op.output, op.outputBindings, false);
  if (content) success.content = content;
  out[String(op.code)] = success;

  // One response per status; several modeled errors on one status become a oneOf.
  const byStatus = new Map<number, string[]>();
  for (const id of op.errors) {
    const e = rest.errors[id]!;
    byStatus.set(e.status, [...(byStatus.get(e.status) ?? []), id]);
  }
  for (const [status, ids] of byStatus) {
    const schemas = ids.map((id) => registry.forShape(id));
    const description = ids.map((id) => `${rest.errors[id]!.name}${documentation(model, id) ? `: ${documentation(model, id)}` : ""}`).join("; ");
    out[String(status)] = {
      description,
      content: { "application/json": { schema: schemas.length === 1 ? schemas[0] : { oneOf: schemas } } },
    };
  }
  const adapterErrors: Array<[number, string]> = [
    [400, "The request is malformed or breaks a constraint of the model"],
    [404, "No resource or route matches the request"],
    [405, "The path exists under another method"],
    [413, "The body exceeds the server's limit"],
    [415, "The Content-Type is not what the operation reads"],
    [500, "The server failed in a way the contract does not model"],
  ];
  for (const [status, description] of adapterErrors) {
    out[String(status)] ??= { description, content: { "application/json": { schema: { $ref: errorRef } } } };
  }
  return sortKeys(out);
}

/** The body of errors the adapter raises itself, per the service's `@oda#restApi` errorFormat. */
function errorSchema(rest: RestServiceSchema): SchemaObject {
  if (rest.errorFormat === "tmf") {
    return {
      description: "TMF630 Error",
      type: "object",
      required: ["code", "reason"],
      properties: {
        code: { type: "string", description: "Application relevant detail (the HTTP status unless the back end gives one)" },
        reason: { type: "string", description: "Explanation of the reason for the error" },
        message: { type: "string", description: "More details and corrective actions" },
        status: { type: "string", description: "HTTP error code extension" },
        referenceError: { type: "string", format: "uri", description: "URI of documentation describing the error" },
        "@type": { type: "string" },
      },
    };
  }
  if (rest.errorFormat === "problemDetails") {
    return {
      description: "RFC 7807 problem details",
      type: "object",
      properties: { type: { type: "string" }, title: { type: "string" }, status: { type: "integer" }, detail: { type: "string" } },
    };
  }
  return {
    description: "restJson1 error: the type travels in the x-amzn-errortype header",
    type: "object",
    properties: {
      message: { type: "string" },
      fieldList: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
    },
  };
}
