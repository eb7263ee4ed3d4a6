/**
 * What changed between two models, as smithy-diff's `Differences` sees it: every shape *and every
 * member* is compared by id, so a changed member shows up as its own change (and its container's).
 * Enum shapes carry a synthetic `enum` trait listing their values, so 2.0 enums and 1.0 `@enum`
 * strings are compared the same way.
 */
import type { Model } from "../model/model";
import { nodeEquals, type NodeValue } from "../model/node-value";
import type {
  MemberShape,
  OperationShape,
  ResourceShape,
  ServiceShape,
  Shape,
} from "../model/shape";
import { enumDefinitionsOf, SYNTHETIC_ENUM } from "./enum-definitions";

export type DiffShape = Shape | MemberShape;

export interface TraitChange {
  readonly old?: NodeValue;
  readonly new?: NodeValue;
}

export interface ChangedShape<S extends DiffShape = DiffShape> {
  readonly id: string;
  readonly old: S;
  readonly new: S;
  /** Trait id → old and new value (one of them absent when the trait was added or removed). */
  readonly traits: ReadonlyMap<string, TraitChange>;
}

export interface ChangedMetadata {
  readonly key: string;
  readonly old: NodeValue;
  readonly new: NodeValue;
}

export interface Differences {
  readonly oldModel: Model;
  readonly newModel: Model;
  readonly addedShapes: readonly DiffShape[];
  readonly removedShapes: readonly DiffShape[];
  readonly changedShapes: readonly ChangedShape[];
  readonly addedMetadata: readonly [string, NodeValue][];
  readonly removedMetadata: readonly [string, NodeValue][];
  readonly changedMetadata: readonly ChangedMetadata[];
}

const ENUM_TRAIT = "smithy.api#enum";

/** Every trait of a shape as the reference's getAllTraits sees it (enum shapes: plus the synthetic one). */
export function allTraits(shape: DiffShape): ReadonlyMap<string, NodeValue> {
  if (shape.type !== "enum") return shape.traits;
  const traits = new Map(shape.traits);
  traits.set(SYNTHETIC_ENUM, enumDefinitionsOf(shape));
  return traits;
}

/** The reference's findTrait: on an enum shape, `smithy.api#enum` means the synthetic trait. */
export function findTrait(shape: DiffShape, id: string): NodeValue | undefined {
  if (shape.type === "enum" && (id === ENUM_TRAIT || id === SYNTHETIC_ENUM))
    return enumDefinitionsOf(shape);
  return shape.traits.get(id);
}

export function hasTrait(shape: DiffShape, id: string): boolean {
  return findTrait(shape, id) !== undefined;
}

function traitDifferences(a: DiffShape, b: DiffShape): Map<string, TraitChange> {
  const changes = new Map<string, TraitChange>();
  for (const [id, oldValue] of allTraits(a)) {
    const newValue = findTrait(b, id);
    if (newValue === undefined) changes.set(id, { old: oldValue });
    else if (!nodeEquals(oldValue, newValue))
      changes.set(id === ENUM_TRAIT && b.type === "enum" ? SYNTHETIC_ENUM : id, {
        old: oldValue,
        new: newValue,
      });
  }
  for (const [id, newValue] of allTraits(b)) {
    if (findTrait(a, id) === undefined) changes.set(id, { new: newValue });
  }
  return changes;
}

export function changedShape<S extends DiffShape>(a: S, b: S): ChangedShape<S> {
  return { id: a.id, old: a, new: b, traits: traitDifferences(a, b) };
}

function traitsEqual(
  a: ReadonlyMap<string, NodeValue>,
  b: ReadonlyMap<string, NodeValue>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.has(k) || !nodeEquals(v, b.get(k))) return false;
  return true;
}

function membersEqual(a: MemberShape, b: MemberShape): boolean {
  return a.target === b.target && traitsEqual(a.traits, b.traits);
}

/** Relationship fields (input, errors, operations, rename, …) compared as plain data. */
function plainFields(shape: Shape): string {
  const skip = new Set(["id", "type", "traits", "localTraits", "location", "mixins", "members"]);
  const fields: [string, unknown][] = [];
  for (const key of Object.keys(shape).sort()) {
    if (skip.has(key)) continue;
    const value = (shape as unknown as Record<string, unknown>)[key];
    fields.push([key, value instanceof Map ? [...value.entries()].sort() : value]);
  }
  return JSON.stringify(fields);
}

/** Shape equality as the reference defines it: type, traits, mixins, members in order, relationships. */
export function shapesEqual(a: DiffShape, b: DiffShape): boolean {
  if (a.type !== b.type || !traitsEqual(a.traits, b.traits)) return false;
  if (a.type === "member" || b.type === "member")
    return membersEqual(a as MemberShape, b as MemberShape);
  if (a.mixins.join() !== b.mixins.join()) return false;
  const aMembers = [...a.members.values()];
  const bMembers = [...b.members.values()];
  if (aMembers.length !== bMembers.length) return false;
  for (let i = 0; i < aMembers.length; i++) {
    if (aMembers[i]!.name !== bMembers[i]!.name || !membersEqual(aMembers[i]!, bMembers[i]!))
      return false;
  }
  return plainFields(a) === plainFields(b);
}

/** Shapes and their members, keyed by id. */
function flatten(model: Model): Map<string, DiffShape> {
  const all = new Map<string, DiffShape>();
  for (const shape of model.shapes.values()) {
    all.set(shape.id, shape);
    for (const member of shape.members.values()) all.set(member.id, member);
  }
  return all;
}

export function detectDifferences(oldModel: Model, newModel: Model): Differences {
  const before = flatten(oldModel);
  const after = flatten(newModel);
  const addedShapes: DiffShape[] = [];
  const removedShapes: DiffShape[] = [];
  const changedShapes: ChangedShape[] = [];
  for (const [id, shape] of before) {
    const now = after.get(id);
    if (!now) removedShapes.push(shape);
    else if (!shapesEqual(shape, now)) changedShapes.push(changedShape(shape, now));
  }
  for (const [id, shape] of after) if (!before.has(id)) addedShapes.push(shape);

  const addedMetadata: [string, NodeValue][] = [];
  const removedMetadata: [string, NodeValue][] = [];
  const changedMetadata: ChangedMetadata[] = [];
  for (const [key, value] of oldModel.metadata) {
    const now = newModel.metadata.get(key);
    if (now === undefined) removedMetadata.push([key, value]);
    else if (!nodeEquals(value, now)) changedMetadata.push({ key, old: value, new: now });
  }
  for (const [key, value] of newModel.metadata)
    if (!oldModel.metadata.has(key)) addedMetadata.push([key, value]);
  return {
    oldModel,
    newModel,
    addedShapes,
    removedShapes,
    changedShapes,
    addedMetadata,
    removedMetadata,
    changedMetadata,
  };
}

/** Changes whose old and new shapes both have one of the given types. */
export function changesOfType<T extends DiffShape["type"]>(
  differences: Differences,
  ...types: T[]
): ChangedShape<ShapeFor<T>>[] {
  const wanted = new Set<string>(types);
  return differences.changedShapes.filter(
    (c) => wanted.has(c.old.type) && wanted.has(c.new.type),
  ) as ChangedShape<ShapeFor<T>>[];
}

/** The shape interface of a type name (aggregate and simple types share `Shape`). */
export type ShapeFor<T extends DiffShape["type"]> = T extends "member"
  ? MemberShape
  : T extends "operation"
    ? OperationShape
    : T extends "resource"
      ? ResourceShape
      : T extends "service"
        ? ServiceShape
        : Shape;
