/**
 * Trait applications: resolves trait ids, coerces annotation values, checks IDL-version rules and
 * merges repeated applications (lists concatenate, equal values are kept once, others conflict).
 * Traits written on a definition stay with it; `apply` traits are grouped by resolved target.
 * https://smithy.io/2.0/spec/model.html#applying-traits and #trait-conflict-resolution
 */
import { nodeEquals, type NodeObject, type NodeValue } from "../model/node-value";
import type { ShapeType, TraitMap } from "../model/shape";
import { PRELUDE_NAMESPACE } from "../model/shape-id";
import type { SourceLocation } from "../model/source-location";
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { LoadedFile, TraitApplication } from "../loader/load-ops";
import { KeySet } from "./key-set";
import { SmallMap } from "./small-map";
import { idiomaticTraitName, printLocation, type Resolver } from "./resolver";

const PRELUDE_PREFIX = `${PRELUDE_NAMESPACE}#`;
const VERSIONED_TRAITS = new Set([
  "smithy.api#mixin",
  "smithy.api#default",
  "smithy.api#box",
  "smithy.api#enum",
]);

/** Values by trait id, in application order, and the application that set each (for events). */
export interface AppliedTraits {
  readonly values: SmallMap<string, NodeValue>;
  /** The application that set each value; empty for a definition's own traits (see `own`). */
  readonly sources: Map<string, TraitApplication>;
  /** A definition's own applications, searched again only to word a conflict. */
  readonly own?: readonly TraitApplication[];
}

const NO_SOURCES: Map<string, TraitApplication> = new Map();

/** A level of the tree of trait-id lists: what is shared by the maps with the ids on the path to it. */
function newNode(): AnnotationNode {
  return { next: undefined, shared: undefined, keys: undefined };
}

interface AnnotationNode {
  next: Map<string, AnnotationNode> | undefined;
  /** The map of annotations only (see sharedAnnotations()). */
  shared: { traits: TraitMap; localTraits: ReadonlySet<string> } | undefined;
  /** The key set of the first map with these ids (see sharedKeys()). */
  keys: ReadonlySet<string> | undefined;
}

/**
 * The value of every `@foo` annotation on an object-valued trait (`@required`, `@mixin`...): one
 * shared object instead of tens of thousands in a large model. Frozen, as the model is immutable:
 * a consumer that tried to change it would fail loudly instead of changing every shape.
 */
const EMPTY_OBJECT: NodeObject = Object.freeze({}) as NodeObject;

export interface TraitContext {
  readonly resolver: Resolver;
  /** Type of a shape, when it exists (used to coerce annotation traits). */
  readonly shapeType: (id: string) => ShapeType | undefined;
  readonly events: ValidationEvent[];
}

export class TraitApplications {
  /** `apply` traits by resolved target (shape or member id). */
  readonly applied = new Map<string, AppliedTraits>();
  /** Every trait id used, with one application, for the trait-definition check. */
  readonly used = new Map<string, { target: string; application: TraitApplication }>();

  /** Reused for a definition's own traits: only its `values` map escapes. */
  private readonly scratch: {
    values: SmallMap<string, NodeValue>;
    sources: Map<string, TraitApplication>;
    own?: readonly TraitApplication[];
  } = {
    values: new SmallMap(),
    sources: NO_SOURCES,
  };

  constructor(private readonly ctx: TraitContext) {}

  collectApplyStatements(files: readonly LoadedFile[]): void {
    for (const file of files) {
      for (const t of file.traits) {
        const target = this.ctx.resolver.id(t.target, file);
        let entry = this.applied.get(target);
        if (!entry)
          this.applied.set(
            target,
            (entry = { values: new SmallMap(), sources: new Map<string, TraitApplication>() }),
          );
        this.add(entry, target, t);
      }
    }
  }

