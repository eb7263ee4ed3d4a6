import type { NodeValue } from "../../model/node-value";
import { isNodeObject, nodeEquals } from "../../model/node-value";
import type { MemberShape, Shape } from "../../model/shape";
import type { Severity } from "../../model/validation-event";
import { tickedList } from "../core/events";
import type { Emit, NodeCheck } from "./node-validation";
import { enumValues } from "./node-validation";
import { checkTimestamp } from "./node-timestamp";
import { compileSmithyPattern } from "./pattern";
import { NUMBER_TYPES } from "../../model/shape";

/**
 * Constraint traits checked against node values (the reference's NodeValidatorPlugins):
 * length, range, pattern, enum values, idRef, uniqueItems, non-numeric floats, timestamps.
 * https://smithy.io/2.0/spec/constraint-traits.html
 */
type Node = Shape | MemberShape;
const NON_NUMERIC = ["NaN", "Infinity", "-Infinity"];

/** The reference's ShapeTypeFilter: the shape's own type, or the type a member targets. */
function typeOf(check: NodeCheck, shape: Node): string | undefined {
  return shape.type === "member" ? check.model.getShape(shape.target)?.type : shape.type;
}

export function checkNodeConstraints(
  check: NodeCheck,
  shape: Node,
  value: NodeValue,
  emit: Emit,
  referringMember: MemberShape | undefined,
): void {
  const type = typeOf(check, shape);
  if (type === undefined) return;
  checkTimestamp(shape, type, value, emit, referringMember);
  if (
    (shape.type === "float" || shape.type === "double") &&
    typeof value === "string" &&
    !NON_NUMERIC.includes(value)
  ) {
    emit(
      `Value for \`${shape.id}\` must either be numeric or one of the following strings: [\"${NON_NUMERIC.join('", "')}\"], but was \"${value}\"`,
    );
  }
  const length = shape.traits.get("smithy.api#length");
  // Constraint failures are WARNINGs where an example may break constraints on purpose.
  const constraint: Severity = check.allowConstraintErrors ? "WARNING" : "ERROR";
  if (isNodeObject(length)) checkLength(shape, type, length, value, emit, constraint);
  const pattern = shape.traits.get("smithy.api#pattern");
  if (type === "string" && typeof pattern === "string" && typeof value === "string") {
    const regex = compileSmithyPattern(pattern);
    if (regex && !regex.test(value)) {
      emit(
        `String value provided for \`${shape.id}\` must match regular expression: ${pattern}`,
        constraint,
      );
    }
  }
  const range = shape.traits.get("smithy.api#range");
  if (NUMBER_TYPES.has(type) && isNodeObject(range))
    checkRange(shape, range, value, emit, check.rangeZeroWarning === true, constraint);
  if (shape.type === "enum" && typeof value === "string") {
    const values = enumValues(shape).map(String);
    if (!values.includes(value)) {
      emit(
        `String value provided for \`${shape.id}\` must be one of the following values: ${tickedList(values)}`,
      );
    }
  }
  const legacyEnum = shape.traits.get("smithy.api#enum");
  if (shape.type === "string" && Array.isArray(legacyEnum) && typeof value === "string") {
    const values = legacyEnum.map((d) => (isNodeObject(d) ? String(d["value"]) : ""));
    if (!values.includes(value)) {
      emit(
        `String value provided for \`${shape.id}\` must be one of the following values: ${tickedList(values)}`,
      );
    }
  }
  if (shape.type === "intEnum" && typeof value === "number") {
    const values = enumValues(shape).map(Number);
    if (!values.includes(value)) {
      emit(
        `Integer value provided for \`${shape.id}\` must be one of the following values: ${tickedList(values)}, but found ${value}`,
      );
    }
  }
  const idRef = shape.traits.get("smithy.api#idRef");
  if (type === "string" && isNodeObject(idRef) && typeof value === "string")
    checkIdRef(check, idRef, value, emit);
  if (
    (type === "list" || type === "set") &&
    shape.traits.has("smithy.api#uniqueItems") &&
    Array.isArray(value)
  ) {
    checkUniqueItems(shape, value, emit);
  }
}

