/**
 * Hand-made service descriptors standing in for generated code (not ready yet): JSON objects in
 * and out, validated only for being objects. Enough to drive real transports in host tests.
 */
import type {
  JsonValue,
  OperationDescriptor,
  ServiceDescriptor,
  ShapeCodec,
} from "@oda-codegen/runtime";

const objectCodec: ShapeCodec<Record<string, unknown>> = {
  validate: (value, path = "") =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? []
      : [{ path, constraint: "type", message: `expected an object, got ${JSON.stringify(value)}` }],
  toJson: (value) => value as JsonValue,
  fromJson: (json) => json as Record<string, unknown>,
};

/** `descriptor("ccs.abmf#BalanceManagement", ["Reserve", "Debit"])`: methods are lowerCamelCase. */
export function descriptor(shapeId: string, operations: readonly string[]): ServiceDescriptor {
  const [namespace, name] = shapeId.split("#");
  return {
    shapeId,
    name,
    version: "1.0.0",
    operations: operations.map((op): OperationDescriptor => ({
      name: op,
      method: op[0].toLowerCase() + op.slice(1),
      shapeId: `${namespace}#${op}`,
      input: objectCodec as ShapeCodec<unknown>,
      output: objectCodec as ShapeCodec<unknown>,
      errors: [],
    })),
  };
}

export type Client = Record<string, (input: unknown) => Promise<Record<string, unknown>>>;
