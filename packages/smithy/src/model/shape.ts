import type { NodeValue } from "./node-value";
import type { SourceLocation } from "./source-location";

export type SimpleShapeType =
  | "blob"
  | "boolean"
  | "string"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document";
export type AggregateShapeType =
  "enum" | "intEnum" | "list" | "set" | "map" | "structure" | "union";
export type ServiceShapeType = "service" | "resource" | "operation";
export type ShapeType = SimpleShapeType | AggregateShapeType | ServiceShapeType;

/** Trait id → value, in application order. */
export type TraitMap = ReadonlyMap<string, NodeValue>;

interface Traited {
  /** Absolute id: `ns#Name`, or `ns#Name$member` for members. */
  readonly id: string;
  /** Every trait in effect: applied here, by `apply`, or inherited from mixins. */
  readonly traits: TraitMap;
  /**
   * The ids of traits introduced on this shape itself (directly or by `apply`), as opposed to
   * inherited from a mixin. The JSON AST serializer writes only these.
   */
  readonly localTraits: ReadonlySet<string>;
  readonly location: SourceLocation;
}

export interface MemberShape extends Traited {
  readonly type: "member";
  readonly name: string;
  /** Id of the shape that contains the member. */
  readonly container: string;
  readonly target: string;
  /** Set when the member came from a mixin: the mixin's shape id. */
  readonly mixin?: string;
}

interface ShapeBase extends Traited {
  readonly type: ShapeType;
  /** Mixins in declaration order (absolute ids). */
  readonly mixins: readonly string[];
  /**
   * Members in declaration order, mixin members first as the reference orders them.
   * `list`/`set`: `member`; `map`: `key`, `value`; enums: one per value; otherwise empty.
   */
  readonly members: ReadonlyMap<string, MemberShape>;
}

export interface SimpleShape extends ShapeBase {
  readonly type: SimpleShapeType;
}

export interface AggregateShape extends ShapeBase {
  readonly type: AggregateShapeType;
}

export interface OperationShape extends ShapeBase {
  readonly type: "operation";
  /** `smithy.api#Unit` when absent. */
  readonly input: string;
  readonly output: string;
  readonly errors: readonly string[];
}

export interface ResourceShape extends ShapeBase {
  readonly type: "resource";
  readonly identifiers: ReadonlyMap<string, string>;
  readonly properties: ReadonlyMap<string, string>;
  readonly create?: string;
  readonly put?: string;
  readonly read?: string;
  readonly update?: string;
  readonly delete?: string;
  readonly list?: string;
  readonly operations: readonly string[];
  readonly collectionOperations: readonly string[];
  readonly resources: readonly string[];
}

export interface ServiceShape extends ShapeBase {
  readonly type: "service";
  readonly version?: string;
  readonly operations: readonly string[];
  readonly resources: readonly string[];
  readonly errors: readonly string[];
  /** Shape id → new name within this service's closure. */
  readonly rename: ReadonlyMap<string, string>;
}

export type Shape = SimpleShape | AggregateShape | OperationShape | ResourceShape | ServiceShape;

export const LIFECYCLE_OPERATIONS = ["create", "put", "read", "update", "delete", "list"] as const;
export type LifecycleOperation = (typeof LIFECYCLE_OPERATIONS)[number];

/**
 * Simple types as selectors and service closures see them: enum and intEnum count as the string
 * and integer they specialise. https://smithy.io/2.0/spec/selectors.html#shape-types
 */
export const SIMPLE_TYPES: ReadonlySet<string> = new Set<ShapeType>([
  "blob",
  "boolean",
  "string",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "document",
  "enum",
  "intEnum",
]);

/** The `number` selector category, intEnum included. */
export const NUMBER_TYPES: ReadonlySet<string> = new Set<ShapeType>([
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "intEnum",
]);
