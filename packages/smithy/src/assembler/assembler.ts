/**
 * The assembler: loaded files → shapes and metadata. Stages, in order: collect definitions
 * (duplicates), resolve syntactic shape ids and `use` statements, collect traits, build shapes in
 * mixin order, check trait definitions and orphan traits, merge metadata.
 */
import type { NodeValue } from "../model/node-value";
import type { Shape } from "../model/shape";
import { Severity, type ValidationEvent } from "../model/validation-event";
import type { LoadedFile, ShapeDef } from "../loader/load-ops";
import { buildShapes } from "./build-shapes";
import { mergeMetadata } from "./metadata";
import { idiomaticTraitName, NamespaceIndex, printLocation, Resolver } from "./resolver";
import { TraitApplications, type AppliedTraits } from "./trait-applications";

export interface AssembledShapes {
  /** The shapes of these files, added to `into` when given (which may hold `base` already). */
  readonly shapes: Map<string, Shape>;
  readonly metadata: Map<string, NodeValue>;
  readonly events: ValidationEvent[];
}

export function assembleFiles(
  files: readonly LoadedFile[],
  base: ReadonlyMap<string, Shape>,
  into: Map<string, Shape> = new Map(),
): AssembledShapes {
  const events: ValidationEvent[] = [];
  for (const file of files) events.push(...file.events);
  const defs = collectDefinitions(files, base, events);
  const names = new NamespaceIndex();
  for (const id of base.keys()) names.add(id);
  for (const [id, def] of defs) names.add(id, def.file.namespace);
  const resolver = new Resolver((id) => defs.has(id) || base.has(id), names);
  resolveSyntacticIds(files, resolver, events);
  for (const file of files) {
    for (const use of file.useChecks) {
      if (!resolver.resolve(use.id, file).found) {
        events.push({
          id: "Model",
          severity: Severity.WARNING,
          sourceLocation: use.location,
          message: `Use statement refers to undefined shape: ${use.id}`,
        });
      }
    }
  }
  const shapeType = (id: string) => defs.get(id)?.type ?? base.get(id)?.type;
  const traits = new TraitApplications({ resolver, shapeType, events });
  traits.collectApplyStatements(files);
  const shapes = buildShapes({ defs, resolver, traits, existing: base, events }, into);
  checkTraitDefinitions(traits, shapes, base, events);
  checkOrphanTraits(traits.applied, defs, shapes, base, events);
  const metadata = mergeMetadata(files, events);
  return { shapes, metadata, events };
}

function collectDefinitions(files: readonly LoadedFile[], base: ReadonlyMap<string, Shape>, events: ValidationEvent[]): Map<string, ShapeDef> {
  const defs = new Map<string, ShapeDef>();
  for (const file of files) {
    for (const def of file.shapes) {
      const prelude = base.get(def.id);
      if (prelude) {
        events.push(conflict(def.id, prelude.location, def, "Shapes in the prelude cannot be redefined"));
        continue;
      }
      const previous = defs.get(def.id);
      if (!previous) {
        defs.set(def.id, def);
      } else if (signature(previous) !== signature(def)) {
        events.push(conflict(def.id, previous.location, def));
      } else if (!sameLocation(previous, def)) {
        events.push({
          id: "Model.IgnoredDuplicateDefinition",
          severity: Severity.NOTE,
          shapeId: def.id,
          sourceLocation: previous.location,
          message:
            `Ignoring duplicate but equivalent shape definition: ${def.id} defined at ${printLocation(def.location)} ` +
            `and ${printLocation(previous.location)}`,
        });
      }
    }
  }
  return defs;
}

function conflict(id: string, a: ShapeDef["location"], def: ShapeDef, detail?: string): ValidationEvent {
  return {
    id: "Model",
    severity: Severity.ERROR,
    shapeId: id,
    sourceLocation: def.location,
    message:
      `Conflicting shape definition for \`${id}\` found at \`${printLocation(a)}\` and \`${printLocation(def.location)}\`` +
      (detail ? `. ${detail}` : ""),
  };
}

