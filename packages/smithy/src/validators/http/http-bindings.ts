import type { Model } from "../../model/model";
import { isNodeObject } from "../../model/node-value";
import type { MemberShape, OperationShape, Shape } from "../../model/shape";
import type { UriPattern } from "./uri-pattern";
import { parseUriPattern } from "./uri-pattern";

/**
 * Where each member of an operation's input, output or an error goes in an HTTP message
 * (the reference's HttpBindingIndex). https://smithy.io/2.0/spec/http-bindings.html
 */
export type BindingLocation =
  | "header"
  | "prefixHeaders"
  | "query"
  | "queryParams"
  | "payload"
  | "label"
  | "responseCode"
  | "document"
  | "unbound";

export interface HttpBinding {
  readonly member: MemberShape;
  readonly location: BindingLocation;
}

export const HTTP = "smithy.api#http";

export function structureBindings(shape: Shape | undefined, request: boolean): HttpBinding[] {
  if (!shape || shape.type !== "structure") return [];
  const bindings: HttpBinding[] = [];
  const unbound: MemberShape[] = [];
  let payload = false;
  for (const member of shape.members.values()) {
    const has = (name: string) => member.traits.has(`smithy.api#${name}`);
    if (has("httpHeader")) bindings.push({ member, location: "header" });
    else if (has("httpPrefixHeaders")) bindings.push({ member, location: "prefixHeaders" });
    else if (request && has("httpQuery")) bindings.push({ member, location: "query" });
    else if (request && has("httpQueryParams")) bindings.push({ member, location: "queryParams" });
    else if (has("httpPayload")) {
      payload = true;
      bindings.push({ member, location: "payload" });
    } else if (request && has("httpLabel")) bindings.push({ member, location: "label" });
    else if (!request && has("httpResponseCode"))
      bindings.push({ member, location: "responseCode" });
    else unbound.push(member);
  }
  for (const member of unbound)
    bindings.push({ member, location: payload ? "unbound" : "document" });
  return bindings;
}

export function requestBindings(model: Model, operation: OperationShape): HttpBinding[] {
  return structureBindings(model.getShape(operation.input), true);
}

export function responseBindings(model: Model, operation: OperationShape): HttpBinding[] {
  return structureBindings(model.getShape(operation.output), false);
}

/** The `@http` trait of an operation, with its parsed URI, when both are well formed. */
export function httpTrait(
  operation: Shape,
): { method: string; uri: UriPattern; code: number } | undefined {
  const value = operation.traits.get(HTTP);
  if (
    !isNodeObject(value) ||
    typeof value["method"] !== "string" ||
    typeof value["uri"] !== "string"
  )
    return undefined;
  const uri = parseUriPattern(value["uri"]);
  if (typeof uri === "string") return undefined;
  return {
    method: value["method"],
    uri,
    code: typeof value["code"] === "number" ? value["code"] : 200,
  };
}

/** Operations with `@http`, in id order. */
export function httpOperations(model: Model): OperationShape[] {
  return model.shapesOfType("operation").filter((op) => op.traits.has(HTTP));
}

/** A response has a body when any member is bound to the document or the payload. */
export function hasResponseBody(model: Model, operation: OperationShape): boolean {
  return responseBindings(model, operation).some(
    (b) => b.location === "document" || b.location === "payload",
  );
}
