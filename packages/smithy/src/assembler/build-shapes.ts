/**
 * Builds Shapes from definitions, in mixin order: members and traits inherited from mixins,
 * elided member targets (`$name` from `for Resource` or from mixins), enum values, and the
 * per-type rules. https://smithy.io/2.0/spec/mixins.html and idl.html#target-elision
 */
import { isNodeObject, type NodeValue } from "../model/node-value";
import type {
  MemberShape,
  ResourceShape,
  Shape,
  ServiceShape,
  OperationShape,
  TraitMap,
} from "../model/shape";
import { UNIT } from "../model/shape-id";
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { ShapeDef } from "../loader/load-ops";
import type { Resolver } from "./resolver";
import {
  checkCollectionMembers,
  checkEnum,
  checkMixinShape,
  checkShapeVersion,
} from "./shape-checks";
import { mixinOrder } from "./mixin-order";
import { EMPTY_KEYS, EMPTY_TRAITS } from "./key-set";
import { BuiltMember } from "./built-member";
import { BuiltShape } from "./built-shape";
import { SmallMap } from "./small-map";
import type { TraitApplications } from "./trait-applications";

const MIXIN = "smithy.api#mixin";

/** The fields every shape has, set by BuiltShape; the per-type ones are added to it. */
type ShapeFields = Pick<Shape, "id" | "type" | "traits" | "localTraits" | "location" | "mixins" | "members">;

export interface BuildContext {
  readonly defs: ReadonlyMap<string, ShapeDef>;
  readonly resolver: Resolver;
  readonly traits: TraitApplications;
  /** Shapes built before this assembly (the prelude). */
  readonly existing: { get(id: string): Shape | undefined };
  readonly events: ValidationEvent[];
}

/** Builds into `built`, which may already hold the shapes of `existing` (saves copying a large map). */
export function buildShapes(
  ctx: BuildContext,
  built: Map<string, Shape> = new Map(),
): Map<string, Shape> {
  const defs: ShapeDef[] = [];
  const dependencies: (string[] | undefined)[] = [];
  for (const def of ctx.defs.values()) {
    defs.push(def);
    if (def.mixins.length === 0 && !def.forResource) {
      dependencies.push(undefined);
      continue;
    }
    const deps = def.mixins.map((m) => ctx.resolver.id(m, def.file));
    if (def.forResource) deps.push(ctx.resolver.id(def.forResource, def.file));
    dependencies.push(deps);
  }
  for (const def of mixinOrder(defs, dependencies, ctx.defs, ctx.events)) {
    const id = def.id;
    const mixins =
      def.mixins.length === 0 ? NO_MIXINS : def.mixins.map((m) => ctx.resolver.id(m, def.file));
    const shape = buildShape(def, mixins, ctx, built);
    if (shape) built.set(id, shape);
  }
  return built;
}

const NO_MIXINS: string[] = [];
/** Shared empty values; never written to. */
const NO_SHAPES: Shape[] = [];
const NO_NAMES: ReadonlySet<string> = new Set();
const NO_IDS: string[] = [];
/**
 * Scratch lists reused by every buildShape call (it never runs inside itself): per-shape lists
 * were a large share of the assembler's garbage. Read only up to the count of the current call.
 */
const TARGETS: (string | undefined)[] = [];
const MIXED: unknown[] = [];
const PAIRS: unknown[] = [];
const NO_LISTS: readonly (readonly string[])[] = [];
const NO_LOCAL_ONLY: readonly NodeValue[] = [];
/** Never written to: a shape gets its own map as soon as it has a member. */
const EMPTY_MEMBERS: ReadonlyMap<string, MemberShape> = new SmallMap<string, MemberShape>();

function lookup(id: string, ctx: BuildContext, built: Map<string, Shape>): Shape | undefined {
  return built.get(id) ?? ctx.existing.get(id);
}

