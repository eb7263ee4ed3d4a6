import type { NodeValue } from "../../model/node-value";
import { isNodeObject, nodeEquals } from "../../model/node-value";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { validateNode } from "../node/node-validation";
import type { Validator } from "../core/validator";

/**
 * `DefaultTrait`: a `@default` value fits its shape; null only on members; collections, maps and
 * documents default to empty values; members that target a shape with a default repeat it (or use null).
 * https://smithy.io/2.0/spec/type-refinement-traits.html#default-trait
 */
const DEFAULT = "smithy.api#default";
const events = new EventFactory("DefaultTrait");

const printJson = (value: NodeValue) => JSON.stringify(value);

export const defaultTraitValidator: Validator = {
  name: "DefaultTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const select = (selector: string) => ctx.select(selector);
    for (const node of ctx.shapesWithTrait(DEFAULT)) {
      const value = node.traits.get(DEFAULT) as NodeValue;
      const target = node.type === "member" ? ctx.model.getShape(node.target) : node;
      if (node.type === "member") {
        if (value === null || !target) continue;
      } else if (value === null) {
        out.push(events.error(node, "The @default trait can be set to null only on members"));
        continue;
      }
      const check = {
        model: ctx.model,
        eventId: "DefaultTrait",
        shapeId: node.id,
        location: node.location,
        select,
        rangeZeroWarning: true,
      };
      out.push(...validateNode(check, node, value, "Error validating @default trait"));
      switch (target!.type) {
        case "blob":
          if (typeof value === "string" && !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
            out.push(
              events.warning(node, "The @default value of a blob should be a valid base64 string."),
            );
          }
          break;
        case "map":
          if (isNodeObject(value) && Object.keys(value).length)
            out.push(events.error(node, "The @default value of a map must be an empty map"));
          break;
        case "list":
        case "set":
          if (Array.isArray(value) && value.length)
            out.push(events.error(node, "The @default value of a list must be an empty list"));
          break;
        case "document":
          if (Array.isArray(value) && value.length) {
            out.push(
              events.error(node, "The @default value of a document cannot be a non-empty array"),
            );
          }
          if (isNodeObject(value) && Object.keys(value).length) {
            out.push(
              events.error(node, "The @default value of a document cannot be a non-empty object"),
            );
          }
          break;
        default:
          break;
      }
      if (node.type === "member") continue;
      // Members that target a shape with a default must repeat it, or set null.
      for (const rel of ctx.reverseRelationships(node)) {
        if (rel.type !== "memberTarget" || rel.from.type !== "member") continue;
        const member = rel.from;
        if (ctx.model.getShape(member.container)?.type !== "structure") continue;
        if (!member.traits.has(DEFAULT)) {
          out.push(
            events.error(
              member,
              `Member targets ${node.id}, which requires that the member defines the same default of \`${printJson(value)}\` or \`null\``,
            ),
          );
          continue;
        }
        const memberDefault = member.traits.get(DEFAULT) as NodeValue;
        if (memberDefault !== null && !nodeEquals(memberDefault, value)) {
          const shown =
            typeof memberDefault === "string" ? memberDefault : printJson(memberDefault);
          out.push(
            events.error(
              member,
              `Member defines a default value that differs from the default value of the target shape, ${node.id}. The ` +
                `member has a default of \`${shown}\`, but the target has a default of \`${printJson(value)}\`.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
