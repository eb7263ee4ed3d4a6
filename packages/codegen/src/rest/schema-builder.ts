/**
 * Model + service id → the REST binding descriptor (`RestServiceSchema` of the runtime) as plain
 * JSON: operations with their `@http` bindings, error statuses, and every shape they reach with
 * jsonName, timestamp formats, constraints and TMF markers. Generated `rest.ts` embeds it as
 * JSON text; the protocol-test runner builds it in memory.
 */
import {
  UNIT,
  isNodeObject,
  type MemberShape,
  type Model,
  type NodeValue,
  type OperationShape,
  type ServiceShape,
  type Shape,
} from "@oda-codegen/smithy";
import type {
  RestBinding,
  RestErrorShape,
  RestMember,
  RestOperation,
  RestServiceSchema,
  RestShape,
  RestShapeType,
  TimestampFormat,
} from "@oda-codegen/runtime/src/rest";
import { CodegenError } from "../codegen-error";
import { lowerCamelCase } from "../names";
import { collectClosure } from "../view-model/closure";
import { constraintsOf, defaultOf, isRequired, TRAIT } from "../view-model/traits";
import { HTTP_TRAIT, ODA_TRAIT } from "./traits";

/** True when at least one operation of the service carries `@http`. */
export function hasHttpBindings(model: Model, serviceId: string): boolean {
  const service = model.getShape(serviceId);
  if (!service || service.type !== "service") return false;
  return collectClosure(model, service as ServiceShape).operations.some((op) => op.traits.has(HTTP_TRAIT.http));
}

