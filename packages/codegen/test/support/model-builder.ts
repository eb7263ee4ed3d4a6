/**
 * Builds assembled `Model` objects in tests without the parser: enough of the prelude, shapes with
 * members and traits. Short trait names mean `smithy.api#<name>`.
 */
import {
  Model,
  NO_LOCATION,
  type MemberShape,
  type NodeValue,
  type OperationShape,
  type ResourceShape,
  type ServiceShape,
  type Shape,
  type ShapeType,
} from "@oda-codegen/smithy";

export type TraitsInit = Record<string, NodeValue>;
export interface MemberInit {
  readonly target: string;
  readonly traits?: TraitsInit;
}

const PRELUDE_SIMPLE: Record<string, ShapeType> = {
  String: "string",
  Blob: "blob",
  Boolean: "boolean",
  Byte: "byte",
  Short: "short",
  Integer: "integer",
  Long: "long",
  Float: "float",
  Double: "double",
  BigInteger: "bigInteger",
  BigDecimal: "bigDecimal",
  Timestamp: "timestamp",
  Document: "document",
};

export function m(target: string, traits: TraitsInit = {}): MemberInit {
  return { target, traits };
}

function traitMap(init: TraitsInit | undefined): Map<string, NodeValue> {
  return new Map(Object.entries(init ?? {}).map(([k, v]) => [k.includes("#") ? k : `smithy.api#${k}`, v]));
}

export class ModelBuilder {
  private readonly shapes = new Map<string, Shape>();

  constructor(readonly namespace: string) {
    for (const [name, type] of Object.entries(PRELUDE_SIMPLE)) this.add(`smithy.api#${name}`, type, {});
    this.add("smithy.api#Unit", "structure", {}, undefined, { unitType: {} });
  }

  id(name: string): string {
    if (name.includes("#")) return name;
    if (name in PRELUDE_SIMPLE || name === "Unit") return `smithy.api#${name}`;
    return `${this.namespace}#${name}`;
  }

  private members(container: string, init: Record<string, MemberInit>): Map<string, MemberShape> {
    const members = new Map<string, MemberShape>();
    for (const [name, member] of Object.entries(init)) {
      const traits = traitMap(member.traits);
      members.set(name, {
        type: "member",
        id: `${container}$${name}`,
        name,
        container,
        target: this.id(member.target),
        traits,
        localTraits: new Set(traits.keys()),
        location: NO_LOCATION,
      });
    }
    return members;
  }

  private add(id: string, type: ShapeType, members: Record<string, MemberInit>, extra?: object, traits?: TraitsInit): string {
    const t = traitMap(traits);
    const shape = { type, id, traits: t, localTraits: new Set(t.keys()), location: NO_LOCATION, mixins: [], members: this.members(id, members), ...extra };
    this.shapes.set(id, shape as Shape);
    return id;
  }

  simple(type: ShapeType, name: string, traits?: TraitsInit): this {
    this.add(this.id(name), type, {}, undefined, traits);
    return this;
  }
  structure(name: string, members: Record<string, MemberInit>, traits?: TraitsInit): this {
    this.add(this.id(name), "structure", members, undefined, traits);
    return this;
  }
  union(name: string, members: Record<string, MemberInit>, traits?: TraitsInit): this {
    this.add(this.id(name), "union", members, undefined, traits);
    return this;
  }
  enum(name: string, values: Record<string, string>, traits?: TraitsInit): this {
    const members = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, m("smithy.api#Unit", { enumValue: v })]));
    this.add(this.id(name), "enum", members, undefined, traits);
    return this;
  }
  intEnum(name: string, values: Record<string, number>, traits?: TraitsInit): this {
    const members = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, m("smithy.api#Unit", { enumValue: v })]));
    this.add(this.id(name), "intEnum", members, undefined, traits);
    return this;
  }
  list(name: string, member: MemberInit, traits?: TraitsInit): this {
    this.add(this.id(name), "list", { member }, undefined, traits);
    return this;
  }
  map(name: string, key: MemberInit, value: MemberInit, traits?: TraitsInit): this {
    this.add(this.id(name), "map", { key, value }, undefined, traits);
    return this;
  }
  operation(name: string, io: { input?: string; output?: string; errors?: string[] }, traits?: TraitsInit): this {
    const extra: Partial<OperationShape> = {
      input: this.id(io.input ?? "Unit"),
      output: this.id(io.output ?? "Unit"),
      errors: (io.errors ?? []).map((e) => this.id(e)),
    };
    this.add(this.id(name), "operation", {}, extra, traits);
    return this;
  }
  resource(
    name: string,
    init: Partial<Record<"create" | "put" | "read" | "update" | "delete" | "list", string>> & {
      identifiers?: Record<string, string>;
      operations?: string[];
      collectionOperations?: string[];
      resources?: string[];
    },
  ): this {
    const extra: Partial<ResourceShape> = {
      identifiers: new Map(Object.entries(init.identifiers ?? {}).map(([k, v]) => [k, this.id(v)])),
      properties: new Map(),
      operations: (init.operations ?? []).map((o) => this.id(o)),
      collectionOperations: (init.collectionOperations ?? []).map((o) => this.id(o)),
      resources: (init.resources ?? []).map((r) => this.id(r)),
      ...Object.fromEntries(
        (["create", "put", "read", "update", "delete", "list"] as const).filter((k) => init[k]).map((k) => [k, this.id(init[k]!)]),
      ),
    };
    this.add(this.id(name), "resource", {}, extra);
    return this;
  }
  service(
    name: string,
    init: { version?: string; operations?: string[]; resources?: string[]; errors?: string[]; rename?: Record<string, string> },
    traits?: TraitsInit,
  ): this {
    const extra: Partial<ServiceShape> = {
      version: init.version ?? "1.0",
      operations: (init.operations ?? []).map((o) => this.id(o)),
      resources: (init.resources ?? []).map((r) => this.id(r)),
      errors: (init.errors ?? []).map((e) => this.id(e)),
      rename: new Map(Object.entries(init.rename ?? {})),
    };
    this.add(this.id(name), "service", {}, extra, traits);
    return this;
  }

  build(): Model {
    return new Model(new Map(this.shapes), new Map());
  }
}