  /**
   * The traits of a definition (shape or member): those written on it, merged with `apply`
   * traits for the same id. Undefined when there are none.
   */
  forTarget(
    target: string,
    own: readonly TraitApplication[] | undefined,
    root: string = target,
  ): SmallMap<string, NodeValue> | undefined {
    const applied = this.applied.size > 0 ? this.applied.get(target) : undefined;
    if (!own) return applied?.values;
    // `sources` (for wording conflicts) fills in only when a trait id repeats: see merge().
    const entry = this.scratch;
    entry.own = own;
    // The usual case, distinct trait ids, fills one exact-size list; a repeated id switches to
    // merging into a map (see merge()).
    const items: unknown[] = new Array(own.length * 2);
    let n = 0;
    let merging = false;
    for (let k = 0; k < own.length; k++) {
      const t = own[k]!;
      const traitId = this.check(target, t, root);
      if (traitId === undefined) continue;
      const value = this.coerced;
      if (!merging) {
        let repeated = false;
        for (let i = 0; i < n; i += 2) if (items[i] === traitId) repeated = true;
        if (!repeated) {
          items[n++] = traitId;
          items[n++] = value;
          continue;
        }
        merging = true;
        entry.values = SmallMap.fromItems(items.slice(0, n));
      }
      this.merge(entry, target, traitId, value, t);
    }
    if (!merging) entry.values = SmallMap.fromItems(n === items.length ? items : items.slice(0, n));
    if (applied) {
      for (const [traitId, value] of applied.values)
        this.merge(entry, target, traitId, value, applied.sources.get(traitId)!);
    }
    return entry.values;
  }

  private add(entry: AppliedTraits, target: string, t: TraitApplication): void {
    const traitId = this.check(target, t);
    if (traitId !== undefined) this.merge(entry, target, traitId, this.coerced, t);
  }

  /** The value of the application check() accepted last (a field: no result object per trait). */
  private coerced: NodeValue = null;

  /**
   * Resolves an application's trait id, reports version and prelude rules, records the trait as
   * used and coerces an annotation's value (left in `coerced`); undefined when it is rejected.
   */
  private check(target: string, t: TraitApplication, root: string = target): string | undefined {
    const { resolver, events } = this.ctx;
    const file = t.file;
    const traitId = resolver.id(t.trait, file);
    if (VERSIONED_TRAITS.has(traitId)) {
      const event = versionEvent(file, target, traitId, t);
      if (event) events.push(event);
    }
    // The cheap test first. `root` is the target's shape id: a member id built by concatenation
    // would be flattened (copied) by startsWith.
    if (file.namespace !== PRELUDE_NAMESPACE && root.startsWith(PRELUDE_PREFIX)) {
      events.push({
        id: "Model",
        severity: Severity.ERROR,
        shapeId: target,
        sourceLocation: t.location,
        message: `Cannot apply \`${traitId}\` to an immutable prelude shape defined in \`smithy.api\`.`,
      });
      return undefined;
    }
    if (!this.used.has(traitId)) this.used.set(traitId, { target, application: t });
    let value = t.value;
    if (t.annotation && value === null) {
      const type = this.traitType(traitId);
      // As the reference: an unknown trait is assumed to be an object, the common case.
      if (type === undefined || type === "structure" || type === "map") value = EMPTY_OBJECT;
      else if (type === "list" || type === "set") value = [];
    }
    this.coerced = value;
    return traitId;
  }

  /** Trait-id lists, one level per id, for sharedAnnotations() and sharedKeys(). */
  private readonly traitIdLists: AnnotationNode = newNode();

  /** The tree node of the list of `traits`' ids, in order; walking it allocates nothing. */
  private nodeOf(traits: SmallMap<string, NodeValue>): AnnotationNode {
    let node = this.traitIdLists;
    for (let i = 0; i < traits.size; i++) {
      const traitId = traits.keyAt(i);
      let child = node.next?.get(traitId);
      if (!child) (node.next ??= new Map()).set(traitId, (child = newNode()));
      node = child;
    }
    return node;
  }

  /**
   * A definition's traits that are all annotations (`@required`, `@httpLabel @required`, `@input`)
   * recur thousands of times in a large model: the first map with a given list of trait ids is
   * shared by the definitions that follow, as the model shares its empty maps. Undefined when a
   * value is not the shared annotation object.
   */
  sharedAnnotations(
    traits: SmallMap<string, NodeValue>,
  ): { traits: TraitMap; localTraits: ReadonlySet<string> } | undefined {
    const size = traits.size;
    for (let i = 0; i < size; i++) if (traits.valueAt(i) !== EMPTY_OBJECT) return undefined;
    const node = this.nodeOf(traits);
    return (node.shared ??= { traits, localTraits: this.keysAt(node, traits) });
  }

