/**
 * Reads JSON Schema as Swagger 2.0 (`#/definitions/X`), OpenAPI 3.0 (`#/components/schemas/X`,
 * also across files: `TS29571_CommonData.yaml#/…`) and OpenAPI 3.1 write it, into type nodes and
 * named schemas of the common form. Only what the comparison needs: JSON type, `date-time`,
 * properties with required-ness, enum values.
 */
import type { JsonType, SchemaForm, TypeNode } from "./normal-form";

// Specification documents are untyped JSON.
export type Json = Record<string, any>;

/** A document and the other documents its `$ref`s may name by file. */
export interface DocumentSet {
  files: Record<string, Json>;
  /** Reads a further document a `$ref` names (undefined when it is not available). */
  load?: (file: string) => Json | undefined;
}

interface Resolved {
  schema: Json;
  doc: Json;
  /** The component name when the pointer names a definition / schema component. */
  name?: string;
}

const JSON_TYPES = new Set<JsonType>(["string", "integer", "number", "boolean", "array", "object"]);

export class SchemaReader {
  readonly schemas: Record<string, SchemaForm> = {};
  /** `$ref`s whose document is not available; read as `any`. */
  readonly unresolved = new Set<string>();
  private readonly namedNodes = new Map<string, TypeNode>();

  constructor(private readonly set: DocumentSet) {}

  /** `$ref` (relative to `doc`) → the schema it points to, with its own document. */
  resolve(ref: string, doc: Json): Resolved | undefined {
    const hash = ref.indexOf("#");
    const file = hash < 0 ? ref : ref.slice(0, hash);
    const pointer = hash < 0 ? "" : ref.slice(hash + 1);
    const fileName = file.replace(/^\.\//, "");
    const root = file === "" ? doc : (this.set.files[fileName] ??= this.set.load?.(fileName) as Json);
    if (!root) {
      this.unresolved.add(ref);
      return undefined;
    }
    let target: unknown = root;
    const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    for (const p of parts) target = (target as Json | undefined)?.[p];
    if (target === undefined) {
      this.unresolved.add(ref);
      return undefined;
    }
    const named = parts.length === 2 && parts[0] === "definitions" ? parts[1] : parts.length === 3 && parts[1] === "schemas" ? parts[2] : undefined;
    return { schema: target as Json, doc: root, ...(named ? { name: named } : {}) };
  }

  /** The type node of `schema` found in `doc`; `hint` names anonymous object schemas. */
  node(schema: Json | undefined, doc: Json, hint: string): TypeNode {
    if (!schema || typeof schema !== "object") return { type: "any" };
    if (typeof schema.$ref === "string") {
      const target = this.resolve(schema.$ref, doc);
      if (!target) return { type: "any" };
      return target.name ? this.named(target.name, target.schema, target.doc) : this.node(target.schema, target.doc, hint);
    }
    if (Array.isArray(schema.allOf)) return this.allOf(schema, doc, hint);
    const choice = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(choice)) return this.choice(choice as Json[], doc, hint);
    const type = this.typeOf(schema);
    if (type === "array") return { type, items: this.node(schema.items, doc, `${hint}[]`) };
    if (type === "object" && schema.properties) {
      this.define(hint, schema, doc, [schema]);
      return { type, name: hint };
    }
    if (type === "string" && Array.isArray(schema.enum)) {
      this.schemas[hint] ??= { name: hint, properties: {}, enumValues: schema.enum.map(String) };
      return { type, name: hint };
    }
    return schema.format === "date-time" ? { type, format: "date-time" } : { type };
  }

  /** A named component: read once; objects and enums keep the name, other forms are inlined. */
  private named(name: string, schema: Json, doc: Json): TypeNode {
    const known = this.namedNodes.get(name);
    if (known) return known;
    const placeholder: TypeNode = { type: "object", name };
    this.namedNodes.set(name, placeholder); // recursive definitions terminate
    const node = this.node(schema, doc, name);
    Object.assign(placeholder, node);
    if (node.name === undefined) delete placeholder.name;
    return placeholder;
  }

  private typeOf(schema: Json): JsonType {
    const t = Array.isArray(schema.type) ? schema.type.find((x: string) => x !== "null") : schema.type;
    if (JSON_TYPES.has(t)) return t as JsonType;
    if (schema.properties || schema.additionalProperties) return "object";
    if (Array.isArray(schema.enum)) return "string";
    return "any";
  }

  /** `allOf`: one member is that member; several are merged into one object. */
  private allOf(schema: Json, doc: Json, hint: string): TypeNode {
    const parts = schema.allOf as Json[];
    if (parts.length === 1 && !schema.properties) return this.node(parts[0], doc, hint);
    const flat: Array<[Json, Json]> = [];
    const collect = (s: Json, d: Json): void => {
      if (typeof s.$ref === "string") {
        const r = this.resolve(s.$ref, d);
        if (r) collect(r.schema, r.doc);
      } else {
        if (Array.isArray(s.allOf)) for (const p of s.allOf as Json[]) collect(p, d);
        if (s.properties) flat.push([s, d]);
      }
    };
    collect(schema, doc);
    // `type: string` with `allOf` of patterns (TS 29.571 `Ipv6Addr`): constraints, not an object.
    if (flat.length === 0) {
      const { allOf: _constraints, ...rest } = schema;
      return rest.type !== undefined ? this.node(rest, doc, hint) : this.node(parts[0], doc, hint);
    }
    this.schemas[hint] = { name: hint, properties: {} };
    for (const [part, d] of flat) this.define(hint, part, d, flat.map(([p]) => p));
    return { type: "object", name: hint };
  }

  /** `oneOf`/`anyOf`: null alternatives dropped; one JSON type left → that type (the named one preferred). */
  private choice(alternatives: Json[], doc: Json, hint: string): TypeNode {
    const nodes = alternatives
      .filter((a) => a.type !== "null" && !(a.nullable === true && Array.isArray(a.enum) && a.enum.every((v: unknown) => v === null)))
      .map((a, i) => this.node(a, doc, i === 0 ? hint : `${hint}|${i}`))
      .filter((n) => !(n.type === "any" && n.name === undefined && alternatives.length > 1));
    if (nodes.length === 0) return { type: "any" };
    if (nodes.every((n) => n.type === nodes[0]!.type && (n.type !== "object" || n.name === nodes[0]!.name))) {
      return nodes.find((n) => n.name !== undefined) ?? nodes[0]!;
    }
    return { type: nodes[0]!.type, alternatives: nodes };
  }

  /** Adds the properties of one object schema to the named schema `name`. */
  private define(name: string, schema: Json, doc: Json, requiredFrom: Json[]): void {
    const form = (this.schemas[name] ??= { name, properties: {} });
    const required = new Set<string>(requiredFrom.flatMap((s) => (Array.isArray(s.required) ? (s.required as string[]) : [])));
    for (const [prop, sub] of Object.entries<Json>(schema.properties ?? {})) {
      form.properties[prop] = { node: this.node(sub, doc, `${name}.${prop}`), required: required.has(prop) };
    }
  }
}
