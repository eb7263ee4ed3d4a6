/**
 * Semantic model comparison, as the reference's conformance runners compare models: shapes (type,
 * traits in effect and introduced locally, mixins, members, relationships) and metadata. Source
 * locations and key order do not matter. Returns the first difference, for test messages.
 */
import type { Model } from "./model/model";
import { nodeEquals } from "./model/node-value";
import type { MemberShape, Shape, TraitMap } from "./model/shape";
import { isReadonlyMap } from "./assembler/small-map";

export function modelsEqual(a: Model, b: Model): boolean {
  return modelDifference(a, b) === undefined;
}

export function modelDifference(a: Model, b: Model): string | undefined {
  for (const id of a.shapes.keys()) if (!b.shapes.has(id)) return `${id}: only in the first model`;
  for (const id of b.shapes.keys()) if (!a.shapes.has(id)) return `${id}: only in the second model`;
  for (const [id, shape] of a.shapes) {
    const diff = shapeDifference(shape, b.shapes.get(id)!);
    if (diff) return `${id}: ${diff}`;
  }
  const keys = new Set([...a.metadata.keys(), ...b.metadata.keys()]);
  for (const key of keys) {
    if (!nodeEquals(a.metadata.get(key), b.metadata.get(key))) return `metadata ${key} differs`;
  }
  return undefined;
}

function traitsDifference(a: TraitMap, b: TraitMap): string | undefined {
  for (const [k, v] of a) {
    if (!b.has(k)) return `trait ${k} only in the first`;
    if (!nodeEquals(v, b.get(k))) return `trait ${k} differs: ${JSON.stringify(v)} vs ${JSON.stringify(b.get(k))}`;
  }
  for (const k of b.keys()) if (!a.has(k)) return `trait ${k} only in the second`;
  return undefined;
}

function setsEqual(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function memberDifference(a: MemberShape, b: MemberShape): string | undefined {
  if (a.target !== b.target) return `target ${a.target} vs ${b.target}`;
  if ((a.mixin ?? "") !== (b.mixin ?? "")) return `mixin ${a.mixin} vs ${b.mixin}`;
  if (!setsEqual(a.localTraits, b.localTraits)) return `local traits [${[...a.localTraits]}] vs [${[...b.localTraits]}]`;
  return traitsDifference(a.traits, b.traits);
}

/** Compares every field but `location` (and `members`/`traits`, which are compared structurally). */
export function shapeDifference(a: Shape, b: Shape): string | undefined {
  if (a.type !== b.type) return `type ${a.type} vs ${b.type}`;
  const traits = traitsDifference(a.traits, b.traits);
  if (traits) return traits;
  if (!setsEqual(a.localTraits, b.localTraits)) return `local traits [${[...a.localTraits]}] vs [${[...b.localTraits]}]`;
  if (a.mixins.join() !== b.mixins.join()) return `mixins [${a.mixins}] vs [${b.mixins}]`;
  if ([...a.members.keys()].sort().join() !== [...b.members.keys()].sort().join()) {
    return `members [${[...a.members.keys()]}] vs [${[...b.members.keys()]}]`;
  }
  for (const [name, member] of a.members) {
    const diff = memberDifference(member, b.members.get(name)!);
    if (diff) return `member ${name}: ${diff}`;
  }
  const skip = new Set(["id", "type", "traits", "localTraits", "location", "mixins", "members"]);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !skip.has(k)));
  for (const key of keys) {
    const x = plain((a as unknown as Record<string, unknown>)[key]);
    const y = plain((b as unknown as Record<string, unknown>)[key]);
    if (JSON.stringify(x) !== JSON.stringify(y)) return `${key} ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
  }
  return undefined;
}

/** Maps become sorted entry lists so that insertion order does not matter. */
function plain(value: unknown): unknown {
  if (isReadonlyMap(value)) return [...(value as ReadonlyMap<string, unknown>).entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return value;
}
