/**
 * Cases that do not apply to this implementation, each with the reason printed by the runner
 * (like acorn's test262 whitelist, but by feature rather than by id).
 */
import type { Model } from "@oda-codegen/smithy";
import type { ProtocolCase } from "./load";

function operationShape(model: Model, c: ProtocolCase) {
  const op = c.schema.operations.find((o) => o.name === c.operation)!;
  return model.expectShape(op.shapeId!);
}

function usesEventStream(model: Model, c: ProtocolCase): boolean {
  const op = operationShape(model, c);
  if (op.type !== "operation") return false;
  for (const id of [op.input, op.output]) {
    const shape = model.getShape(id);
    for (const member of shape?.members.values() ?? []) {
      const target = model.getShape(member.target);
      if (target?.type === "union" && target.traits.has("smithy.api#streaming")) return true;
    }
  }
  return false;
}

export function skipReason(model: Model, kind: string, c: ProtocolCase): string | undefined {
  if (usesEventStream(model, c)) return "event streams are not supported by the REST adapters";
  const op = operationShape(model, c);
  if (op.traits.has("smithy.api#endpoint")) return "endpoint host prefixes (@endpoint/@hostLabel) are not supported";
  if (op.traits.has("smithy.api#requestCompression")) return "request compression is not supported";
  if (kind === "client request" && op.traits.has("smithy.api#httpChecksumRequired")) return "Content-MD5 checksums are not supported";
  if (kind === "client request" && c.id === "RestJsonQueryIdempotencyTokenAutoFill") {
    return "@idempotencyToken auto-fill needs the test's fixed token generator";
  }
  return undefined;
}