export function buildRestSchema(model: Model, serviceId: string): RestServiceSchema {
  const service = model.getShape(serviceId);
  if (!service || service.type !== "service") throw new CodegenError(`No service ${serviceId} in the model`);
  const closure = collectClosure(model, service as ServiceShape);
  const shapes: Record<string, RestShape> = {};
  const errors: Record<string, RestErrorShape> = {};
  const builder = new ShapeTable(model, shapes);

  const operations: RestOperation[] = [];
  for (const op of closure.operations) {
    const http = op.traits.get(HTTP_TRAIT.http);
    if (!isNodeObject(http)) continue;
    const errorIds = [...op.errors, ...closure.serviceErrors.filter((e) => !op.errors.includes(e))];
    for (const id of errorIds) {
      if (!errors[id]) errors[id] = errorShape(model, id, closure.nameOf(id));
      builder.add(id);
    }
    operations.push(operation(model, op, http, errorIds, closure.nameOf(op.id), builder));
  }

  const schema: RestServiceSchema = {
    shapeId: service.id,
    name: closure.nameOf(service.id),
    version: (service as ServiceShape).version ?? "",
    operations,
    errors,
    shapes: sortedRecord(shapes),
  };
  const restApi = service.traits.get(ODA_TRAIT.restApi);
  if (isNodeObject(restApi)) {
    if (typeof restApi.basePath === "string") schema.basePath = restApi.basePath;
    if (restApi.errorFormat === "tmf" || restApi.errorFormat === "problemDetails") schema.errorFormat = restApi.errorFormat;
    if (restApi.trailingSlash === true) schema.trailingSlash = true;
  }
  return schema;
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function operation(
  model: Model,
  op: OperationShape,
  http: Record<string, NodeValue>,
  errors: string[],
  name: string,
  builder: ShapeTable,
): RestOperation {
  const result: RestOperation = {
    name,
    method: lowerCamelCase(name),
    shapeId: op.id,
    httpMethod: String(http.method).toUpperCase(),
    uri: String(http.uri),
    code: typeof http.code === "number" ? http.code : 200,
    inputBindings: [],
    outputBindings: [],
    errors,
  };
  if (op.input !== UNIT) {
    result.input = op.input;
    builder.add(op.input);
    result.inputBindings = bindings(model.expectShape(op.input))
      .filter((b) => b.kind !== "responseCode")
      .map((b) => (b.kind === "label" && result.uri.includes(`{${b.name}+}`) ? { ...b, greedy: true } : b));
  }
  if (op.output !== UNIT) {
    result.output = op.output;
    builder.add(op.output);
    // Query and label bindings mean nothing in a response: those members travel in the body.
    result.outputBindings = bindings(model.expectShape(op.output)).filter(
      (b) => b.kind !== "label" && b.kind !== "query" && b.kind !== "queryParams",
    );
  }
  const tmf: NonNullable<RestOperation["tmf"]> = {};
  if (op.traits.has(ODA_TRAIT.tmfList)) tmf.list = true;
  if (op.traits.has(ODA_TRAIT.tmfFields)) tmf.fields = true;
  if (op.traits.has(ODA_TRAIT.mergePatch)) tmf.mergePatch = true;
  if (Object.keys(tmf).length > 0) result.tmf = tmf;
  return result;
}

/** The HTTP binding of each bound member of a structure (body members have none). */
export function bindings(shape: Shape): RestBinding[] {
  const out: RestBinding[] = [];
  for (const member of shape.members.values()) {
    const t = member.traits;
    const m = member.name;
    if (t.has(HTTP_TRAIT.httpLabel)) out.push({ kind: "label", member: m, name: m });
    else if (t.has(HTTP_TRAIT.httpQuery)) out.push({ kind: "query", member: m, name: String(t.get(HTTP_TRAIT.httpQuery)) });
    else if (t.has(HTTP_TRAIT.httpQueryParams)) out.push({ kind: "queryParams", member: m });
    else if (t.has(HTTP_TRAIT.httpHeader)) out.push({ kind: "header", member: m, name: String(t.get(HTTP_TRAIT.httpHeader)) });
    else if (t.has(HTTP_TRAIT.httpPrefixHeaders)) {
      out.push({ kind: "prefixHeaders", member: m, prefix: String(t.get(HTTP_TRAIT.httpPrefixHeaders)) });
    } else if (t.has(HTTP_TRAIT.httpPayload)) out.push({ kind: "payload", member: m });
    else if (t.has(HTTP_TRAIT.httpResponseCode)) out.push({ kind: "responseCode", member: m });
  }
  return out;
}

function errorShape(model: Model, id: string, name: string): RestErrorShape {
  const shape = model.expectShape(id);
  const fault = shape.traits.get(HTTP_TRAIT.error) === "server" ? "server" : "client";
  const httpError = shape.traits.get(HTTP_TRAIT.httpError);
  return {
    name,
    fault,
    status: typeof httpError === "number" ? httpError : fault === "client" ? 400 : 500,
    bindings: bindings(shape).filter((b) => b.kind === "header" || b.kind === "prefixHeaders"),
  };
}

/** Collects every shape reachable from the added roots, prelude targets included. */
class ShapeTable {
  constructor(
    private readonly model: Model,
    private readonly shapes: Record<string, RestShape>,
  ) {}

  add(id: string): void {
    if (this.shapes[id]) return;
    if (id === UNIT) {
      // A union member may target Unit: an empty structure.
      this.shapes[id] = { type: "structure", members: {} };
      return;
    }
    const shape = this.model.getShape(id);
    if (!shape) throw new CodegenError(`Shape ${id} is not in the model`);
    const rest: RestShape = { type: restType(shape) };
    this.shapes[id] = rest;
    const t = shape.traits;
    const constraints = constraintsOf(shape);
    if (Object.keys(constraints).length > 0) rest.constraints = { ...constraints };
    const format = t.get(HTTP_TRAIT.timestampFormat);
    if (typeof format === "string") rest.timestampFormat = format as TimestampFormat;
    const mediaType = t.get(HTTP_TRAIT.mediaType);
    if (typeof mediaType === "string") rest.mediaType = mediaType;
    if (t.has(HTTP_TRAIT.sparse)) rest.sparse = true;
    const resource = t.get(ODA_TRAIT.tmfResource);
    if (isNodeObject(resource) && typeof resource.path === "string") rest.tmfResourcePath = resource.path;
    const enumValues = enumValuesOf(shape);
    if (enumValues) {
      rest.enumValues = enumValues.map((e) => e.value);
      const listed = enumValues.filter((e) => !e.internal).map((e) => e.value);
      if (listed.length !== enumValues.length) rest.listedEnumValues = listed;
    }

    if (shape.type === "list" || shape.type === "set") rest.member = this.member(shape.members.get("member")!);
    else if (shape.type === "map") {
      rest.key = this.member(shape.members.get("key")!);
      rest.value = this.member(shape.members.get("value")!);
    } else if (shape.type === "structure" || shape.type === "union") {
      rest.members = {};
      for (const member of shape.members.values()) rest.members[member.name] = this.member(member);
    }
  }

  private member(member: MemberShape): RestMember {
    this.add(member.target);
    const out: RestMember = { target: member.target };
    const t = member.traits;
    const jsonName = t.get(HTTP_TRAIT.jsonName);
    if (typeof jsonName === "string") out.jsonName = jsonName;
    if (isRequired(member)) out.required = true;
    if (t.has("smithy.api#clientOptional")) out.clientOptional = true;
    const dflt = defaultOf(member);
    if (dflt !== undefined) out.default = dflt;
    const format = t.get(HTTP_TRAIT.timestampFormat);
    if (typeof format === "string") out.timestampFormat = format as TimestampFormat;
    const constraints = constraintsOf(member);
    if (Object.keys(constraints).length > 0) out.constraints = { ...constraints };
    return out;
  }
}

function restType(shape: Shape): RestShapeType {
  switch (shape.type) {
    case "set":
      return "list";
    case "service":
    case "operation":
    case "resource":
      throw new CodegenError(`A member cannot target the ${shape.type} ${shape.id}`);
    default:
      return shape.type;
  }
}

interface EnumValue {
  value: string | number;
  /** `@internal` members (and legacy `internal` tags) are left out of validation messages. */
  internal: boolean;
}

function enumValuesOf(shape: Shape): EnumValue[] | undefined {
  if (shape.type === "enum" || shape.type === "intEnum") {
    return [...shape.members.values()].map((m) => {
      const v = m.traits.get(TRAIT.enumValue);
      return { value: typeof v === "string" || typeof v === "number" ? v : m.name, internal: m.traits.has(HTTP_TRAIT.internal) };
    });
  }
  // Smithy 1.0 `@enum` on a string.
  const legacy = shape.traits.get(HTTP_TRAIT.enum);
  if (Array.isArray(legacy)) {
    return legacy.flatMap((entry) =>
      isNodeObject(entry) && typeof entry.value === "string"
        ? [{ value: entry.value, internal: Array.isArray(entry.tags) && entry.tags.includes("internal") }]
        : [],
    );
  }
  return undefined;
}
