/**
 * The fast path of assembly: each file's shapes are built right after the file is parsed, so that
 * its definitions, members and trait applications die young (a large model's parsed files would
 * otherwise all live until the end, and the garbage collector would copy and mark them again and
 * again). Valid for a model whose files never look ahead in ways that change a built shape; when a
 * file does (an `apply` statement, a mixin or `for` resource from a later file, a relative name
 * that resolved to the prelude before a later file defined it in its own namespace, a trait
 * defined after an annotation of it) or when anything is an ERROR or DANGER, it gives up and the
 * caller assembles the whole model the usual way (assembleFiles), which words the events.
 */
import type { NodeValue } from "../model/node-value";
import { PRELUDE_NAMESPACE } from "../model/shape-id";
import type { Shape, ShapeType } from "../model/shape";
import { isFailure, Severity, type ValidationEvent } from "../model/validation-event";
import type { LoadedFile, ShapeDef } from "../loader/load-ops";
import { buildShape, type BuildContext } from "./build-shapes";
import { DefinitionIndex } from "./definition-index";
import { mergeMetadata } from "./metadata";
import { mixinOrder } from "./mixin-order";
import { Resolver } from "./resolver";
import { TraitApplications } from "./trait-applications";

export interface IncrementalResult {
  readonly shapes: Map<string, Shape>;
  readonly metadata: Map<string, NodeValue>;
  readonly events: ValidationEvent[];
}

/** `apply` at the start of a line: such models take the usual path from the start. */
const APPLY_STATEMENT = /^[ \t]*apply[ \t]/m;
const APPLY_JSON = /"type"\s*:\s*"apply"/;

/** Whether the fast path may be tried at all: no source applies traits to other shapes. */
export function mayAssembleIncrementally(
  sources: readonly { filename: string; text: string }[],
): boolean {
  for (const s of sources)
    if ((s.filename.endsWith(".json") ? APPLY_JSON : APPLY_STATEMENT).test(s.text)) return false;
  return true;
}

/** Thrown inside the fast path when the model needs the usual assembly. */
class NeedsFullAssembly extends Error {}

/**
 * Loads and builds `sources` one file at a time into a copy of `base`; undefined when the model
 * needs the usual assembly (see the file comment). `load` parses one source.
 */
export function assembleIncrementally(
  sources: readonly { filename: string; text: string }[],
  base: ReadonlyMap<string, Shape>,
  load: (filename: string, text: string) => LoadedFile,
): IncrementalResult | undefined {
  try {
    return new IncrementalAssembler(base).run(sources, load);
  } catch (e) {
    if (e instanceof NeedsFullAssembly) return undefined;
    throw e;
  }
}

const NO_DEPS: readonly string[] = [];

/** Exported only for warm-classes.ts. */
export class IncrementalAssembler {
  private readonly events: ValidationEvent[] = [];
  /**
   * Every definition so far (all files), id → position in definition order (prelude ids are
   * negative); also the resolver's index of names.
   */
  private readonly positions = new DefinitionIndex();
  /** By position: the definition's id (the index's list), its type and how many of its mixins (and `for` resource) are definitions. */
  private readonly idAt: readonly string[];
  private readonly typeAt: ShapeType[] = [];
  private readonly dependencyCount: number[] = [];
  /** By position of a dependency: the positions of the definitions waiting for it. */
  private readonly waiting: (number[] | undefined)[] = [];
  /**
   * Relative names that resolved to the prelude: the namespace must not define them later. Flat
   * pairs (namespace, prelude id) of strings that live on anyway: tens of thousands of entries in
   * a large model, so no array and no new string per entry.
   */
  private readonly preludeFallbacks: string[] = [];
  /** Trait ids whose type was asked before they were defined. */
  private readonly unknownTraitTypes = new Set<string>();
  /** Ids (shape roots) referenced before they were defined: they must exist at the end. */
  private readonly pendingIds: string[] = [];
  /**
   * The model's shapes in the usual path's order: the prelude, the shapes that depend on no other
   * definition in definition order (added as they are built), then the others in mixin order
   * (added at the end from `dependentAt`).
   */
  private readonly shapes: Map<string, Shape>;
  /**
   * By position: the built shapes that wait for the end to join `shapes`. A list rather than a
   * map keyed by id: filled for a fifth of the shapes of a large model, where every insertion in a
   * large map costs a cache miss and the map's growth.
   */
  private readonly dependentAt: (Shape | undefined)[] = [];
  private dependentCount = 0;
  private readonly resolver: Resolver;
  private readonly traits: TraitApplications;
  private readonly ctx: BuildContext;

