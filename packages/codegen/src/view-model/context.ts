/**
 * What every view-model builder of one service needs: the model, the closure, the names given to
 * shapes, and the TypeScript type of any target.
 */
import { UNIT, isPreludeId, type Model, type Shape } from "@oda-codegen/smithy";
import { CodegenError } from "../codegen-error";
import { lowerFirst } from "../names";
import type { ServiceClosure } from "./closure";
import { TRAIT } from "./traits";

export interface GenContext {
  readonly model: Model;
  readonly closure: ServiceClosure;
  readonly runtimeImport: string;
  /**
   * The local name of the runtime's `JsonValue`: `RuntimeJsonValue` when a closure shape is
   * itself named `JsonValue` (Smithy's restJson1 protocol tests have one).
   */
  readonly jsonValue: string;
  /** The import specifier that brings `jsonValue` in, e.g. `type JsonValue as RuntimeJsonValue`. */
  readonly jsonValueImport: string;
  /** The shape a target id names (prelude included). */
  shape(id: string): Shape;
  /** The exported TypeScript name of a closure shape. */
  typeName(id: string): string;
  /** The TypeScript type written for a member targeting `id`. */
  typeOf(id: string): string;
  /** Stem for generated functions: `Ticket` → `ticket` (`checkTicket`, `ticketToJson`). */
  stem(id: string): string;
  isError(id: string): boolean;
}

/** TypeScript types of the simple shape types (prelude or user-defined alias targets). */
export const SIMPLE_TS_TYPE: Readonly<Record<string, string>> = {
  blob: "Uint8Array",
  boolean: "boolean",
  string: "string",
  byte: "number",
  short: "number",
  integer: "number",
  long: "number",
  float: "number",
  double: "number",
  bigInteger: "bigint",
  // A decimal string keeps every digit; JS has no lossless decimal number.
  bigDecimal: "string",
  timestamp: "Date",
  document: "JsonValue",
};

export const UNIT_TS_TYPE = "Record<string, never>";

/** Error structures become classes; their member bag is this interface. */
export function membersTypeName(errorName: string): string {
  return `${errorName}Members`;
}

export function createContext(model: Model, closure: ServiceClosure, runtimeImport: string): GenContext {
  const shape = (id: string): Shape => {
    const found = model.getShape(id);
    if (!found) throw new CodegenError(`Shape ${id} is not in the model`, [{ shapeId: id, message: "missing shape" }]);
    return found;
  };
  // Shapes listed as operation or service errors are errors even if a broken model lacks @error.
  const listedErrors = new Set<string>(closure.serviceErrors);
  for (const op of closure.operations) for (const e of op.errors) listedErrors.add(e);
  const isError = (id: string) => listedErrors.has(id) || (model.getShape(id)?.traits.has(TRAIT.error) ?? false);
  const typeName = (id: string) => closure.nameOf(id);
  const clash = closure.shapes.some((s) => typeName(s.id) === "JsonValue");
  const jsonValue = clash ? "RuntimeJsonValue" : "JsonValue";
  const typeOf = (id: string): string => {
    if (id === UNIT) return UNIT_TS_TYPE;
    const target = shape(id);
    if (isPreludeId(id)) {
      if (target.type === "document") return jsonValue;
      const simple = SIMPLE_TS_TYPE[target.type];
      if (simple === undefined) throw new CodegenError(`Unsupported prelude target ${id}`);
      return simple;
    }
    if (target.type === "service" || target.type === "operation" || target.type === "resource") {
      throw new CodegenError(`A member cannot target the ${target.type} ${id}`, [{ shapeId: id, message: "bad target" }]);
    }
    return isError(id) ? membersTypeName(typeName(id)) : typeName(id);
  };
  return {
    model,
    closure,
    runtimeImport,
    jsonValue,
    jsonValueImport: clash ? "type JsonValue as RuntimeJsonValue" : "type JsonValue",
    shape,
    typeName,
    typeOf,
    stem: (id) => lowerFirst(typeName(id)),
    isError,
  };
}