  /**
   * The ids of `traits` as a set (a shape's or member's `localTraits` when all its traits are its
   * own). Maps with the same ids in the same order share one: a view of the first such map's keys
   * is a view of theirs too, as the model's maps do not change once built. One set per list of
   * ids instead of one per member.
   */
  sharedKeys(traits: SmallMap<string, NodeValue>): ReadonlySet<string> {
    return this.keysAt(this.nodeOf(traits), traits);
  }

  private keysAt(node: AnnotationNode, traits: SmallMap<string, NodeValue>): ReadonlySet<string> {
    return (node.keys ??= new KeySet(traits));
  }

  /** A few trait ids recur thousands of times: look each up once in the (large) shape maps. */
  private readonly traitTypes = new Map<string, ShapeType | undefined>();

  private traitType(traitId: string): ShapeType | undefined {
    if (this.traitTypes.has(traitId)) return this.traitTypes.get(traitId);
    const type = this.ctx.shapeType(traitId);
    this.traitTypes.set(traitId, type);
    return type;
  }

  private findOwn(
    entry: AppliedTraits,
    traitId: string,
    fallback: TraitApplication,
  ): TraitApplication {
    return entry.own?.find((o) => this.ctx.resolver.id(o.trait, o.file) === traitId) ?? fallback;
  }

  private merge(
    entry: AppliedTraits,
    target: string,
    traitId: string,
    value: NodeValue,
    t: TraitApplication,
  ): void {
    const previousValue = entry.values.get(traitId);
    if (previousValue === undefined) {
      entry.values.set(traitId, value);
      if (entry.sources !== NO_SOURCES) entry.sources.set(traitId, t);
      return;
    }
    const previous = entry.sources.get(traitId) ?? this.findOwn(entry, traitId, t);
    if (Array.isArray(previousValue) && Array.isArray(value)) {
      if (!(
        previous === t ||
        (sameLocation(previous.location, t.location) && nodeEquals(previousValue, value))
      )) {
        entry.values.set(traitId, [...previousValue, ...value]);
      }
    } else if (!nodeEquals(previousValue, value)) {
      this.ctx.events.push({
        id: "Model",
        severity: Severity.ERROR,
        shapeId: target,
        sourceLocation: t.location,
        message:
          `Conflicting \`${idiomaticTraitName(traitId)}\` trait found on shape \`${target}\`. The previous trait was ` +
          `defined at \`${printLocation(previous.location)}\`, and a conflicting trait was defined at ` +
          `\`${printLocation(t.location)}\`.`,
      });
    }
  }
}

function sameLocation(a: SourceLocation, b: SourceLocation): boolean {
  return (
    a.filename === b.filename && a.line === b.line && a.column === b.column && a.filename !== ""
  );
}

/** Traits that only one IDL version allows (the reference's Version.validateVersionedTrait). */
function versionEvent(
  file: LoadedFile,
  target: string,
  traitId: string,
  application: TraitApplication,
): ValidationEvent | undefined {
  // The location only for an event: an IDL application computes it on demand.
  const error = (
    message: string,
    id = "Model",
    severity: Severity = Severity.ERROR,
  ): ValidationEvent => ({
    id,
    severity,
    shapeId: target,
    sourceLocation: application.location,
    message,
  });
  if (file.version === "1.0") {
    if (traitId === "smithy.api#mixin") {
      return error(
        `Mixins can only be used in Smithy 2.0 or later. Attempted to apply a @mixin trait to \`${target}\` in a ` +
          `model file using version \`1.0\`.`,
      );
    }
    if (traitId === "smithy.api#default")
      return error("The @default trait can only be used in Smithy 2.0 or later");
    return undefined;
  }
  if (traitId === "smithy.api#box") return error("@box is not supported in Smithy IDL 2.0");
  if (traitId === "smithy.api#enum" && file.namespace !== PRELUDE_NAMESPACE) {
    return error(
      "The enum trait is deprecated. Smithy 2.0 models should use the enum shape.",
      "ModelDeprecation",
      Severity.WARNING,
    );
  }
  return undefined;
}
