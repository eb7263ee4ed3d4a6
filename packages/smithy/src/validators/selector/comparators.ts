import type { AttributeValue } from "./attribute-value";
import type { Comparator } from "./ast";

/** Attribute comparators. https://smithy.io/2.0/spec/selectors.html#attribute-comparators */
export function compareAttribute(
  comparator: Comparator,
  lhs: AttributeValue,
  rhs: AttributeValue,
  caseInsensitive: boolean,
): boolean {
  switch (comparator) {
    case "?=":
      return (lhs.present && rhs.text === "true") || (!lhs.present && rhs.text === "false");
    case "{<}":
      return bothProjections(lhs, rhs) && isSubset(lhs, rhs, caseInsensitive);
    case "{<<}":
      return (
        bothProjections(lhs, rhs) &&
        isSubset(lhs, rhs, caseInsensitive) &&
        !isSubset(rhs, lhs, caseInsensitive)
      );
    case "{=}":
      return (
        bothProjections(lhs, rhs) &&
        isSubset(lhs, rhs, caseInsensitive) &&
        isSubset(rhs, lhs, caseInsensitive)
      );
    case "{!=}":
      return !(
        bothProjections(lhs, rhs) &&
        isSubset(lhs, rhs, caseInsensitive) &&
        isSubset(rhs, lhs, caseInsensitive)
      );
    default:
      for (const l of flatten(lhs)) {
        for (const r of flatten(rhs)) {
          if (compareSingle(comparator, l, r, caseInsensitive)) return true;
        }
      }
      return false;
  }
}

function flatten(value: AttributeValue): readonly AttributeValue[] {
  return value.items ?? [value];
}

function bothProjections(a: AttributeValue, b: AttributeValue): boolean {
  return a.items !== undefined && b.items !== undefined;
}

function isSubset(a: AttributeValue, b: AttributeValue, caseInsensitive: boolean): boolean {
  return flatten(a).every((x) => flatten(b).some((y) => compareSingle("=", x, y, caseInsensitive)));
}

function compareSingle(
  comparator: Comparator,
  l: AttributeValue,
  r: AttributeValue,
  ci: boolean,
): boolean {
  if (!l.present || !r.present) return false;
  let a = l.text;
  let b = r.text;
  if (ci) {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  switch (comparator) {
    case "=":
      return a === b;
    case "!=":
      return a !== b;
    case "^=":
      return a.startsWith(b);
    case "$=":
      return a.endsWith(b);
    case "*=":
      return a.includes(b);
    case ">":
    case ">=":
    case "<":
    case "<=": {
      const x = parseNumber(a);
      const y = parseNumber(b);
      if (x === undefined || y === undefined) return false;
      if (comparator === ">") return x > y;
      if (comparator === ">=") return x >= y;
      if (comparator === "<") return x < y;
      return x <= y;
    }
    default:
      return false;
  }
}

function parseNumber(text: string): number | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}
