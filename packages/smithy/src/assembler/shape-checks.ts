/**
 * Per-type rules a shape must meet to be built at all (the reference's builders throw on these):
 * list/set/map members, enum values, IDL-version shape types, mixin-only restrictions.
 */
import type { NodeValue } from "../model/node-value";
import type { MemberShape, ShapeType } from "../model/shape";
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { ShapeDef } from "../loader/load-ops";
import type { SmallMap } from "./small-map";

function error(events: ValidationEvent[], def: ShapeDef, message: string, shapeId = def.id): void {
  events.push({ id: "Model", severity: Severity.ERROR, shapeId, sourceLocation: def.location, message });
}

/** Shape types an IDL version allows; `set` is a deprecated 1.0 type. */
export function checkShapeVersion(def: ShapeDef, events: ValidationEvent[]): boolean {
  const version = def.file.version;
  if ((version === "1.0" && (def.type === "enum" || def.type === "intEnum")) || (version === "2.0" && def.type === "set")) {
    error(events, def, `${def.type} shapes cannot be used in Smithy version ${version}`);
    return false;
  }
  if (def.type === "set") {
    events.push({
      id: "ModelDeprecation",
      severity: Severity.WARNING,
      shapeId: def.id,
      sourceLocation: def.location,
      message:
        "Set shapes are deprecated and have been removed in Smithy IDL v2. Use a list shape with the @uniqueItems trait instead.",
    });
  }
  return true;
}

const MEMBER: readonly string[] = ["member"];
const KEY_VALUE: readonly string[] = ["key", "value"];

/**
 * list/set need exactly `member`; maps need exactly `key` and `value`. As in the reference, an extra
 * member is reported and dropped, while a missing one stops the shape from being built.
 */
export function checkCollectionMembers(def: ShapeDef, members: SmallMap<string, MemberShape>, events: ValidationEvent[]): boolean {
  let required: readonly string[];
  let label: string;
  if (def.type === "list" || def.type === "set") {
    required = MEMBER;
    label = def.type === "list" ? "List shapes may only have a `member` member" : "Set shapes may only have a `member` member";
  } else if (def.type === "map") {
    required = KEY_VALUE;
    label = "Map shapes may only have `key` and `value` members";
  } else {
    return true;
  }
  // The usual case, exactly the required members in order, without a list of the names.
  if (members.size === required.length) {
    let exact = true;
    for (let i = 0; i < required.length; i++) if (members.keyAt(i) !== required[i]) exact = false;
    if (exact) return true;
  }
  for (const name of [...members.keys()]) {
    if (!required.includes(name)) {
      error(events, def, `${label}, but found \`${name}\``);
      members.delete(name);
    }
  }
  const missing = required.filter((name) => !members.has(name));
  if (missing.length > 0) {
    const noun = missing.length === 1 ? "member" : "members";
    error(events, def, `Missing required ${noun} of shape \`${def.id}\`: ${missing.join(", ")}`);
    return false;
  }
  return true;
}

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** enum values must be strings; intEnum values 32-bit integers; neither may be empty. */
export function checkEnum(
  def: ShapeDef,
  members: ReadonlyMap<string, MemberShape>,
  floatValues: ReadonlySet<string>,
  events: ValidationEvent[],
): boolean {
  if (def.type !== "enum" && def.type !== "intEnum") return true;
  if (members.size === 0) {
    error(events, def, def.type === "enum" ? "enum must have at least one entry" : "intEnum shapes must have at least one member");
    return false;
  }
  let ok = true;
  for (const member of members.values()) {
    const value: NodeValue | undefined = member.traits.get("smithy.api#enumValue");
    if (def.type === "enum") {
      if (typeof value !== "string") {
        error(events, def, `enum members can only be assigned string values, but found: ${JSON.stringify(value ?? null)}`, member.id);
        ok = false;
      }
    } else if (typeof value !== "number") {
      error(events, def, `intEnum members require integer values, but found: ${JSON.stringify(value ?? null)}`, member.id);
      ok = false;
    } else if (floatValues.has(member.name) || !Number.isInteger(value)) {
      error(events, def, "intEnum members do not support floating point values", member.id);
      ok = false;
    } else if (value < INT_MIN || value > INT_MAX) {
      error(events, def, `intEnum members must fit within an integer, but found: ${value}`, member.id);
      ok = false;
    }
  }
  return ok;
}

/**
 * Operation mixins cannot have input or output; resource mixins cannot bind anything (identifiers,
 * lifecycle operations, properties, operations or resources).
 */
export function checkMixinShape(def: ShapeDef, type: ShapeType, isMixin: boolean, bindsSomething: boolean, events: ValidationEvent[]): boolean {
  if (!isMixin) return true;
  if (type === "operation" && bindsSomething) {
    error(
      events,
      def,
      "Operation shapes with the mixin trait MUST target `smithy.api#Unit` for their input and output. Operation " +
        `mixin shape \`${def.id}\` defines one or both of these properties.`,
    );
    return false;
  }
  if (type === "resource" && bindsSomething) {
    error(
      events,
      def,
      "Resource shapes with the mixin trait may not define any properties. Resource mixin shape " +
        `\`${def.id}\` defines one or more properties.`,
    );
    return false;
  }
  return true;
}
