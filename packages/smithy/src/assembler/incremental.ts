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
import type { Shape, ShapeType } from "../model/shape";
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { LoadedFile, ShapeDef } from "../loader/load-ops";
import { buildShape, type BuildContext } from "./build-shapes";
import { mergeMetadata } from "./metadata";
import { mixinOrder } from "./mixin-order";
import { NamespaceIndex, Resolver } from "./resolver";
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

class IncrementalAssembler {
  private readonly events: ValidationEvent[] = [];
  /** Every definition so far (all files), id → type. */
  private readonly types = new Map<string, ShapeType>();
  private readonly names = new NamespaceIndex();
  /** Relative names that resolved to the prelude: `ns#Name` must not be defined by a later file. */
  private readonly preludeFallbacks = new Set<string>();
  /** Trait ids whose type was asked before they were defined. */
  private readonly unknownTraitTypes = new Set<string>();
  /** Ids (shape roots) referenced before they were defined: they must exist at the end. */
  private readonly pendingIds: string[] = [];
  private readonly built = new Map<string, Shape>();
  /** Every definition in definition order with its dependencies, to order the model as the usual path does. */
  private readonly order: { id: string; location: ShapeDef["location"] }[] = [];
  private readonly dependencies: (readonly string[] | undefined)[] = [];
  private readonly resolver: Resolver;
  private readonly traits: TraitApplications;
  private readonly ctx: BuildContext;

  constructor(private readonly base: ReadonlyMap<string, Shape>) {
    for (const id of base.keys()) this.names.add(id);
    const isDefined = (id: string) => this.types.has(id) || base.has(id);
    this.resolver = new Resolver(isDefined, this.names, (namespace, name) =>
      this.preludeFallbacks.add(`${namespace}#${name}`),
    );
    const shapeType = (id: string): ShapeType | undefined => {
      const type = this.types.get(id) ?? base.get(id)?.type;
      if (type === undefined) this.unknownTraitTypes.add(id);
      return type;
    };
    this.traits = new TraitApplications({
      resolver: this.resolver,
      shapeType,
      events: this.events,
    });
    this.ctx = {
      defs: new Map(),
      resolver: this.resolver,
      traits: this.traits,
      existing: base,
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
    // The usual path's order: the prelude, then the shapes in mixin order over all definitions.
    const shapes = new Map<string, Shape>(this.base);
    const defined = new Map<string, (typeof this.order)[number]>();
    for (const d of this.order) defined.set(d.id, d);
    for (const d of mixinOrder(this.order, this.dependencies, defined, this.events)) {
      shapes.set(d.id, this.built.get(d.id)!);
    }
    return { shapes, metadata, events: this.events };
  }

  private failOnErrors(): void {
    for (const e of this.events)
      if (e.severity === Severity.ERROR || e.severity === Severity.DANGER)
        throw new NeedsFullAssembly();
  }

  private addFile(file: LoadedFile): void {
    for (const e of file.events) this.events.push(e);
    if (file.traits.length > 0) throw new NeedsFullAssembly();
    this.failOnErrors();
    const defs = file.shapes;
    const local = new Map<string, ShapeDef>();
    for (const def of defs) {
      if (this.types.has(def.id) || this.base.has(def.id) || local.has(def.id))
        throw new NeedsFullAssembly();
      local.set(def.id, def);
      this.types.set(def.id, def.type);
      this.names.add(def.id, file.namespace);
    }
    this.resolveSyntacticIds(file);
    const resolver = this.resolver;
    const dependencies: (readonly string[] | undefined)[] = [];
    for (const def of defs) {
      let deps: string[] | undefined;
      if (def.mixins.length > 0 || def.forResource) {
        deps = def.mixins.map((m) => resolver.id(m, file));
        if (def.forResource) deps.push(resolver.id(def.forResource, file));
        // A dependency must be built already or be defined in this file.
        for (const dep of deps)
          if (!local.has(dep) && !this.built.has(dep) && !this.base.has(dep))
            throw new NeedsFullAssembly();
      }
      dependencies.push(deps);
      this.order.push({ id: def.id, location: def.location });
      this.dependencies.push(deps);
    }
    const ordered = mixinOrder(defs, dependencies, local, this.events);
    if (ordered.length < defs.length) throw new NeedsFullAssembly();
    for (const def of ordered) {
      const mixins =
        def.mixins.length === 0 ? NO_DEPS : def.mixins.map((m) => resolver.id(m, file));
      const shape = buildShape(def, mixins as string[], this.ctx, this.built);
      if (!shape) throw new NeedsFullAssembly();
      this.built.set(def.id, shape);
    }
    this.failOnErrors();
    // What the model needs of this file is built: let its definitions go.
    file.shapes.length = 0;
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
    for (const id of this.preludeFallbacks) if (this.types.has(id)) throw new NeedsFullAssembly();
    for (const id of this.unknownTraitTypes) if (this.types.has(id)) throw new NeedsFullAssembly();
    for (const id of this.pendingIds)
      if (!this.types.has(id) && !this.base.has(id)) throw new NeedsFullAssembly();
    for (const file of files) {
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
      const shape = this.built.get(traitId) ?? this.base.get(traitId);
      if (!shape || !shape.traits.has("smithy.api#trait")) throw new NeedsFullAssembly();
    }
  }
}
