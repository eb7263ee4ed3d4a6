import type { NodeValue } from "../../model/node-value";
import { isNodeObject } from "../../model/node-value";
import type { ModelNode } from "../core/relationships";
import type { Model } from "../../model/model";

/**
 * Attribute values of selectors (`[id|name]`, `[trait|range|min]`, projections with `(values)`).
 * https://smithy.io/2.0/spec/selectors.html#attribute-selectors
 */
export interface AttributeValue {
  readonly present: boolean;
  /** The string a comparator sees ("" for objects, arrays and projections). */
  readonly text: string;
  /** Set on projections: the flattened values. */
  readonly items?: readonly AttributeValue[];
  /** How message templates print the value (JSON for node values); `text` when absent. */
  readonly message?: string;
  property(key: string): AttributeValue;
}

/** The text a message template (`@{trait|documentation}`) prints for a value. */
export function messageText(value: AttributeValue): string {
  if (value.items) return `[${value.items.map(messageText).sort().join(", ")}]`;
  return value.message ?? value.text;
}

export type Variables = ReadonlyMap<string, ReadonlySet<ModelNode>>;

export const EMPTY: AttributeValue = { present: false, text: "", property: () => EMPTY };

export function literal(value: string | number): AttributeValue {
  const text = String(value);
  return {
    present: true,
    text,
    property: (key) => (key === "(length)" ? literal(text.length) : EMPTY),
  };
}

export function projection(values: AttributeValue[]): AttributeValue {
  const items: AttributeValue[] = [];
  for (const value of values) {
    if (value.items) items.push(...value.items);
    else items.push(value);
  }
  return {
    present: values.length > 0,
    text: "",
    items,
    property(key) {
      if (key === "(first)") return items.length ? items[0]! : EMPTY;
      return projection(values.map((v) => v.property(key)).filter((v) => v.present));
    },
  };
}

export function nodeValue(value: NodeValue): AttributeValue {
  const text =
    typeof value === "string"
      ? value
      : typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : "";
  return {
    present: value !== null,
    text,
    message: JSON.stringify(value),
    property(key) {
      if (isNodeObject(value)) {
        if (key === "(keys)") return projection(Object.keys(value).map((k) => nodeValue(k)));
        if (key === "(values)") return projection(Object.values(value).map(nodeValue));
        if (key === "(length)") return literal(Object.keys(value).length);
        return Object.prototype.hasOwnProperty.call(value, key) ? nodeValue(value[key]!) : EMPTY;
      }
      if (Array.isArray(value)) {
        if (key === "(values)") return projection(value.map(nodeValue));
        if (key === "(length)") return literal(value.length);
        return EMPTY;
      }
      if (typeof value === "string" && key === "(length)") return literal(value.length);
      return EMPTY;
    },
  };
}

function idValue(id: string): AttributeValue {
  return {
    present: true,
    text: id,
    property(key) {
      const hash = id.indexOf("#");
      const dollar = id.indexOf("$");
      switch (key) {
        case "name":
          return literal(id.slice(hash + 1, dollar < 0 ? undefined : dollar));
        case "namespace":
          return literal(id.slice(0, hash));
        case "member":
          return dollar < 0 ? EMPTY : literal(id.slice(dollar + 1));
        case "(length)":
          return literal(id.length);
        default:
          throw new Error(`Invalid nested 'id' selector attribute property: ${key}`);
      }
    },
  };
}

/** A relative trait name in a selector means a prelude trait. */
export function absoluteTraitId(name: string): string {
  return name.includes("#") ? name : `smithy.api#${name}`;
}

function traitsValue(node: ModelNode): AttributeValue {
  return {
    present: true,
    text: "",
    property(key) {
      if (key === "(keys)") return projection([...node.traits.keys()].map(idValue));
      if (key === "(values)") return projection([...node.traits.values()].map(nodeValue));
      if (key === "(length)") return literal(node.traits.size);
      const value = node.traits.get(absoluteTraitId(key));
      return value === undefined ? EMPTY : nodeValue(value);
    },
  };
}

/** The value a shape exposes to attribute selectors. */
export function shapeValue(model: Model, node: ModelNode, vars: Variables): AttributeValue {
  return {
    present: true,
    text: node.id,
    property(key) {
      switch (key) {
        case "trait":
          return traitsValue(node);
        case "id":
          return idValue(node.id);
        case "service":
          if (node.type !== "service") return EMPTY;
          return {
            present: true,
            text: node.id,
            property: (k) =>
              k === "version" ? literal(node.version ?? "") : k === "id" ? idValue(node.id) : EMPTY,
          };
        case "var":
          return {
            present: true,
            text: "",
            property: (name) =>
              projection([...(vars.get(name) ?? [])].map((n) => shapeValue(model, n, vars))),
          };
        default:
          throw new Error(`Invalid shape selector attribute: ${key}`);
      }
    },
  };
}

export function resolvePath(start: AttributeValue, path: readonly string[]): AttributeValue {
  let value = start;
  for (const key of path) value = value.property(key);
  return value;
}
