/**
 * A member as the assembler builds it. Its source location is computed from the file's text when
 * first read: a large model has tens of thousands of members, whose locations only events and the
 * tools that print them read, and a location object each was a tenth of the model's objects.
 * Private fields keep the lazy state out of Object.keys, JSON.stringify and test comparisons.
 */
import type { MemberShape, TraitMap } from "../model/shape";
import type { SourceLocation } from "../model/source-location";
import { IdlMemberDef, type MemberDef } from "../loader/load-ops";
import { locationFrom, type SourceText } from "../loader/source-text";

export class BuiltMember implements MemberShape {
  readonly type = "member";
  /** The text that `#at` is an offset in, until the location is computed. */
  #source: SourceText | undefined;
  #at: number | SourceLocation;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly container: string,
    readonly target: string,
    readonly traits: TraitMap,
    readonly localTraits: ReadonlySet<string>,
    where: MemberDef | MemberShape,
    readonly mixin?: string,
  ) {
    // Where the definition is: an IDL definition or a member built from one carries an offset.
    if (where instanceof IdlMemberDef) {
      this.#source = where.source;
      this.#at = where.offset;
    } else if (where instanceof BuiltMember) {
      this.#source = where.#source;
      this.#at = where.#at;
    } else {
      this.#source = undefined;
      this.#at = where.location;
    }
  }

  get location(): SourceLocation {
    const location = locationFrom(this.#source, this.#at);
    this.#at = location;
    this.#source = undefined;
    return location;
  }
}