function sameLocation(a: ShapeDef, b: ShapeDef): boolean {
  const x = a.location;
  const y = b.location;
  return x.filename === y.filename && x.line === y.line && x.column === y.column;
}

/** Two definitions are equivalent when they define the same structure (ids as written, same file rules). */
function signature(def: ShapeDef): string {
  const ns = def.file.namespace ?? "";
  return JSON.stringify([
    def.type,
    ns,
    def.mixins,
    def.members.map((m) => [m.name, m.target ?? null, m.directTraits ?? null]),
    def.forResource ?? null,
    def.input ?? null,
    def.output ?? null,
    def.errors ?? null,
    def.identifiers ?? null,
    def.properties ?? null,
    [def.create, def.put, def.read, def.update, def.delete, def.list].map((x) => x ?? null),
    def.operations ?? null,
    def.collectionOperations ?? null,
    def.resources ?? null,
    def.serviceVersion ?? null,
    def.rename ?? null,
  ]);
}

/** Bare identifiers in node values become absolute shape ids; unknown ones are a DANGER. */
function resolveSyntacticIds(files: readonly LoadedFile[], resolver: Resolver, events: ValidationEvent[]): void {
  for (const file of files) {
    for (const ref of file.syntacticIds) {
      const resolved = resolver.resolve(ref.text, file);
      (ref.holder as Record<string | number, NodeValue>)[ref.key] = resolved.id;
      if (!resolved.found) {
        events.push({
          id: "SyntacticShapeIdTarget",
          severity: Severity.DANGER,
          sourceLocation: ref.location,
          message:
            `Syntactic shape ID \`${ref.text}\` does not resolve to a valid shape ID: \`${resolved.id}\`. Did you mean ` +
            "to quote this string? Are you missing a model file?",
        });
      }
    }
  }
}

/** A trait must be a shape marked with `@trait`. */
function checkTraitDefinitions(
  traits: TraitApplications,
  shapes: ReadonlyMap<string, Shape>,
  base: ReadonlyMap<string, Shape>,
  events: ValidationEvent[],
): void {
  for (const [traitId, { target, application }] of traits.used) {
    const shape = shapes.get(traitId) ?? base.get(traitId);
    if (!shape) {
      events.push({
        id: "Model.UnresolvedTrait",
        severity: Severity.ERROR,
        shapeId: target,
        sourceLocation: application.location,
        message: `Unable to resolve trait \`${traitId}\`. If this is a custom trait, then it must be defined before it can be used in a model.`,
      });
    } else if (!shape.traits.has("smithy.api#trait")) {
      events.push({
        id: "Model",
        severity: Severity.ERROR,
        shapeId: traitId,
        sourceLocation: shape.location,
        message: `Shape \`${traitId}\` cannot be applied as a trait. If this is a custom trait, please add \`@trait\` to this shape.`,
      });
    }
  }
}

/** Traits applied to shapes or members that do not exist. Shapes that failed to build are skipped. */
function checkOrphanTraits(
  traits: ReadonlyMap<string, AppliedTraits>,
  defs: ReadonlyMap<string, ShapeDef>,
  shapes: ReadonlyMap<string, Shape>,
  base: ReadonlyMap<string, Shape>,
  events: ValidationEvent[],
): void {
  for (const [target, applied] of traits) {
    const dollar = target.indexOf("$");
    const root = dollar < 0 ? target : target.slice(0, dollar);
    const shape = shapes.get(root) ?? base.get(root);
    if (!shape && defs.has(root)) continue;
    if (shape && (dollar < 0 || shape.members.has(target.slice(dollar + 1)))) continue;
    for (const [traitId, application] of applied.sources) {
      events.push({
        id: "Model",
        severity: Severity.ERROR,
        sourceLocation: application.location,
        message: `Trait \`${idiomaticTraitName(traitId)}\` applied to unknown shape \`${target}\``,
      });
    }
  }
}
