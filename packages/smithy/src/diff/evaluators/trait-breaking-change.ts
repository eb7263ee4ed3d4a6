/**
 * TraitBreakingChange: the `breakingChanges` rules of a trait definition (`@trait(breakingChanges:
 * [{change, path, severity, message}])`), evaluated with the NEW model's definition.
 * https://smithy.io/2.0/spec/model.html#trait-breaking-change-rules
 * Reference: smithy-diff TraitBreakingChange.
 */
import type { Model } from "../../model/model";
import { isNodeObject, nodeEquals, type NodeObject, type NodeValue } from "../../model/node-value";
import type { Shape } from "../../model/shape";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import type { DiffShape } from "../differences";
import { diffEvent, type DiffEvaluator } from "../evaluator";
import { tickedNode } from "../node-print";

type Change = "add" | "remove" | "update";

/** JSON pointer segments (RFC 6901). */
function segments(path: NodeValue | undefined): string[] {
  if (typeof path !== "string" || path === "" || path === "/") return [];
  return path
    .replace(/^\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function breaking(rule: string, left: NodeValue, right: NodeValue): Change | undefined {
  const add = left === null && right !== null;
  const remove = right === null && left !== null;
  const update = left !== null && right !== null && !nodeEquals(left, right);
  switch (rule) {
    case "add":
      return add ? "add" : undefined;
    case "remove":
      return remove ? "remove" : undefined;
    case "update":
      return update ? "update" : undefined;
    case "any":
      return add ? "add" : remove ? "remove" : update ? "update" : undefined;
    case "presence":
      return add ? "add" : remove ? "remove" : undefined;
    default:
      return undefined;
  }
}

function describe(
  type: Change,
  trait: string,
  path: string,
  left: NodeValue,
  right: NodeValue,
): string {
  const isEmptyObject = (v: NodeValue) => isNodeObject(v) && Object.keys(v).length === 0;
  switch (type) {
    case "add":
      if (path !== "")
        return `Added trait contents to \`${trait}\` at path \`${path}\` with value ${tickedNode(right)}`;
      return isEmptyObject(right)
        ? `Added trait \`${trait}\``
        : `Added trait \`${trait}\` with value ${tickedNode(right)}`;
    case "remove":
      if (path !== "")
        return `Removed trait contents from \`${trait}\` at path \`${path}\`. Removed value: ${tickedNode(left)}`;
      return isEmptyObject(left)
        ? `Removed trait \`${trait}\``
        : `Removed trait \`${trait}\`. Previous trait value: ${tickedNode(left)}`;
    case "update":
      if (path !== "")
        return `Changed trait contents of \`${trait}\` at path \`${path}\` from ${tickedNode(left)} to ${tickedNode(right)}`;
      return `Changed trait \`${trait}\` from ${tickedNode(left)} to ${tickedNode(right)}`;
  }
}

/** Values at the rule's path, keyed by the concrete path (`/0/name`); a "" segment stops the walk. */
function extract(
  model: Model,
  parts: string[],
  shape: Shape,
  index: number,
  value: NodeValue,
  path: string,
  out: Map<string, NodeValue>,
): void {
  if (index >= parts.length || parts[index] === "") {
    out.set(path, value);
    return;
  }
  const segment = parts[index]!;
  const member = shape.members.get(segment);
  const next = member ? model.getShape(member.target) : undefined;
  if (!next) return;
  if (shape.type === "list" || shape.type === "set") {
    if (Array.isArray(value))
      value.forEach((v, i) => extract(model, parts, next, index + 1, v, `${path}/${i}`, out));
  } else if (shape.type === "map") {
    if (isNodeObject(value))
      for (const [k, v] of Object.entries(value))
        extract(model, parts, next, index + 1, v, `${path}/${k}`, out);
  } else if (shape.type === "structure" || shape.type === "union") {
    if (isNodeObject(value))
      extract(model, parts, next, index + 1, value[segment] ?? null, `${path}/${segment}`, out);
  }
}

function checkRule(
  model: Model,
  traitShape: Shape,
  target: DiffShape,
  rule: NodeObject,
  left: NodeValue,
  right: NodeValue,
): ValidationEvent[] {
  const parts = segments(rule["path"]);
  // Nested paths are only compared when the trait is still there.
  if (right === null && parts.length > 0) return [];
  const before = new Map<string, NodeValue>();
  const after = new Map<string, NodeValue>();
  extract(model, parts, traitShape, 0, left, "", before);
  extract(model, parts, traitShape, 0, right, "", after);
  const pairs: [string, NodeValue, NodeValue][] = [];
  for (const [path, l] of before) pairs.push([path, l, after.get(path) ?? null]);
  for (const [path, r] of after) if (!before.has(path)) pairs.push([path, null, r]);
  const severity = (typeof rule["severity"] === "string" ? rule["severity"] : "ERROR") as Severity;
  const events: ValidationEvent[] = [];
  for (const [path, l, r] of pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (l === null && r === null) continue;
    const type = breaking(typeof rule["change"] === "string" ? rule["change"] : "", l, r);
    if (!type) continue;
    let message = describe(type, traitShape.id, path, l, r);
    if (typeof rule["message"] === "string") {
      if (!message.endsWith(".")) message += "; ";
      message += rule["message"];
    }
    events.push(
      diffEvent(
        `TraitBreakingChange.${type.charAt(0).toUpperCase()}${type.slice(1)}.${traitShape.id}`,
        severity,
        target,
        message,
      ),
    );
  }
  return events;
}

export const traitBreakingChange: DiffEvaluator = {
  name: "TraitBreakingChange",
  evaluate(d) {
    const events: ValidationEvent[] = [];
    for (const c of d.changedShapes) {
      for (const [trait, change] of c.traits) {
        const traitShape = d.newModel.getShape(trait);
        const definition = traitShape?.traits.get("smithy.api#trait");
        if (
          !traitShape ||
          !isNodeObject(definition) ||
          !Array.isArray(definition["breakingChanges"])
        )
          continue;
        for (const rule of definition["breakingChanges"]) {
          if (isNodeObject(rule))
            events.push(
              ...checkRule(
                d.newModel,
                traitShape,
                c.new,
                rule,
                change.old ?? null,
                change.new ?? null,
              ),
            );
        }
      }
    }
    return events;
  },
};
