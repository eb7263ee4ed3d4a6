/**
 * Selector syntax tree. https://smithy.io/2.0/spec/selectors.html
 * A selector is a sequence of steps; each step maps one shape to zero or more shapes.
 */
export type SelectorAst = readonly SelectorStep[];

export type Comparator =
  | "="
  | "!="
  | "^="
  | "$="
  | "*="
  | "?="
  | ">"
  | ">="
  | "<"
  | "<="
  | "{=}"
  | "{!=}"
  | "{<}"
  | "{<<}";

export interface AttributeTest {
  readonly comparator: Comparator;
  readonly values: readonly string[];
  readonly caseInsensitive: boolean;
}

export type SelectorStep =
  /** A shape type (`string`) or category (`number`, `simpleType`, `collection`, ...). */
  | { readonly kind: "type"; readonly name: string }
  /** `[path]` or `[path op values]`. */
  | { readonly kind: "attribute"; readonly path: readonly string[]; readonly test?: AttributeTest }
  /** `[@path: @{a} = b && ...]`. */
  | {
      readonly kind: "scoped";
      readonly path: readonly string[];
      readonly assertions: readonly ScopedAssertion[];
    }
  /** `>`, `<`, `-[a, b]->`, `<-[a, b]-`; rels empty means any relationship. */
  | { readonly kind: "neighbor"; readonly reverse: boolean; readonly rels: readonly string[] }
  /** `~>`: every shape reachable through forward relationships. */
  | { readonly kind: "recursiveNeighbor" }
  | { readonly kind: "function"; readonly name: string; readonly args: readonly SelectorAst[] }
  | { readonly kind: "variableStore"; readonly name: string; readonly selector: SelectorAst }
  | { readonly kind: "variableGet"; readonly name: string };

/** A scoped value is either a path (`@{trait|range|min}`) or a literal. */
export type ScopedValue = { readonly path: readonly string[] } | { readonly literal: string };

export interface ScopedAssertion {
  readonly lhs: ScopedValue;
  readonly comparator: Comparator;
  readonly rhs: readonly ScopedValue[];
  readonly caseInsensitive: boolean;
}

export const SHAPE_TYPE_NAMES = new Set([
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
  "list",
  "set",
  "map",
  "structure",
  "union",
  "service",
  "resource",
  "operation",
  "member",
]);

export const CATEGORY_NAMES = new Set([
  "number",
  "simpleType",
  "collection",
  "aggregateType",
  "serviceType",
  "dataType",
]);
