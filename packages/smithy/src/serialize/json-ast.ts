/**
 * Model → Smithy JSON AST, as the reference serializer writes it: only traits introduced on a
 * shape (not those inherited from mixins), only members that are not pure mixin copies, prelude
 * shapes left out by default, and a fixed key order so that output is deterministic.
 * https://smithy.io/2.0/spec/json-ast.html
 */
import type { Model } from "../model/model";
import type { NodeObject, NodeValue } from "../model/node-value";
import type { MemberShape, OperationShape, ResourceShape, ServiceShape, Shape } from "../model/shape";
import { isPreludeId, UNIT } from "../model/shape-id";

export interface SerializeOptions {
  includePrelude?: boolean;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ref = (target: string) => ({ target });

export function serializeJsonAst(model: Model, options: SerializeOptions = {}): NodeObject {
  const ids = [...model.shapes.keys()].filter((id) => options.includePrelude || !isPreludeId(id)).sort(byKey);
  const shapes: NodeObject = {};
  let hasSets = false;
  for (const id of ids) {
    const shape = model.shapes.get(id)!;
    if (shape.type === "set") hasSets = true;
    shapes[id] = serializeShape(shape, model);
  }
  const doc: NodeObject = { smithy: hasSets ? "1.0" : "2.0" };
  if (model.metadata.size > 0) {
    const metadata: NodeObject = {};
    for (const key of [...model.metadata.keys()].sort(byKey)) metadata[key] = model.metadata.get(key)!;
    doc["metadata"] = metadata;
  }
  doc["shapes"] = shapes;
  return doc;
}

function localTraits(shape: Shape | MemberShape): NodeObject | undefined {
  if (shape.localTraits.size === 0) return undefined;
  const out: NodeObject = {};
  for (const id of [...shape.localTraits].sort(byKey)) {
    const value = shape.traits.get(id);
    if (value !== undefined) out[id] = value;
  }
  return out;
}

function serializeMember(member: MemberShape): NodeObject {
  const out: NodeObject = { target: member.target };
  const traits = localTraits(member);
  if (traits) out["traits"] = traits;
  return out;
}

/** Members copied from a mixin without local traits are implied by the mixin. */
function ownMembers(shape: Shape): MemberShape[] {
  return [...shape.members.values()].filter((m) => m.mixin === undefined || m.localTraits.size > 0);
}

function inheritedIds(shape: Shape, model: Model, pick: (s: Shape) => readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const mixin of shape.mixins) for (const id of pick(model.shapes.get(mixin)!) ?? []) out.add(id);
  return out;
}

function ownList(shape: Shape, model: Model, key: string, values: readonly string[]): NodeValue[] | undefined {
  const inherited = inheritedIds(shape, model, (s) => (s as unknown as Record<string, readonly string[]>)[key]);
  const own = values.filter((v) => !inherited.has(v));
  return own.length > 0 ? own.map(ref) : undefined;
}

function ownMap(shape: Shape, model: Model, key: string, values: ReadonlyMap<string, string>, asRef: boolean): NodeObject | undefined {
  const out: NodeObject = {};
  let any = false;
  for (const [k, v] of values) {
    const inherited = shape.mixins.some((m) => {
      const map = (model.shapes.get(m) as unknown as Record<string, ReadonlyMap<string, string>> | undefined)?.[key];
      return map?.get(k) === v;
    });
    if (inherited) continue;
    out[k] = asRef ? ref(v) : v;
    any = true;
  }
  return any ? out : undefined;
}

function serializeShape(shape: Shape, model: Model): NodeObject {
  const out: NodeObject = { type: shape.type };
  const set = (key: string, value: NodeValue | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  if (shape.type === "service") set("version", (shape as ServiceShape).version);
  if (shape.mixins.length > 0) out["mixins"] = shape.mixins.map(ref);
  switch (shape.type) {
    case "list":
    case "set":
    case "map":
      for (const member of ownMembers(shape)) out[member.name] = serializeMember(member);
      break;
    case "structure":
    case "union":
    case "enum":
    case "intEnum": {
      const members: NodeObject = {};
      for (const member of ownMembers(shape)) members[member.name] = serializeMember(member);
      if (Object.keys(members).length > 0 || shape.mixins.length === 0) out["members"] = members;
      break;
    }
    case "operation": {
      const op = shape as OperationShape;
      if (op.input !== UNIT) out["input"] = ref(op.input);
      if (op.output !== UNIT) out["output"] = ref(op.output);
      set("errors", ownList(shape, model, "errors", op.errors));
      break;
    }
    case "resource": {
      const r = shape as ResourceShape;
      set("identifiers", ownMap(shape, model, "identifiers", r.identifiers, true));
      set("properties", ownMap(shape, model, "properties", r.properties, true));
      for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
        const v = r[key];
        if (v !== undefined && !shape.mixins.some((m) => (model.shapes.get(m) as ResourceShape)[key] === v)) out[key] = ref(v);
      }
      set("operations", ownList(shape, model, "operations", r.operations));
      set("collectionOperations", ownList(shape, model, "collectionOperations", r.collectionOperations));
      set("resources", ownList(shape, model, "resources", r.resources));
      break;
    }
    case "service": {
      const s = shape as ServiceShape;
      set("operations", ownList(shape, model, "operations", s.operations));
      set("resources", ownList(shape, model, "resources", s.resources));
      set("errors", ownList(shape, model, "errors", s.errors));
      set("rename", ownMap(shape, model, "rename", s.rename, false));
      break;
    }
    default:
      break;
  }
  set("traits", localTraits(shape));
  return out;
}

const POSITIVE_INFINITY = "\u0000+Infinity\u0000";
const NEGATIVE_INFINITY = "\u0000-Infinity\u0000";

/**
 * The JSON AST as text, 4-space indented. Numbers beyond the double range (the IDL allows them;
 * JS holds them as ±Infinity) are written as `1e999`/`-1e999`, which read back as the same value,
 * where JSON.stringify would write `null`.
 */
export function formatJsonAst(model: Model, options: SerializeOptions = {}): string {
  const text = JSON.stringify(
    serializeJsonAst(model, options),
    (_key, value: unknown) =>
      value === Infinity ? POSITIVE_INFINITY : value === -Infinity ? NEGATIVE_INFINITY : value,
    4,
  );
  return text.split(JSON.stringify(POSITIVE_INFINITY)).join("1e999").split(JSON.stringify(NEGATIVE_INFINITY)).join("-1e999");
}