  constructor(base: ReadonlyMap<string, Shape>) {
    this.shapes = new Map(base);
    this.idAt = this.positions.ids;
    for (const id of base.keys()) {
      this.positions.addBase(id);
    }
    const positions = this.positions;
    this.resolver = new Resolver(
      (id) => positions.has(id),
      this.positions,
      (namespace, preludeId) => void this.preludeFallbacks.push(namespace, preludeId),
    );
    const shapeType = (id: string): ShapeType | undefined => {
      const at = positions.get(id);
      if (at === undefined) {
        this.unknownTraitTypes.add(id);
        return undefined;
      }
      return at < 0 ? base.get(id)!.type : this.typeAt[at];
    };
    this.traits = new TraitApplications({
      resolver: this.resolver,
      shapeType,
      events: this.events,
    });
    // Shapes built so far are in `shapes` or `dependentAt`: the latter stands in for "existing".
    this.ctx = {
      defs: new Map(),
      resolver: this.resolver,
      traits: this.traits,
      existing: { get: (id) => this.dependent(id) },
      events: this.events,
    };
  }

  run(
    sources: readonly { filename: string; text: string }[],
    load: (filename: string, text: string) => LoadedFile,
  ): IncrementalResult {
    const files: LoadedFile[] = [];
    for (const s of sources) {
      const file = load(s.filename, s.text);
      files.push(file);
      this.addFile(file);
    }
    this.finish(files);
    const metadata = mergeMetadata(files, this.events);
    this.failOnErrors();
    this.addDependents();
    return { shapes: this.shapes, metadata, events: this.events };
  }

  private failOnErrors(): void {
    if (this.events.some(isFailure)) throw new NeedsFullAssembly();
  }

  private addFile(file: LoadedFile): void {
    for (const e of file.events) this.events.push(e);
    if (file.traits.length > 0) throw new NeedsFullAssembly();
    this.failOnErrors();
    const defs = file.shapes;
    const positions = this.positions;
    const first = this.idAt.length;
    for (const def of defs) {
      if (!positions.add(def.id, file.namespace)) throw new NeedsFullAssembly();
      this.typeAt.push(def.type);
      this.dependencyCount.push(0);
      this.waiting.push(undefined);
      this.dependentAt.push(undefined);
    }
    this.resolveSyntacticIds(file);
    const resolver = this.resolver;
    const dependencies: (readonly string[] | undefined)[] = [];
    /** The definitions of this file that wait for another definition (rare: mixins, `for`). */
    let waitingDefs: Set<ShapeDef> | undefined;
    /** Whether every dependency within the file comes before its dependent (the usual layout). */
    let definitionOrder = true;
    for (let i = 0; i < defs.length; i++) {
      const def = defs[i]!;
      let deps: string[] | undefined;
      if (def.mixins.length > 0 || def.forResource) {
        deps = def.mixins.map((m) => resolver.id(m, file));
        if (def.forResource) deps.push(resolver.id(def.forResource, file));
        for (const dep of deps) {
          const at = positions.get(dep);
          // Not defined yet (a later file, or nowhere): the usual path orders or reports it.
          if (at === undefined) throw new NeedsFullAssembly();
          if (at >= 0) {
            this.dependencyCount[first + i]!++;
            (this.waiting[at] ??= []).push(first + i);
            (waitingDefs ??= new Set()).add(def);
            if (at >= first + i) definitionOrder = false;
          }
        }
      }
      dependencies.push(deps);
    }
    // Definition order is then a mixin order, and the one mixinOrder() gives the shapes that join
    // `shapes` here (those without dependencies): no need to compute it.
    const ordered = definitionOrder ? defs : this.mixinOrder(defs, dependencies, first);
    if (ordered.length < defs.length) throw new NeedsFullAssembly();
    for (const def of ordered) {
      const mixins =
        def.mixins.length === 0 ? NO_DEPS : def.mixins.map((m) => resolver.id(m, file));
      const shape = buildShape(def, mixins as string[], this.ctx, this.shapes);
      if (!shape) throw new NeedsFullAssembly();
      if (waitingDefs === undefined || !waitingDefs.has(def)) this.shapes.set(def.id, shape);
      else {
        this.dependentAt[positions.get(def.id)!] = shape;
        this.dependentCount++;
      }
    }
    this.failOnErrors();
    // What the model needs of this file is built: let its definitions go.
    file.shapes.length = 0;
  }