/** Builds one definition whose mixins and `for` resource are in `built` or `ctx.existing`. */
export function buildShape(
  def: ShapeDef,
  mixinIds: string[],
  ctx: BuildContext,
  built: Map<string, Shape>,
): Shape | undefined {
  const { resolver, events } = ctx;
  if (!checkShapeVersion(def, events)) return undefined;

  // Elided targets: first from the bound resource, then from mixins.
  // The module's scratch list (buildShape does not nest): the first def.members.length entries.
  const localTargets = TARGETS;
  let resource: ResourceShape | undefined;
  if (def.forResource) {
    const rid = resolver.id(def.forResource, def.file);
    const r = lookup(rid, ctx, built);
    if (!r)
      return void modelError(events, def, `Cannot apply mixin to ${def.id}: ${rid} not found`);
    if (r.type !== "resource") {
      return void modelError(
        events,
        def,
        `The target of the \`for\` production must be a resource shape, but found a ${r.type} shape: ${rid}`,
      );
    }
    resource = r as ResourceShape;
  }
  for (let i = 0; i < def.members.length; i++) {
    const m = def.members[i]!;
    let target = m.target === undefined ? undefined : resolver.id(m.target, def.file);
    if (target === undefined && resource)
      target = resource.identifiers.get(m.name) ?? resource.properties.get(m.name);
    localTargets[i] = target;
  }

  // Most shapes have no mixins: skip the per-shape lists and checks.
  const mixins: Shape[] = mixinIds.length === 0 ? NO_SHAPES : [];
  for (const mid of mixinIds) {
    const mixin = lookup(mid, ctx, built);
    if (!mixin) {
      const elided = def.members.find((_m, i) => localTargets[i] === undefined);
      return void modelError(
        events,
        def,
        `Cannot apply mixin to ${elided ? `${def.id}$${elided.name}` : def.id}: ${mid} not found`,
      );
    }
    mixins.push(mixin);
  }
  const wrongType = mixins.length === 0 ? NO_SHAPES : mixins.filter((m) => m.type !== def.type);
  if (wrongType.length > 0) {
    return void modelError(
      events,
      def,
      `Mixins may only be mixed into shapes of the same type. The following mixins were applied to the ${def.type} ` +
        `shape \`${def.id}\` which are not ${def.type} shapes: [${wrongType.map((m) => `\`${m.id}\``).join(", ")}]`,
    );
  }

  // Members: mixin members first (in mixin order), then the shape's own.
  // Shapes without members (simple shapes, operations, services...) share one empty map; a
  // shape without mixins has exactly its own members, in one exact-size list; a shape with mixins
  // collects name, member pairs in `mixed` (names looked up by a scan: a map per shape cost more).
  const ownOnly = mixins.length === 0;
  const ownItems: unknown[] | undefined = ownOnly ? new Array(def.members.length * 2) : undefined;
  const mixed = ownOnly ? undefined : MIXED;
  let mixedLength = 0;
  let members = EMPTY_MEMBERS as SmallMap<string, MemberShape>;
  let failed = false;
  const memberPrefix = mixins.length === 0 ? "" : `${def.id}$`;
  for (const mixin of mixins) {
    const inheritedMembers = asSmallMap(mixin.members);
    for (let j = 0; j < inheritedMembers.size; j++) {
      const inherited = inheritedMembers.valueAt(j);
      const name = inherited.name;
      const memberId = memberPrefix + name;
      const index = ownMemberIndex(def, name);
      const local = index === undefined ? undefined : def.members[index];
      const at = pairIndex(mixed!, mixedLength, name);
      const previous = at < 0 ? undefined : (mixed![at + 1] as MemberShape);
      const applied = ctx.traits.forTarget(memberId, local?.traits, def.id);
      let target = inherited.target;
      if (local) {
        target = localTargets[index!] ?? inherited.target;
        if (target !== inherited.target) {
          modelError(
            events,
            def,
            `Member conflicts with an inherited mixin member: \`${inherited.id}\``,
            memberId,
            local.location,
          );
          failed = true;
        }
      } else if (previous && previous.target !== inherited.target) {
        // Two mixins disagree: the reference names the member already introduced on this shape.
        modelError(
          events,
          def,
          `Member conflicts with an inherited mixin member: \`${previous.id}\``,
          memberId,
          previous.location,
        );
        failed = true;
      }
      let traits: TraitMap;
      let localTraits: ReadonlySet<string>;
      if (!previous && !applied && !local?.directTraits) {
        // A plain copy of the mixin member: share its (immutable) trait map.
        traits = inherited.traits;
        localTraits = EMPTY_KEYS;
      } else {
        const merged = new SmallMap<string, NodeValue>(previous?.traits ?? inherited.traits);
        if (previous) for (const [k, v] of inherited.traits) merged.set(k, v);
        traits = merged;
        const own = new Set<string>(previous?.localTraits ?? []);
        for (const [k, v] of local?.directTraits ?? []) {
          merged.set(k, v);
          own.add(k);
        }
        if (applied) {
          for (const [k, v] of applied) {
            merged.set(k, v);
            own.add(k);
          }
        }
        localTraits = own;
      }
      const member = new BuiltMember(
        memberId,
        name,
        def.id,
        target,
        traits,
        localTraits,
        local ?? inherited,
        mixin.id,
      );
      if (at >= 0) mixed![at + 1] = member;
      else {
        mixed![mixedLength++] = name;
        mixed![mixedLength++] = member;
      }
    }
  }
  // Only intEnum values written as floats land here: most shapes never allocate the set.
  let floatValues: Set<string> | undefined;
  for (let i = 0; i < def.members.length; i++) {
    const local = def.members[i]!;
    if (local.enumValueKind === "float") (floatValues ??= new Set<string>()).add(local.name);
    if (mixed && pairIndex(mixed, mixedLength, local.name) >= 0) continue;
    const memberId = local.id;
    const target = localTargets[i];
    if (target === undefined) {
      modelError(
        events,
        def,
        "Member target was elided, but no bound resource or mixin contained a matching identifier or member name.",
        memberId,
        local.location,
      );
      failed = true;
      continue;
    }
    let traits = ownTraits(
      local.directTraits,
      ctx.traits.forTarget(memberId, local.traits, def.id),
    );
    if (def.type === "enum" && !traits.has("smithy.api#enumValue")) {
      traits = new SmallMap(traits).set("smithy.api#enumValue", local.name);
    }
    let localTraits: ReadonlySet<string> = EMPTY_KEYS;
    if (traits.size > 0) {
      const own = traits as SmallMap<string, NodeValue>;
      const shared = ctx.traits.sharedAnnotations(own);
      if (shared) ({ traits, localTraits } = shared);
      else localTraits = ctx.traits.sharedKeys(own);
    }
    const member = new BuiltMember(memberId, local.name, def.id, target, traits, localTraits, local);
    if (ownItems) {
      // The map is made of this list once it is full (names are distinct, see the parsers).
      ownItems[i * 2] = local.name;
      ownItems[i * 2 + 1] = member;
    } else {
      mixed![mixedLength++] = local.name;
      mixed![mixedLength++] = member;
    }
  }
  if (mixedLength > 0) {
    members = SmallMap.fromItems(mixed!.slice(0, mixedLength));
    // Let go of the members: the scratch list must not keep a model alive.
    mixed!.fill(undefined, 0, mixedLength);
  }
  if (failed) return undefined;
  if (ownItems && ownItems.length > 0) members = SmallMap.fromItems(ownItems);

  // Shape traits: non-local traits of each mixin, then the shape's own.
  const applied = ctx.traits.forTarget(def.id, def.traits);
  let traits: TraitMap;
  let localTraits: ReadonlySet<string>;
  if (mixins.length === 0) {
    const shared = applied && applied.size > 0 ? ctx.traits.sharedAnnotations(applied) : undefined;
    traits = shared ? shared.traits : (applied ?? EMPTY_TRAITS);
    localTraits = shared ? shared.localTraits : applied ? ctx.traits.sharedKeys(applied) : EMPTY_KEYS;
  } else {
    // Trait id, value pairs; a later mixin's value, then the shape's own, replaces an earlier one.
    const pairs = PAIRS;
    let pairsLength = 0;
    const put = (k: string, v: NodeValue) => {
      const at = pairIndex(pairs, pairsLength, k);
      if (at >= 0) pairs[at + 1] = v;
      else {
        pairs[pairsLength++] = k;
        pairs[pairsLength++] = v;
      }
    };
    for (const mixin of mixins) {
      const mixinTraits = asSmallMap(mixin.traits);
      const mixinTrait = mixinTraits.get(MIXIN);
      const localOnly =
        isNodeObject(mixinTrait) && Array.isArray(mixinTrait["localTraits"])
          ? mixinTrait["localTraits"]
          : NO_LOCAL_ONLY;
      for (let j = 0; j < mixinTraits.size; j++) {
        const k = mixinTraits.keyAt(j);
        if (k !== MIXIN && !localOnly.includes(k)) put(k, mixinTraits.valueAt(j));
      }
    }
    if (applied) for (let j = 0; j < applied.size; j++) put(applied.keyAt(j), applied.valueAt(j));
    traits = SmallMap.fromItems(pairs.slice(0, pairsLength));
    pairs.fill(undefined, 0, pairsLength);
    localTraits = applied ? ctx.traits.sharedKeys(applied) : EMPTY_KEYS;
  }

  if (!checkCollectionMembers(def, members, events)) return undefined;
  if (!checkEnum(def, members, floatValues ?? NO_NAMES, events)) return undefined;
  const shape = new BuiltShape(def, traits, localTraits, mixinIds, members);
  switch (def.type) {
    case "operation": {
      const input = def.input ? resolver.id(def.input, def.file) : undefined;
      const output = def.output ? resolver.id(def.output, def.file) : undefined;
      const hasIo =
        (input !== undefined && input !== UNIT) || (output !== undefined && output !== UNIT);
      if (!checkMixinShape(def, def.type, traits.has(MIXIN), hasIo, events)) return undefined;
      const inherited = mixins as OperationShape[];
      const fields: Pick<OperationShape, "input" | "output" | "errors"> = {
        input:
          input ?? firstDefined(inherited.map((m) => m.input).filter((i) => i !== UNIT)) ?? UNIT,
        output:
          output ?? firstDefined(inherited.map((m) => m.output).filter((o) => o !== UNIT)) ?? UNIT,
        errors: union(
          inherited.length === 0 ? NO_LISTS : inherited.map((m) => m.errors),
          ids(def.errors, def, resolver),
        ),
      };
      return Object.assign(shape, fields) as OperationShape;
    }
    case "resource": {
      const binds =
        [
          def.identifiers,
          def.properties,
          def.operations,
          def.collectionOperations,
          def.resources,
        ].some((x) => (x?.length ?? 0) > 0) ||
        [def.create, def.put, def.read, def.update, def.delete, def.list].some(
          (x) => x !== undefined,
        );
      if (!checkMixinShape(def, def.type, traits.has(MIXIN), binds, events)) return undefined;
      const inherited = mixins as ResourceShape[];
      const one = (key: "create" | "put" | "read" | "update" | "delete" | "list") => {
        const own = def[key];
        return own !== undefined
          ? resolver.id(own, def.file)
          : firstDefined(inherited.map((m) => m[key]));
      };
      const fields: Omit<ResourceShape, keyof ShapeFields> = {
        identifiers: mergeMaps(
          inherited.map((m) => m.identifiers),
          def.identifiers,
          def,
          resolver,
        ),
        properties: mergeMaps(
          inherited.map((m) => m.properties),
          def.properties,
          def,
          resolver,
        ),
        ...optional("create", one("create")),
        ...optional("put", one("put")),
        ...optional("read", one("read")),
        ...optional("update", one("update")),
        ...optional("delete", one("delete")),
        ...optional("list", one("list")),
        operations: union(
          inherited.map((m) => m.operations),
          ids(def.operations, def, resolver),
        ),
        collectionOperations: union(
          inherited.map((m) => m.collectionOperations),
          ids(def.collectionOperations, def, resolver),
        ),
        resources: union(
          inherited.map((m) => m.resources),
          ids(def.resources, def, resolver),
        ),
      };
      return Object.assign(shape, fields) as ResourceShape;
    }
    case "service": {
      const inherited = mixins as ServiceShape[];
      const rename = new Map<string, string>();
      for (const m of inherited) for (const [k, v] of m.rename) rename.set(k, v);
      for (const [from, to] of def.rename ?? []) rename.set(resolver.id(from, def.file), to);
      const version = def.serviceVersion ?? firstDefined(inherited.map((m) => m.version));
      const fields: Omit<ServiceShape, keyof ShapeFields> = {
        ...optional("version", version),
        operations: union(
          inherited.map((m) => m.operations),
          ids(def.operations, def, resolver),
        ),
        resources: union(
          inherited.map((m) => m.resources),
          ids(def.resources, def, resolver),
        ),
        errors: union(
          inherited.map((m) => m.errors),
          ids(def.errors, def, resolver),
        ),
        rename,
      };
      return Object.assign(shape, fields) as ServiceShape;
    }
    default:
      return shape as Shape;
  }
}

