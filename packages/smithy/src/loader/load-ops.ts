/**
 * What a loader (IDL or JSON AST) hands to the assembler: shape definitions, trait applications,
 * metadata and events, with shape ids still as written. Relative ids are resolved by the assembler
 * against the file's namespace and `use` statements, once every file is known (forward references).
 */
import type { NodeObject, NodeValue } from "../model/node-value";
import type { ShapeType } from "../model/shape";
import type { SourceLocation } from "../model/source-location";
import type { ValidationEvent } from "../model/validation-event";
import type { SourceText } from "./source-text";

export type IdlVersion = "1.0" | "2.0";

/** A shape id as written in the source; `#` makes it absolute. */
export type Ref = string;

export interface LoadedFile {
  readonly filename: string;
  readonly format: "idl" | "json";
  version: IdlVersion;
  /** IDL only: the namespace that relative ids resolve into. */
  namespace?: string;
  /** IDL only: the text, for line and column numbers computed on demand. */
  source: SourceText | undefined;
  /** IDL only: `use` statements, simple name → absolute id. */
  readonly uses: Map<string, string>;
  readonly shapes: ShapeDef[];
  /** Traits applied by `apply` (IDL) or `"type": "apply"` (JSON): targets are resolved later. */
  readonly traits: TraitApplication[];
  readonly metadata: MetadataEntry[];
  readonly events: ValidationEvent[];
  /** Node values written as bare identifiers (syntactic shape ids) that must be resolved. */
  readonly syntacticIds: SyntacticIdRef[];
  /** `use` statements whose target must exist (a WARNING otherwise). */
  readonly useChecks: { id: string; location: SourceLocation }[];
}

export interface MemberDef {
  /** Absolute member id, `ns#Shape$name`. */
  readonly id: string;
  readonly name: string;
  /** Absent when the target is elided (`$name`) or, in JSON, missing. */
  target?: Ref;
  readonly location: SourceLocation;
  /** Traits set by syntax on the member itself (`= value` defaults and enum values). */
  directTraits?: [string, NodeValue][];
  /** For enum values written in IDL: the kind of literal assigned, for the enum checks. */
  enumValueKind?: "string" | "integer" | "float" | "other";
  /** Traits written on the member itself. */
  traits?: TraitApplication[];
}

/**
 * A member as the IDL parser reads it: its location is computed only when read (an event, or the
 * built member's location), from the file's text and the offset where the member starts.
 */
export class IdlMemberDef implements MemberDef {
  target: Ref | undefined = undefined;
  directTraits: [string, NodeValue][] | undefined = undefined;
  enumValueKind: MemberDef["enumValueKind"] = undefined;
  traits: TraitApplication[] | undefined = undefined;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly source: SourceText,
    readonly offset: number,
  ) {}

  get location(): SourceLocation {
    return this.source.location(this.offset);
  }
}

export interface ShapeDef {
  /** Absolute id (no member). */
  readonly id: string;
  readonly type: ShapeType;
  readonly location: SourceLocation;
  readonly file: LoadedFile;
  members: MemberDef[];
  mixins: Ref[];
  /** Traits written on the shape statement itself (not by `apply`). */
  traits?: TraitApplication[];
  /** `structure X for Resource`. */
  forResource?: Ref;
  input?: Ref;
  output?: Ref;
  errors?: Ref[];
  // resource
  identifiers?: [string, Ref][];
  properties?: [string, Ref][];
  create?: Ref;
  put?: Ref;
  read?: Ref;
  update?: Ref;
  delete?: Ref;
  list?: Ref;
  operations?: Ref[];
  collectionOperations?: Ref[];
  resources?: Ref[];
  // service
  serviceVersion?: string;
  rename?: [Ref, string][];
}

/**
 * A shape definition as the IDL parser reads it: its location is computed only when read, from the
 * file's text and the offset where the statement starts. The common fields are set here so that
 * later assignments stay in the object; the per-type ones (resource, service) are added by the parser.
 */
export class IdlShapeDef implements ShapeDef {
  traits: TraitApplication[] | undefined = undefined;
  forResource: Ref | undefined = undefined;
  input: Ref | undefined = undefined;
  output: Ref | undefined = undefined;
  errors: Ref[] | undefined = undefined;

  constructor(
    readonly id: string,
    readonly type: ShapeType,
    readonly file: LoadedFile,
    readonly offset: number,
    public members: MemberDef[],
    public mixins: Ref[],
  ) {}

  get location(): SourceLocation {
    return this.file.source!.location(this.offset);
  }
}

export interface TraitApplication {
  /** The shape or member the trait goes on: absolute for definitions, as written for `apply`. */
  readonly target: Ref;
  readonly trait: Ref;
  value: NodeValue;
  /** `@foo` or `@foo()` with no value: coerced to `{}` or `[]` by the trait's shape type. */
  readonly annotation: boolean;
  readonly location: SourceLocation;
  readonly file: LoadedFile;
}

/**
 * An IDL trait as parsed: created before its target is known (traits precede the shape name), then
 * given its target and kept as the application itself. Line and column are computed only when an
 * event needs them.
 */
export class IdlTraitApplication implements TraitApplication {
  /**
   * Set only on IdlTraitWithPendingId: declared, not defined, so that the common trait does not
   * carry the field (every trait lives until the model is built).
   */
  declare pendingId?: PendingId;

  constructor(
    public target: Ref,
    readonly trait: Ref,
    public value: NodeValue,
    readonly kind: "value" | "annotation" | "doc",
    readonly file: LoadedFile,
    readonly offset: number,
  ) {}

  get annotation(): boolean {
    return this.kind === "annotation";
  }

  get location(): SourceLocation {
    return this.file.source!.location(this.offset);
  }
}

/** A trait whose value is a bare identifier, waiting to be registered as a syntactic shape id. */
export class IdlTraitWithPendingId extends IdlTraitApplication {
  constructor(trait: Ref, value: NodeValue, file: LoadedFile, offset: number, pendingId: PendingId) {
    super("", trait, value, "value", file, offset);
    this.pendingId = pendingId;
  }
}

export interface MetadataEntry {
  readonly key: string;
  value: NodeValue;
  readonly location: SourceLocation;
}

export interface SyntacticIdRef {
  /** The object, array, trait application or metadata entry whose `key` holds the id. */
  holder: NodeObject | NodeValue[] | { value: NodeValue };
  readonly key: string | number;
  readonly text: string;
  readonly location: SourceLocation;
  readonly file: LoadedFile;
}

/** An IDL bare identifier not yet bound to where its value is stored; `offset` is where it starts. */
export interface PendingId {
  readonly text: string;
  readonly offset: number;
}

/** An IDL syntactic shape id: as SyntacticIdRef, with line and column computed only for an event. */
export class IdlSyntacticIdRef implements SyntacticIdRef {
  constructor(
    public holder: SyntacticIdRef["holder"],
    readonly key: string | number,
    readonly text: string,
    readonly file: LoadedFile,
    readonly offset: number,
  ) {}

  get location(): SourceLocation {
    return this.file.source!.location(this.offset);
  }
}

export function emptyLoadedFile(filename: string, format: "idl" | "json"): LoadedFile {
  return {
    filename,
    format,
    version: "1.0",
    source: undefined,
    uses: new Map(),
    shapes: [],
    traits: [],
    metadata: [],
    events: [],
    syntacticIds: [],
    useChecks: [],
  };
}
