/**
 * Paths, methods, status codes, parameters and bodies of one OpenAPI document (Swagger 2.0, OpenAPI
 * 3.0 or 3.1) in the common form. Swagger 2.0 puts the base path in `basePath`, bodies in `in: body`
 * parameters and `responses[code].schema`; OpenAPI 3 in `servers[0].url`, `requestBody.content` and
 * `responses[code].content` (https://spec.openapis.org/oas/v3.0.3#responses-object).
 */
import { HTTP_METHODS, trimSlash, type NormalApi, type OperationForm, type ResponseForm, type TypeNode } from "./normal-form";
import { SchemaReader, type DocumentSet, type Json } from "./schema-reader";

/** `allDefinitions`: also read every Swagger `definitions` entry, so unused ones are checked too. */
export function readApi(set: DocumentSet, mainFile: string, allDefinitions = false): NormalApi {
  const doc = set.files[mainFile];
  if (!doc) throw new Error(`no document ${mainFile}`);
  const reader = new SchemaReader(set);
  const base = basePathOf(doc);
  const paths: NormalApi["paths"] = {};
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    const full = trimSlash(base + path);
    const methods = (paths[full] ??= {});
    for (const method of HTTP_METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const params = [...((item.parameters as Json[] | undefined) ?? []), ...((op.parameters as Json[] | undefined) ?? [])];
      methods[method] = readOperation(reader, doc, `${method.toUpperCase()} ${path}`, op, params);
    }
  }
  const definitions = allDefinitions ? Object.keys(doc.definitions ?? {}) : [];
  for (const name of definitions) reader.node({ $ref: `#/definitions/${name}` }, doc, name);
  return { paths, schemas: reader.schemas, unresolved: [...reader.unresolved], ...(allDefinitions ? { definitions } : {}) };
}

/** Swagger `basePath`, or the path of the first OpenAPI server URL (`{apiRoot}` dropped). */
function basePathOf(doc: Json): string {
  if (typeof doc.basePath === "string") return trimSlash(doc.basePath === "/" ? "" : doc.basePath);
  const url = (doc.servers as Json[] | undefined)?.[0]?.url;
  if (typeof url !== "string") return "";
  const path = url.replace(/^\{[^}]+\}/, "").replace(/^[a-z]+:\/\/[^/]+/i, "");
  return path === "/" ? "" : trimSlash(path);
}

function readOperation(reader: SchemaReader, doc: Json, where: string, op: Json, rawParams: Json[]): OperationForm {
  const form: OperationForm = { responses: {}, parameters: {} };
  for (const raw of rawParams) {
    const p = typeof raw.$ref === "string" ? reader.resolve(raw.$ref, doc)?.schema : raw;
    if (!p) continue;
    if (p.in === "body") {
      form.requestBody = reader.node(p.schema, doc, `${where} body`);
      continue;
    }
    const node = reader.node(p.schema ?? p, doc, `${where} ${p.name}`);
    form.parameters[`${p.in}:${p.name}`] = { type: node.type, required: p.required === true };
  }
  if (op.requestBody) {
    const body = typeof op.requestBody.$ref === "string" ? reader.resolve(op.requestBody.$ref, doc) : { schema: op.requestBody, doc };
    if (body) form.requestBody = contentNode(reader, body.doc, body.schema, `${where} body`);
  }
  for (const [status, raw] of Object.entries<Json>(op.responses ?? {})) {
    const r = typeof raw.$ref === "string" ? reader.resolve(raw.$ref, doc) : { schema: raw, doc };
    const response: ResponseForm = { headers: {} };
    form.responses[status] = response;
    if (!r) continue;
    const body = r.schema.schema
      ? reader.node(r.schema.schema, r.doc, `${where} ${status}`)
      : contentNode(reader, r.doc, r.schema, `${where} ${status}`);
    if (body) response.body = body;
    for (const [header, h] of Object.entries<Json>(r.schema.headers ?? {})) {
      const node = reader.node(h.schema ?? h, r.doc, `${where} ${header}`);
      response.headers[header] = { type: node.type, required: h.required === true };
    }
  }
  return form;
}

/** The schema of the first JSON media type of an OpenAPI 3 `content` map. */
function contentNode(reader: SchemaReader, doc: Json, holder: Json, hint: string): TypeNode | undefined {
  const content = holder.content as Record<string, Json> | undefined;
  if (!content) return undefined;
  const entry = Object.entries(content).find(([mt]) => /json/.test(mt)) ?? Object.entries(content)[0];
  return entry?.[1].schema ? reader.node(entry[1].schema, doc, hint) : undefined;
}