/** A model map as a SmallMap, to loop over it by index (the assembler's maps already are). */
function asSmallMap<K, V>(map: ReadonlyMap<K, V>): SmallMap<K, V> {
  return map instanceof SmallMap ? map : new SmallMap(map);
}

/** The index of `key` in the first `length` entries of a list of key, value pairs, or -1. */
function pairIndex(pairs: readonly unknown[], length: number, key: string): number {
  for (let i = 0; i < length; i += 2) if (pairs[i] === key) return i;
  return -1;
}

/**
 * The index of a member name among a definition's own members. A scan: shapes with mixins have
 * few members of their own, and a map per shape cost more than the scans.
 */
function ownMemberIndex(def: ShapeDef, name: string): number | undefined {
  const own = def.members;
  for (let i = 0; i < own.length; i++) if (own[i]!.name === name) return i;
  return undefined;
}

function modelError(
  events: ValidationEvent[],
  def: ShapeDef,
  message: string,
  shapeId = def.id,
  location = def.location,
): void {
  events.push({
    id: "Model",
    severity: Severity.ERROR,
    shapeId,
    sourceLocation: location,
    message,
  });
}

/** A member's own traits: `= value` syntax first, then applied traits; shared maps when possible. */
function ownTraits(
  direct: readonly [string, NodeValue][] | undefined,
  applied: TraitMap | undefined,
): TraitMap {
  if (!direct) return applied ?? EMPTY_TRAITS;
  const traits = new SmallMap<string, NodeValue>(direct);
  if (applied) for (const [k, v] of applied) traits.set(k, v);
  return traits;
}

function ids(refs: readonly string[] | undefined, def: ShapeDef, resolver: Resolver): string[] {
  return refs && refs.length > 0 ? refs.map((r) => resolver.id(r, def.file)) : NO_IDS;
}

/** `own` is a fresh list (from ids()): without mixins it is the result as is. */
function union(inherited: readonly (readonly string[])[], own: string[]): string[] {
  if (inherited.length === 0) return own;
  const out = new Set<string>();
  for (const list of inherited) for (const id of list) out.add(id);
  for (const id of own) out.add(id);
  return [...out];
}

function mergeMaps(
  inherited: readonly ReadonlyMap<string, string>[],
  own: readonly [string, string][] | undefined,
  def: ShapeDef,
  resolver: Resolver,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of inherited) for (const [k, v] of m) out.set(k, v);
  for (const [k, v] of own ?? []) out.set(k, resolver.id(v, def.file));
  return out;
}

function firstDefined<T>(values: readonly (T | undefined)[]): T | undefined {
  for (const v of values) if (v !== undefined) return v;
  return undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
