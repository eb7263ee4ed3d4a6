import type { Model } from "../../model/model";
import type { MemberShape, Shape } from "../../model/shape";
import { UNIT } from "../../model/shape-id";

/**
 * Relationships between shapes, as the reference's NeighborVisitor computes them.
 * https://smithy.io/2.0/spec/selectors.html#relationship-types
 */
export type RelationshipType =
  | "resource"
  | "operation"
  | "collectionOperation"
  | "put"
  | "create"
  | "read"
  | "update"
  | "delete"
  | "list"
  | "identifier"
  | "property"
  | "memberTarget"
  | "memberContainer"
  | "input"
  | "output"
  | "error"
  | "member"
  | "mapKey"
  | "mapValue"
  | "trait"
  | "mixin";

export type ModelNode = Shape | MemberShape;

export interface Relationship {
  readonly type: RelationshipType;
  readonly from: ModelNode;
  readonly toId: string;
  /** Undefined when the target does not resolve. */
  readonly to?: ModelNode;
}

/** The reference's RelationshipType declaration order, which orders some messages. */
export const RELATIONSHIP_ORDER: readonly RelationshipType[] = [
  "resource",
  "operation",
  "collectionOperation",
  "put",
  "create",
  "read",
  "update",
  "delete",
  "list",
  "identifier",
  "property",
  "memberContainer",
  "memberTarget",
  "input",
  "output",
  "error",
  "member",
  "mapKey",
  "mapValue",
  "trait",
  "mixin",
];

/** "member target: [a, b], output: [c]" as the reference prints ignored relationships. */
export function formatRelationships(
  byType: ReadonlyMap<RelationshipType, ReadonlySet<string>>,
): string {
  const parts = [...byType.entries()]
    .sort(([a], [b]) => RELATIONSHIP_ORDER.indexOf(a) - RELATIONSHIP_ORDER.indexOf(b))
    .map(
      ([type, ids]) =>
        `${javaRelationshipName(type).toLowerCase().replace(/_/g, " ")}: [${[...ids].sort().join(", ")}]`,
    );
  return `{${parts.join(", ")}}`;
}

/** The label a selector uses for a relationship (`-[input]->`); undefined when unlabelled. */
export function selectorLabel(type: RelationshipType): string | undefined {
  switch (type) {
    case "memberTarget":
    case "memberContainer":
      return undefined;
    case "mapKey":
    case "mapValue":
      return "member";
    default:
      return type;
  }
}

/** The reference's RelationshipType enum name, used in some messages (`MEMBER_TARGET`). */
export function javaRelationshipName(type: RelationshipType): string {
  return type.replace(/([A-Z])/g, "_$1").toUpperCase();
}

/** Directed (forward) relationships of a shape, trait relationships excluded. */
export function forwardRelationships(model: Model, node: ModelNode): Relationship[] {
  const out: Relationship[] = [];
  const push = (type: RelationshipType, toId: string): void => {
    out.push({ type, from: node, toId, to: model.getShapeOrMember(toId) });
  };
  if (node.type === "member") {
    const container = model.getShape(node.container);
    if (container?.type !== "enum" && container?.type !== "intEnum")
      push("memberTarget", node.target);
    return out;
  }
  for (const mixin of node.mixins) push("mixin", mixin);
  switch (node.type) {
    case "service":
      for (const id of node.operations) push("operation", id);
      for (const id of node.resources) push("resource", id);
      for (const id of node.errors) push("error", id);
      break;
    case "resource":
      for (const id of node.identifiers.values()) push("identifier", id);
      for (const id of node.properties.values()) push("property", id);
      for (const id of node.resources) push("resource", id);
      for (const type of ["list", "create", "put", "read", "update", "delete"] as const) {
        const id = node[type];
        if (id) push(type, id);
      }
      for (const id of node.operations) push("operation", id);
      for (const id of node.collectionOperations) push("collectionOperation", id);
      break;
    case "operation":
      // An absent input/output is smithy.api#Unit; the reference has no relationship then.
      if (node.input !== UNIT) push("input", node.input);
      if (node.output !== UNIT) push("output", node.output);
      for (const id of node.errors) push("error", id);
      break;
    case "map":
      for (const member of node.members.values()) {
        out.push({
          type: member.name === "key" ? "mapKey" : "mapValue",
          from: node,
          toId: member.id,
          to: member,
        });
      }
      break;
    default:
      for (const member of node.members.values())
        out.push({ type: "member", from: node, toId: member.id, to: member });
  }
  return out;
}

/** Trait relationships: shape → each applied trait's definition shape. */
export function traitRelationships(model: Model, node: ModelNode): Relationship[] {
  const out: Relationship[] = [];
  for (const traitId of node.traits.keys()) {
    out.push({ type: "trait", from: node, toId: traitId, to: model.getShape(traitId) });
  }
  return out;
}
