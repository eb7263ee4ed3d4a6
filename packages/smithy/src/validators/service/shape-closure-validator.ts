import type { NodeObject } from "../../model/node-value";
import { isNodeObject } from "../../model/node-value";
import { nameOf, namespaceOf, parseShapeId } from "../../model/shape-id";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "../core/context";
import type { ModelNode } from "../core/relationships";
import { closure } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `ShapeClosure`: checks `metadata shapeClosures` entries: unique ids that are not shape ids,
 * non-empty roots (namespaces or a selector), valid renames, and case-insensitively unique names.
 * Value types are checked by TypedMetadata. https://smithy.io/2.0/spec/model.html#shape-closures
 */
const NO_LOCATION = { filename: "", line: 0, column: 0 };

interface ClosureSpec {
  id: string;
  namespaces: string[];
  selector?: string;
  rename: Map<string, string>;
}

function event(id: string, severity: Severity, message: string): ValidationEvent {
  return { id, severity, message, sourceLocation: NO_LOCATION };
}

function readSpec(node: NodeObject): ClosureSpec | undefined {
  if (typeof node["id"] !== "string") return undefined;
  const spec: ClosureSpec = {
    id: node["id"],
    namespaces: Array.isArray(node["includeNamespaces"])
      ? node["includeNamespaces"].map(String)
      : [],
    rename: new Map(
      isNodeObject(node["rename"])
        ? Object.entries(node["rename"]).map(([k, v]) => [k, String(v)])
        : [],
    ),
  };
  if (typeof node["includeBySelector"] === "string") spec.selector = node["includeBySelector"];
  // Like the reference, an entry whose rename keys are not shape ids is left to TypedMetadata.
  if ([...spec.rename.keys()].some((k) => !parseShapeId(k))) return undefined;
  return spec;
}

export const shapeClosureValidator: Validator = {
  name: "ShapeClosure",
  validate(ctx) {
    const entries = ctx.model.metadata.get("shapeClosures");
    const out: ValidationEvent[] = [];
    if (!Array.isArray(entries)) return out;
    const namespaces = new Set([...ctx.model.shapes.keys()].map(namespaceOf));
    const seen = new Set<string>();
    for (const entry of entries) {
      const spec = isNodeObject(entry) ? readSpec(entry) : undefined;
      if (!spec) continue;
      if (seen.has(spec.id)) {
        out.push(
          event(
            "ShapeClosure",
            "ERROR",
            `Shape closure id \`${spec.id}\` is declared more than once.`,
          ),
        );
        continue;
      }
      seen.add(spec.id);
      if (parseShapeId(spec.id) && ctx.model.getShapeOrMember(spec.id)) {
        out.push(
          event(
            "ShapeClosure",
            "ERROR",
            `Shape closure ids must not match the ids of shapes in the model, but \`${spec.id}\` does.`,
          ),
        );
      }
      if (spec.namespaces.length === 0 && spec.selector === undefined) {
        out.push(
          event(
            "ShapeClosure",
            "ERROR",
            `Shape closure \`${spec.id}\` must define at least one of \`includeNamespaces\` or \`includeBySelector\`.`,
          ),
        );
      }
      const nonEmpty = spec.namespaces.filter((ns) => namespaces.has(ns));
      for (const ns of spec.namespaces.filter((n) => !namespaces.has(n))) {
        out.push(
          event(
            `ShapeClosure.EmptyNamespace.${spec.id}`,
            "DANGER",
            `Shape closure \`${spec.id}\` includes namespace \`${ns}\`, which has no shapes in the model.`,
          ),
        );
      }
      const roots = rootShapes(ctx, spec, out, nonEmpty);
      if (!roots) continue;
      const members = new Map<string, ModelNode>();
      for (const root of roots) for (const [id, node] of closure(ctx, root)) members.set(id, node);
      out.push(...checkRenames(spec, members), ...checkNameConflicts(spec, members));
    }
    return out;
  },
};