function checkLength(
  shape: Node,
  type: string,
  trait: Record<string, NodeValue>,
  value: NodeValue,
  emit: Emit,
  severity: Severity,
): void {
  const min = typeof trait["min"] === "number" ? trait["min"] : undefined;
  const max = typeof trait["max"] === "number" ? trait["max"] : undefined;
  const id = shape.id;
  if (type === "string" && typeof value === "string") {
    // Java counts UTF-16 code units, as String.length does here.
    const size = value.length;
    if (min !== undefined && size < min) {
      emit(
        `String value provided for \`${id}\` must be >= ${min} characters, but the provided value is only ${size} characters.`,
        severity,
      );
    }
    if (max !== undefined && size > max) {
      emit(
        `String value provided for \`${id}\` must be <= ${max} characters, but the provided value is ${size} characters.`,
        severity,
      );
    }
  } else if (type === "blob" && typeof value === "string") {
    const size = Buffer.byteLength(value, "utf8");
    if (min !== undefined && size < min) {
      emit(
        `Value provided for \`${id}\` must have at least ${min} bytes, but the provided value only has ${size} bytes`,
        severity,
      );
    }
    if (max !== undefined && size > max) {
      emit(
        `Value provided for \`${id}\` must have no more than ${max} bytes, but the provided value has ${size} bytes`,
        severity,
      );
    }
  } else if ((type === "list" || type === "set") && Array.isArray(value)) {
    const size = value.length;
    if (min !== undefined && size < min) {
      emit(
        `Value provided for \`${id}\` must have at least ${min} elements, but the provided value only has ${size} elements`,
      );
    }
    if (max !== undefined && size > max) {
      emit(
        `Value provided for \`${id}\` must have no more than ${max} elements, but the provided value has ${size} elements`,
      );
    }
  } else if (type === "map" && isNodeObject(value)) {
    const size = Object.keys(value).length;
    if (min !== undefined && size < min) {
      emit(
        `Value provided for \`${id}\` must have at least ${min} entries, but the provided value only has ${size} entries`,
        severity,
      );
    }
    if (max !== undefined && size > max) {
      emit(
        `Value provided for \`${id}\` must have no more than ${max} entries, but the provided value has ${size} entries`,
        severity,
      );
    }
  }
}

function checkRange(
  shape: Node,
  trait: Record<string, NodeValue>,
  value: NodeValue,
  emit: Emit,
  zeroWarning: boolean,
  constraint: Severity,
): void {
  const min = typeof trait["min"] === "number" ? trait["min"] : undefined;
  const max = typeof trait["max"] === "number" ? trait["max"] : undefined;
  const part = shape.type === "member" ? "Member" : "Target";
  if (typeof value === "number") {
    const severity = zeroWarning && value === 0 ? "WARNING" : constraint;
    if (min !== undefined && value < min) {
      emit(
        `Value provided for \`${shape.id}\` must be greater than or equal to ${min}, but found ${value}`,
        severity,
        part,
        "InvalidRange",
      );
    }
    if (max !== undefined && value > max) {
      emit(
        `Value provided for \`${shape.id}\` must be less than or equal to ${max}, but found ${value}`,
        severity,
        part,
        "InvalidRange",
      );
    }
  } else if (typeof value === "string") {
    if (value === "NaN") {
      emit(
        `Value provided for \`${shape.id}\` must be a number because the \`smithy.api#range\` trait is applied, but found "${value}"`,
        constraint,
      );
    }
    if (min !== undefined && value === "-Infinity") {
      emit(
        `Value provided for \`${shape.id}\` must be greater than or equal to ${min}, but found "${value}"`,
        constraint,
        part,
        "InvalidRange",
      );
    }
    if (max !== undefined && value === "Infinity") {
      emit(
        `Value provided for \`${shape.id}\` must be less than or equal to ${max}, but found "${value}"`,
        constraint,
        part,
        "InvalidRange",
      );
    }
  }
}

function checkIdRef(
  check: NodeCheck,
  trait: Record<string, NodeValue>,
  value: string,
  emit: Emit,
): void {
  const custom = typeof trait["errorMessage"] === "string" ? trait["errorMessage"] : undefined;
  if (
    !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/.test(
      value,
    )
  ) {
    emit(`Invalid shape ID: ${value}`);
    return;
  }
  const resolved = check.model.getShapeOrMember(value);
  if (!resolved) {
    if (trait["failWhenMissing"] === true)
      emit(custom ?? `Shape ID \`${value}\` was not found in the model`);
    return;
  }
  const selector = typeof trait["selector"] === "string" ? trait["selector"] : "*";
  if (selector !== "*" && check.select) {
    const matches = check.select(selector);
    if (![...matches].some((m) => m.id === resolved.id)) {
      emit(custom ?? `Shape ID \`${resolved.id}\` does not match selector \`${selector}\``);
    }
  }
}

function checkUniqueItems(shape: Node, value: NodeValue[], emit: Emit): void {
  const duplicates: string[] = [];
  value.forEach((item, i) => {
    if (value.slice(0, i).some((prior) => nodeEquals(prior, item))) {
      const text = typeof item === "string" ? item : JSON.stringify(item);
      if (!duplicates.includes(text)) duplicates.push(text);
    }
  });
  if (duplicates.length) {
    emit(
      `Value provided for \`${shape.id}\` must have unique items, but the following items had multiple entries: [\`${duplicates.join("`, `")}\`]`,
    );
  }
}
