/**
 * A shape as the assembler builds it, with its location computed from the file's text when first
 * read (see BuiltMember). Fields of operations, resources and services are added to it by the
 * assembler; the private fields stay out of Object.keys, which the diff and comparisons walk.
 */
import type { MemberShape, ShapeType, TraitMap } from "../model/shape";
import type { SourceLocation } from "../model/source-location";
import { IdlShapeDef, type ShapeDef } from "../loader/load-ops";
import { locationFrom, type SourceText } from "../loader/source-text";

export class BuiltShape {
  readonly id: string;
  readonly type: ShapeType;
  #source: SourceText | undefined;
  #at: number | SourceLocation;

  constructor(
    def: ShapeDef,
    readonly traits: TraitMap,
    readonly localTraits: ReadonlySet<string>,
    readonly mixins: readonly string[],
    readonly members: ReadonlyMap<string, MemberShape>,
  ) {
    this.id = def.id;
    this.type = def.type;
    if (def instanceof IdlShapeDef) {
      this.#source = def.file.source;
      this.#at = def.offset;
    } else {
      this.#source = undefined;
      this.#at = def.location;
    }
  }

  get location(): SourceLocation {
    const location = locationFrom(this.#source, this.#at);
    this.#at = location;
    this.#source = undefined;
    return location;
  }
}