/** The closure's root shapes; undefined when its selector is empty or invalid (checks stop there). */
function rootShapes(
  ctx: ValidationContext,
  spec: ClosureSpec,
  out: ValidationEvent[],
  nonEmpty: string[],
): ModelNode[] | undefined {
  const roots = ctx.nodes().filter((n) => spec.namespaces.includes(namespaceOf(n.id)));
  if (spec.selector === undefined) return roots;
  if (spec.selector === "") return undefined;
  const ast = ctx.selector(spec.selector);
  if (ast instanceof Error) {
    out.push(
      event(
        "ShapeClosure",
        "ERROR",
        `Shape closure \`${spec.id}\` has an invalid \`includeBySelector\`: ${ast.message}`,
      ),
    );
    return undefined;
  }
  const selected = [...ctx.select(spec.selector)];
  const id = `ShapeClosure.EmptySelector.${spec.id}`;
  if (nonEmpty.length === 0 && selected.length === 0) {
    out.push(
      event(
        id,
        "DANGER",
        `Shape closure \`${spec.id}\` has an \`includeBySelector\` that matches no shapes in the model.`,
      ),
    );
  } else if (nonEmpty.length && selected.every((n) => nonEmpty.includes(namespaceOf(n.id)))) {
    out.push(
      event(
        id,
        "DANGER",
        `Shape closure \`${spec.id}\` has an \`includeBySelector\` that matches no shapes in the model that aren't already in an included namespace.`,
      ),
    );
  }
  return [...roots, ...selected];
}

function checkRenames(spec: ClosureSpec, members: Map<string, ModelNode>): ValidationEvent[] {
  const out: ValidationEvent[] = [];
  const nonRenamed = new Map<string, string>();
  for (const id of [...members.keys()].sort()) {
    if (!id.includes("$") && !spec.rename.has(id) && !nonRenamed.has(nameOf(id).toLowerCase()))
      nonRenamed.set(nameOf(id).toLowerCase(), id);
  }
  const renamed = new Map<string, string>();
  for (const [from, to] of spec.rename) {
    if (to === nameOf(from)) {
      out.push(
        event(
          "ShapeClosure",
          "ERROR",
          `Shape closure \`${spec.id}\` rename for \`${from}\` does not change the name from \`${to}\`.`,
        ),
      );
    }
    if (!members.has(from)) {
      out.push(
        event(
          "ShapeClosure",
          "ERROR",
          `Shape closure \`${spec.id}\` attempts to rename \`${from}\`, which is not in the closure.`,
        ),
      );
      continue;
    }
    const key = to.toLowerCase();
    const previous = renamed.get(key);
    if (previous !== undefined) {
      out.push(
        event(
          "ShapeClosure",
          "ERROR",
          `Shape closure \`${spec.id}\` rename for \`${from}\` ("${to}") case-insensitively conflicts with the rename for \`${previous}\`.`,
        ),
      );
    } else renamed.set(key, from);
    const other = nonRenamed.get(key);
    if (other !== undefined) {
      out.push(
        event(
          "ShapeClosure",
          "ERROR",
          `Shape closure \`${spec.id}\` rename for \`${from}\` ("${to}") case-insensitively conflicts with non-renamed shape \`${other}\`.`,
        ),
      );
    }
  }
  return out;
}

function checkNameConflicts(spec: ClosureSpec, members: Map<string, ModelNode>): ValidationEvent[] {
  const byName = new Map<string, string[]>();
  for (const id of members.keys()) {
    if (id.includes("$") || spec.rename.has(id)) continue;
    const key = nameOf(id).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  return [...byName.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) =>
      event(
        `ShapeClosure.NameConflicts.${spec.id}`,
        "WARNING",
        `Shape closure \`${spec.id}\` contains shapes whose names conflict case-insensitively: [${ids.sort().join(", ")}]. ` +
          "Shapes in a closure should have case-insensitively unique names regardless of their namespaces. Some code " +
          "generators or other tools may require this in order to work. The `rename` property may be used to disambiguate them.",
      ),
    );
}