  /** The file's definitions ordered so that mixins and `for` resources are built first. */
  private mixinOrder(
    defs: readonly ShapeDef[],
    dependencies: readonly (readonly string[] | undefined)[],
    first: number,
  ): readonly ShapeDef[] {
    const positions = this.positions;
    const inFile = {
      has: (id: string) => (positions.get(id) ?? -1) >= first,
      get: (id: string) => (inFile.has(id) ? defs[positions.get(id)! - first] : undefined),
    };
    return mixinOrder(defs, dependencies, inFile, this.events);
  }

  /** A built shape that waits for the end (see dependentAt). */
  private dependent(id: string): Shape | undefined {
    const at = this.positions.get(id);
    return at === undefined || at < 0 ? undefined : this.dependentAt[at];
  }

  /**
   * The usual path's order (mixinOrder over every definition): the shapes ready from the start in
   * definition order, each releasing the shapes that wait for it, which join the end of the queue.
   */
  private addDependents(): void {
    if (this.dependentCount === 0) return;
    const counts = this.dependencyCount;
    const queue: number[] = [];
    const release = (at: number) => {
      const waiting = this.waiting[at];
      if (waiting) for (const j of waiting) if (--counts[j]! === 0) queue.push(j);
    };
    // Ready from the start: no dependency among the definitions (counts change as shapes release others).
    const initial = counts.slice();
    for (let at = 0; at < initial.length; at++) if (initial[at] === 0) release(at);
    for (let q = 0; q < queue.length; q++) {
      const at = queue[q]!;
      const id = this.idAt[at]!;
      this.shapes.set(id, this.dependentAt[at]!);
      release(at);
    }
  }

  /** As the usual path, but a name not defined yet is checked again at the end. */
  private resolveSyntacticIds(file: LoadedFile): void {
    for (const ref of file.syntacticIds) {
      const resolved = this.resolver.resolve(ref.text, file);
      (ref.holder as Record<string | number, NodeValue>)[ref.key] = resolved.id;
      if (!resolved.found) {
        const dollar = resolved.id.indexOf("$");
        this.pendingIds.push(dollar < 0 ? resolved.id : resolved.id.slice(0, dollar));
      }
    }
    file.syntacticIds.length = 0;
  }

  /** The checks that needed every file. */
  private finish(files: readonly LoadedFile[]): void {
    const fallbacks = this.preludeFallbacks;
    for (let i = 0; i < fallbacks.length; i += 2) {
      const name = fallbacks[i + 1]!.slice(PRELUDE_NAMESPACE.length + 1);
      if (this.positions.find(fallbacks[i]!, name) !== undefined) throw new NeedsFullAssembly();
    }
    for (const id of this.unknownTraitTypes)
      if (this.positions.has(id)) throw new NeedsFullAssembly();
    const pendingIds = this.pendingIds;
    for (let i = 0; i < pendingIds.length; i++)
      if (!this.positions.has(pendingIds[i]!)) throw new NeedsFullAssembly();
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!;
      for (const use of file.useChecks) {
        if (!this.resolver.resolve(use.id, file).found) {
          this.events.push({
            id: "Model",
            severity: Severity.WARNING,
            sourceLocation: use.location,
            message: `Use statement refers to undefined shape: ${use.id}`,
          });
        }
      }
    }
    // Every trait used must be a trait shape (the usual path words the errors).
    for (const traitId of this.traits.used.keys()) {
      const shape = this.shapes.get(traitId) ?? this.dependent(traitId);
      if (!shape || !shape.traits.has("smithy.api#trait")) throw new NeedsFullAssembly();
    }
  }
}
