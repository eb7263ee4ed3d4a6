import type { Model } from "../../model/model";
import type { NodeObject } from "../../model/node-value";
import { isNodeObject } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import type { ModelNode } from "../core/relationships";
import type { Validator } from "../core/validator";

/**
 * `ReferencesTrait`: each `@references` entry names a resource and binds its identifiers to
 * required string members. https://smithy.io/2.0/spec/resource-traits.html#references-trait
 */
const events = new EventFactory("ReferencesTrait");

/** How the reference prints a reference: Reference{"resource":...,"ids":{...}}. */
function describe(ref: NodeObject): string {
  const shown: NodeObject = { resource: ref["resource"] ?? null };
  const ids = ref["ids"];
  // The reference keeps ids in a sorted map.
  if (isNodeObject(ids) && Object.keys(ids).length)
    shown["ids"] = Object.fromEntries(
      Object.keys(ids)
        .sort()
        .map((k) => [k, ids[k]!]),
    );
  if (ref["service"] !== undefined) shown["service"] = ref["service"];
  if (ref["rel"] !== undefined) shown["rel"] = ref["rel"];
  return `Reference${JSON.stringify(shown)}`;
}

export const referencesTraitValidator: Validator = {
  name: "ReferencesTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const shape of ctx.shapesWithTrait("smithy.api#references")) {
      const list = shape.traits.get("smithy.api#references");
      if (!Array.isArray(list)) continue;
      for (const ref of list) {
        if (!isNodeObject(ref) || typeof ref["resource"] !== "string") continue;
        const ids = isNodeObject(ref["ids"]) ? (ref["ids"] as Record<string, string>) : {};
        const isString = shape.type === "string" || shape.type === "enum";
        if (isString && Object.keys(ids).length) {
          out.push(
            events.error(
              shape,
              `References applied to string shapes cannot contain 'ids': ${describe(ref)}`,
            ),
          );
        }
        const target = ctx.model.getShape(ref["resource"]);
        if (!target) continue;
        if (target.type !== "resource") {
          out.push(
            events.error(
              shape,
              `\`references\` trait reference targets a ${target.type} shape not a resource: ${describe(ref)}`,
            ),
          );
          continue;
        }
        const identifiers = [...target.identifiers.keys()];
        if (isString) {
          if (identifiers.length !== 1) {
            out.push(
              events.error(
                shape,
                `This string shape contains an invalid reference to ${target.id}: ${describe(ref)}. References on a string ` +
                  "shape can only refer to resource shapes with exactly one entry in its identifiers property, but this shape " +
                  `has the following identifiers: [${tickedList(identifiers)}]`,
              ),
            );
          }
        } else if (shape.type === "structure") {
          checkStructure(ctx.model, shape, ref, ids, identifiers, target.id, out);
        }
      }
    }
    return out;
  },
};

function checkStructure(
  model: Model,
  shape: ModelNode,
  ref: NodeObject,
  ids: Record<string, string>,
  identifiers: string[],
  resourceId: string,
  out: ValidationEvent[],
): void {
  const explicit = Object.keys(ids).length > 0;
  const resolved: Record<string, string> = explicit
    ? ids
    : Object.fromEntries(identifiers.map((i) => [i, i]));
  const implicit = !explicit && identifiers.length > 0;
  if (!implicit) {
    const provided = Object.keys(resolved);
    if (provided.length !== identifiers.length) {
      const prefix =
        identifiers.length < provided.length ? "Too many identifiers" : "Not enough identifiers";
      out.push(
        events.error(
          shape,
          `${prefix} were provided in the \`ids\` properties of ${describe(ref)}. Expected ${identifiers.length} identifiers(s), ` +
            `but found ${provided.length}. This resource requires bindings for the following identifiers: [${tickedList(identifiers)}].`,
        ),
      );
    }
    const extraneous = provided.filter((k) => !identifiers.includes(k));
    if (extraneous.length) {
      out.push(
        events.error(
          shape,
          `\`references\` trait ${describe(ref)} contains extraneous resource identifier bindings, [${tickedList(extraneous)}], ` +
            `that are not actually identifier names of the resource, \`${resourceId}\`. This resource has the following ` +
            `identifier names: [${tickedList(identifiers)}]`,
        ),
      );
    }
  }
  const reasons: string[] = [];
  for (const memberName of new Set(Object.values(resolved))) {
    const member = shape.type === "member" ? undefined : shape.members.get(memberName);
    const targetType = member ? model.getShape(member.target)?.type : undefined;
    if (!member) {
      reasons.push(
        implicit
          ? `implicit binding of \`${memberName}\` is not part of the structure (set "rel" to "collection" to create a collection binding)`
          : `\`${memberName}\` refers to a member that is not part of the structure`,
      );
    } else if (targetType !== "string" && targetType !== "enum") {
      reasons.push(`\`${memberName}\` refers to a member that does not target a string shape`);
    }
  }
  if (reasons.length) {
    out.push(
      events.error(
        shape,
        `\`references\` trait ${describe(ref)} is invalid for the following reasons: ${reasons.sort().join("; ")}`,
      ),
    );
  }
}
