/**
 * ModifiedTrait: any trait added, removed or changed, judged by the trait definition's
 * `diff.*` tags (e.g. `diff.error.remove`, `diff.contents` to walk into the value). Traits with
 * neither tags nor `breakingChanges` get the defaults; unknown traits warn on any change.
 * Reference: smithy-diff ModifiedTrait.
 */
import type { Model } from "../../model/model";
import { isNodeObject, nodeEquals, type NodeValue } from "../../model/node-value";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import type { DiffShape } from "../differences";
import { diffEvent, type DiffEvaluator } from "../evaluator";
import { tickedNode } from "../node-print";

type DiffType = "add" | "remove" | "update" | "const" | "contents";
interface Strategy {
  type: DiffType;
  severity: Severity;
}

const DEFAULTS: Strategy[] = [
  { type: "add", severity: "NOTE" },
  { type: "update", severity: "NOTE" },
  { type: "remove", severity: "WARNING" },
];
const IGNORED = new Set([
  "smithy.api#box",
  "smithy.api#required",
  "smithy.synthetic#enum",
  "smithy.synthetic#originalShapeId",
]);

function strategiesFromTags(shape: DiffShape, allowContents: boolean): Strategy[] {
  const tags = shape.traits.get("smithy.api#tags");
  const out: Strategy[] = [];
  for (const tag of Array.isArray(tags) ? tags : []) {
    if (typeof tag !== "string") continue;
    if (tag === "diff.contents") {
      if (allowContents) out.push({ type: "contents", severity: "NOTE" });
      continue;
    }
    const m = /^diff\.(error|danger|warning)\.(add|remove|update|const)$/.exec(tag);
    if (m) out.push({ type: m[2] as DiffType, severity: m[1]!.toUpperCase() as Severity });
  }
  return out;
}

function strategiesFor(model: Model): Map<string, Strategy[]> {
  const out = new Map<string, Strategy[]>();
  for (const shape of model.shapes.values()) {
    const definition = shape.traits.get("smithy.api#trait");
    if (definition === undefined) continue;
    const fromTags = strategiesFromTags(shape, true);
    const breaking =
      isNodeObject(definition) &&
      Array.isArray(definition["breakingChanges"]) &&
      definition["breakingChanges"].length > 0;
    // Traits with breakingChanges rules are TraitBreakingChange's to report.
    out.set(shape.id, fromTags.length > 0 ? fromTags : breaking ? [] : DEFAULTS);
  }
  return out;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Site {
  shape: DiffShape;
  trait: string;
  path: string;
}

function apply(
  type: DiffType,
  site: Site,
  left: NodeValue | undefined,
  right: NodeValue | undefined,
  severity: Severity,
  model: Model,
): ValidationEvent[] {
  const { shape, trait, path } = site;
  const id = (t: string) => `ModifiedTrait.${capitalize(t)}.${trait}`;
  switch (type) {
    case "add":
      if (left !== undefined || right === undefined) return [];
      return [
        diffEvent(
          id("add"),
          severity,
          shape,
          path === ""
            ? `Added trait \`${trait}\` with value ${tickedNode(right)}`
            : `Added trait contents to \`${trait}\` at path \`${path}\` with value ${tickedNode(right)}`,
        ),
      ];
    case "remove":
      if (right !== undefined || left === undefined) return [];
      return [
        diffEvent(
          id("remove"),
          severity,
          shape,
          path === ""
            ? `Removed trait \`${trait}\`. Previous trait value: ${tickedNode(left)}`
            : `Removed trait contents from \`${trait}\` at path \`${path}\`. Removed value: ${tickedNode(left)}`,
        ),
      ];
    case "update":
      if (left === undefined || right === undefined || nodeEquals(left, right)) return [];
      return [
        diffEvent(
          id("update"),
          severity,
          shape,
          path === ""
            ? `Changed trait \`${trait}\` from ${tickedNode(left)} to ${tickedNode(right)}`
            : `Changed trait contents of \`${trait}\` at path \`${path}\` from ${tickedNode(left)} to ${tickedNode(right)}`,
        ),
      ];
    case "const":
      return (["add", "remove", "update"] as const).flatMap((t) =>
        apply(t, site, left, right, severity, model),
      );
    case "contents": {
      if (left === undefined || right === undefined) return [];
      const traitShape = model.getShape(trait);
      if (!traitShape) return [];
      const events: ValidationEvent[] = [];
      crawl(model, traitShape, site, left, right, events);
      return events;
    }
  }
}

/** Walks a trait value along its definition shape, applying members' `diff.*` tags. */
function crawl(
  model: Model,
  shape: DiffShape,
  site: Site,
  left: NodeValue | undefined,
  right: NodeValue | undefined,
  events: ValidationEvent[],
): void {
  const at = (path: string): Site => ({ ...site, path });
  if (shape.type === "member") {
    for (const s of strategiesFromTags(shape, false))
      events.push(...apply(s.type, site, left, right, s.severity, model));
    const target = model.getShape(shape.target);
    if (target) crawl(model, target, site, left, right, events);
    return;
  }
  if (left === undefined || right === undefined) return;
  if (shape.type === "list" || shape.type === "set") {
    const member = shape.members.get("member");
    if (!member || !Array.isArray(left) || !Array.isArray(right)) return;
    left.forEach((v, i) =>
      crawl(
        model,
        member,
        at(`${site.path}/${i}`),
        v,
        i < right.length ? right[i] : undefined,
        events,
      ),
    );
    for (let i = left.length; i < right.length; i++)
      crawl(model, member, at(`${site.path}/${i}`), undefined, right[i], events);
  } else if (shape.type === "map") {
    const member = shape.members.get("value");
    if (!member || !isNodeObject(left) || !isNodeObject(right)) return;
    for (const [k, v] of Object.entries(left))
      crawl(model, member, at(`${site.path}/${k}`), v, right[k], events);
    for (const [k, v] of Object.entries(right))
      if (!(k in left)) crawl(model, member, at(`${site.path}/${k}`), undefined, v, events);
  } else if (shape.type === "structure" || shape.type === "union") {
    if (!isNodeObject(left) || !isNodeObject(right)) return;
    for (const member of shape.members.values()) {
      const l = left[member.name];
      const r = right[member.name];
      if (l !== undefined || r !== undefined)
        crawl(model, member, at(`${site.path}/${member.name}`), l, r, events);
    }
  }
}

export const modifiedTrait: DiffEvaluator = {
  name: "ModifiedTrait",
  evaluate(d) {
    const strategies = strategiesFor(d.newModel);
    const events: ValidationEvent[] = [];
    for (const c of d.changedShapes) {
      for (const [trait, change] of c.traits) {
        if (IGNORED.has(trait)) continue;
        const list = strategies.get(trait) ?? [{ type: "const", severity: "WARNING" }];
        const site: Site = { shape: c.new, trait, path: "" };
        for (const s of list)
          events.push(...apply(s.type, site, change.old, change.new, s.severity, d.newModel));
      }
    }
    return events;
  },
};
