/**
 * The common form both sides of the conformance check are read into: an official specification
 * (Swagger 2.0 or OpenAPI 3.0) and our exported OpenAPI 3.1 document. Bodies are type nodes;
 * named object and enum schemas live in `schemas`, so recursive definitions stay finite.
 */

/** JSON value kinds; `any` is a schema without a type (TMF `Any`, a Smithy `Document`). */
export type JsonType = "string" | "integer" | "number" | "boolean" | "array" | "object" | "any";

export interface TypeNode {
  type: JsonType;
  /** `date-time` when the schema says so (other formats are not compared). */
  format?: string;
  /** Named object or enum schema, a key of `NormalApi.schemas`. */
  name?: string;
  items?: TypeNode;
  /** Alternatives of a `oneOf`/`anyOf` whose JSON types differ. */
  alternatives?: TypeNode[];
}

export interface PropertyForm {
  node: TypeNode;
  required: boolean;
}

export interface SchemaForm {
  name: string;
  properties: Record<string, PropertyForm>;
  enumValues?: string[];
}

export interface ParameterForm {
  type: JsonType;
  required: boolean;
}

export interface ResponseForm {
  /** Undefined: no body. */
  body?: TypeNode;
  headers: Record<string, ParameterForm>;
}

export interface OperationForm {
  /** Status code (or `default`) → response. */
  responses: Record<string, ResponseForm>;
  requestBody?: TypeNode;
  /** `in:name` (`query:fields`, `path:id`, `header:X-Request-Id`) → request parameter. */
  parameters: Record<string, ParameterForm>;
}

export interface NormalApi {
  /** Full path (base path included, no trailing slash) → lower-case method → operation. */
  paths: Record<string, Record<string, OperationForm>>;
  schemas: Record<string, SchemaForm>;
  /** Named definitions of the document that were read even when no path uses them. */
  definitions?: string[];
  /** `$ref`s that could not be followed (their documents are absent); read as untyped. */
  unresolved?: string[];
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** `/a/b/` → `/a/b`; the root stays `/`. */
export function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

export function describeNode(node: TypeNode | undefined): string {
  if (!node) return "no body";
  if (node.type === "array") return `array<${describeNode(node.items)}>`;
  const base = node.name ? `${node.type} ${node.name}` : node.type;
  return node.format ? `${base} (${node.format})` : base;
}
