import type { Model } from "../../model/model";
import type { NodeValue } from "../../model/node-value";
import { isNodeObject } from "../../model/node-value";
import type { MemberShape, Shape } from "../../model/shape";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import type { SourceLocation } from "../../model/source-location";
import { checkNodeConstraints } from "./node-constraints";

/**
 * Checks a node value (a trait value, a default, an example) against a shape, as the
 * reference's NodeValidationVisitor: type, members, then constraint traits (node-constraints.ts).
 * Messages carry a context path: "Error validating trait `length`.min: ...".
 */
export interface NodeCheck {
  readonly model: Model;
  /** The event id (`TraitValue`, `DefaultTrait`, ...). */
  readonly eventId: string;
  readonly shapeId?: string;
  readonly location: SourceLocation;
  readonly select?: (selector: string) => ReadonlySet<{ id: string }>;
  /** Range violations by a zero value are WARNINGs (the reference's RANGE_TRAIT_ZERO_VALUE_WARNING). */
  readonly rangeZeroWarning?: boolean;
  /** Constraint violations are WARNINGs (the reference's ALLOW_CONSTRAINT_ERRORS, used by `@examples`). */
  readonly allowConstraintErrors?: boolean;
}

export type Emit = (message: string, severity?: Severity, ...parts: string[]) => void;

type Node = Shape | MemberShape;

export function validateNode(
  check: NodeCheck,
  shape: Node,
  value: NodeValue,
  context: string,
): ValidationEvent[] {
  const out: ValidationEvent[] = [];
  visit(check, shape, value, context, out, undefined);
  return out;
}

function nodeType(value: NodeValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "object";
  return typeof value;
}

function visit(
  check: NodeCheck,
  shape: Node,
  value: NodeValue,
  context: string,
  out: ValidationEvent[],
  referringMember: MemberShape | undefined,
): void {
  const emit: Emit = (message, severity = "ERROR", ...parts) => {
    out.push({
      id: parts.length ? `${check.eventId}.${parts.join(".")}` : check.eventId,
      severity,
      message: context ? `${context}: ${message}` : message,
      ...(check.shapeId !== undefined ? { shapeId: check.shapeId } : {}),
      sourceLocation: check.location,
    });
  };
  const invalid = (expected: string): void => {
    let message = `Expected ${expected} value for ${shape.type} shape, \`${shape.id}\`; found ${nodeType(value)} value`;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      message += `, \`${value}\``;
    emit(message);
  };
  const traverse = (segment: string, member: MemberShape, child: NodeValue): void => {
    visit(check, member, child, context ? `${context}.${segment}` : segment, out, undefined);
  };
  const plugins = (): void => checkNodeConstraints(check, shape, value, emit, referringMember);

  switch (shape.type) {
    case "member": {
      plugins();
      if (value === null) checkNullMember(check.model, shape, emit);
      const target = check.model.getShape(shape.target);
      if (target) visit(check, target, value, context, out, shape);
      return;
    }
    case "blob":
    case "string":
    case "enum":
      if (typeof value !== "string") return invalid("string");
      return plugins();
    case "boolean":
      if (typeof value !== "boolean") return invalid("boolean");
      return plugins();
    case "byte":
      return naturalNumber(-128, 127);
    case "short":
      return naturalNumber(-32768, 32767);
    case "integer":
    case "intEnum":
      return naturalNumber(-2147483648, 2147483647);
    case "long":
    case "bigInteger":
      return naturalNumber(undefined, undefined);
    case "float":
    case "double":
      if (typeof value !== "number" && typeof value !== "string") return invalid("number");
      return plugins();
    case "bigDecimal":
      if (typeof value !== "number") return invalid("number");
      return plugins();
    case "document":
      return;
    case "timestamp":
      return plugins();
    case "list":
    case "set": {
      if (!Array.isArray(value)) return invalid("array");
      plugins();
      const member = shape.members.get("member");
      if (member) value.forEach((item, i) => traverse(String(i), member, item));
      return;
    }
    case "map": {
      if (!isNodeObject(value)) return invalid("object");
      plugins();
      const key = shape.members.get("key");
      const val = shape.members.get("value");
      for (const [k, v] of Object.entries(value)) {
        if (key) traverse(`${k} (map-key)`, key, k);
        if (val) traverse(k, val, v);
      }
      return;
    }
    case "structure": {
      if (!isNodeObject(value)) return invalid("object");
      plugins();
      for (const [k, v] of Object.entries(value)) {
        const member = shape.members.get(k);
        if (!member)
          emit(
            `Member \`${k}\` does not exist in \`${shape.id}\``,
            "WARNING",
            "UnknownMember",
            shape.id,
            k,
          );
        else traverse(k, member, v);
      }
      for (const member of shape.members.values()) {
        if (member.traits.has("smithy.api#required") && !(member.name in value)) {
          emit(
            `Missing required structure member \`${member.name}\` for \`${shape.id}\``,
            check.allowConstraintErrors ? "WARNING" : "ERROR",
          );
        }
      }
      return;
    }
    case "union": {
      if (!isNodeObject(value)) return invalid("object");
      plugins();
      const entries = Object.entries(value);
      if (entries.length > 1)
        return emit("union values can contain a value for only a single member");
      for (const [k, v] of entries) {
        const member = shape.members.get(k);
        if (!member)
          emit(
            `Member \`${k}\` does not exist in \`${shape.id}\``,
            "ERROR",
            "UnknownMember",
            shape.id,
            k,
          );
        else traverse(k, member, v);
      }
      return;
    }
    default:
      return emit(`Encountered invalid shape type: ${shape.type}`);
  }

  function naturalNumber(min: number | undefined, max: number | undefined): void {
    if (typeof value !== "number") return invalid("number");
    if (!Number.isInteger(value)) {
      return emit(
        `${shape.type} shapes must not have floating point values, but found \`${value}\` provided for \`${shape.id}\``,
      );
    }
    if (min !== undefined && value < min)
      return emit(`${shape.type} value must be > ${min}, but found ${value}`);
    if (max !== undefined && value > max)
      return emit(`${shape.type} value must be < ${max}, but found ${value}`);
    plugins();
  }
}

/** Null is allowed only where the member is nullable (sparse collections, optional members). */
function checkNullMember(model: Model, member: MemberShape, emit: Emit): void {
  const container = model.getShape(member.container);
  if (!container) return;
  switch (container.type) {
    case "list":
    case "set":
      if (!container.traits.has("smithy.api#sparse"))
        emit(`Non-sparse list shape \`${container.id}\` cannot contain null values`);
      return;
    case "map":
      if (!container.traits.has("smithy.api#sparse"))
        emit(`Non-sparse map shape \`${container.id}\` cannot contain null values`);
      return;
    case "structure": {
      const defaultValue = member.traits.get("smithy.api#default");
      const nonNullDefault = defaultValue !== undefined && defaultValue !== null;
      if (member.traits.has("smithy.api#required") || nonNullDefault) {
        emit(`Required structure member \`${member.name}\` for \`${container.id}\` cannot be null`);
      }
      return;
    }
    default:
      return;
  }
}

/** Values of an enum or intEnum shape, from its members' `enumValue` traits. */
export function enumValues(shape: Shape): NodeValue[] {
  const values: NodeValue[] = [];
  for (const member of shape.members.values()) {
    const value = member.traits.get("smithy.api#enumValue");
    values.push(value === undefined ? member.name : value);
  }
  return values;
}
