/**
 * View model of `types.ts`: one declaration per closure shape. Structures become interfaces,
 * unions a union of single-member objects (Smithy's JSON form) plus `$unknown`, enums and
 * intEnums a literal union with a same-named const object, lists/maps/simple shapes aliases.
 */
import { isPreludeId, type MemberShape, type NodeValue, type Shape } from "@oda-codegen/smithy";
import { docComment, literal } from "../names";
import { enumTraitValues } from "../emit/check-emitter";
import { SIMPLE_TS_TYPE, membersTypeName, type GenContext } from "./context";
import {
  TRAIT,
  defaultOf,
  deprecationMessage,
  documentationOf,
  isDeprecated,
  isRequired,
} from "./traits";

export interface MemberView {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  readonly doc: string;
}

export interface VariantView {
  readonly name: string;
  readonly type: string;
  readonly doc: string;
  /** The other variants, typed `?: never` so only one key can be set. */
  readonly others: readonly string[];
}

export interface EnumValueView {
  readonly key: string;
  readonly value: string;
  readonly doc: string;
}

export type DeclarationView =
  | {
      readonly kind: "structure";
      readonly name: string;
      readonly doc: string;
      readonly members: readonly MemberView[];
      /** A type alias rather than an interface: error members must fit `Record<string, unknown>`. */
      readonly alias: boolean;
    }
  | { readonly kind: "union"; readonly name: string; readonly doc: string; readonly variants: readonly VariantView[] }
  | { readonly kind: "enum"; readonly name: string; readonly doc: string; readonly values: readonly EnumValueView[] }
  | { readonly kind: "alias"; readonly name: string; readonly doc: string; readonly type: string };

export interface TypesFileView {
  readonly declarations: readonly DeclarationView[];
  /** Runtime type names this file imports (sorted). */
  readonly runtimeTypes: readonly string[];
}

function shapeDoc(shape: Shape | MemberShape, extraTags: string[] = []): string {
  const tags = [...extraTags];
  if (isDeprecated(shape)) tags.push(`@deprecated ${deprecationMessage(shape)}`.trimEnd());
  return docComment(documentationOf(shape), tags);
}

function defaultTag(value: NodeValue | undefined): string[] {
  return value === undefined ? [] : [`@defaultValue \`${JSON.stringify(value)}\``];
}

export function structureMembers(ctx: GenContext, shape: Shape): MemberView[] {
  return [...shape.members.values()].map((member) => {
    const defaultValue = defaultOf(member);
    return {
      name: member.name,
      type: ctx.typeOf(member.target),
      // Defaulted members may be omitted by callers; decoding fills the default in.
      optional: !isRequired(member) || defaultValue !== undefined,
      doc: shapeDoc(member, defaultTag(defaultValue)),
    };
  });
}

function listType(ctx: GenContext, shape: Shape): string {
  const member = shape.members.get("member")!;
  const item = ctx.typeOf(member.target);
  if (shape.traits.has(TRAIT.sparse)) return `(${item} | null)[]`;
  return /^[\w.]+$/.test(item) ? `${item}[]` : `(${item})[]`;
}

function mapType(ctx: GenContext, shape: Shape): string {
  const value = ctx.typeOf(shape.members.get("value")!.target);
  return shape.traits.has(TRAIT.sparse) ? `Record<string, ${value} | null>` : `Record<string, ${value}>`;
}

function enumValues(shape: Shape): EnumValueView[] {
  return [...shape.members.values()].map((member) => {
    const raw = member.traits.get(TRAIT.enumValue);
    const value =
      shape.type === "intEnum" ? String(raw) : literal(typeof raw === "string" ? raw : member.name);
    return { key: member.name, value, doc: shapeDoc(member) };
  });
}

export function declarationOf(ctx: GenContext, shape: Shape): DeclarationView | undefined {
  const name = ctx.typeName(shape.id);
  const doc = shapeDoc(shape);
  switch (shape.type) {
    case "structure":
      if (ctx.isError(shape.id)) {
        const members = structureMembers(ctx, shape);
        return { kind: "structure", name: membersTypeName(name), doc: docComment(`The members of {@link ${name}}.`), members, alias: true };
      }
      return { kind: "structure", name, doc, members: structureMembers(ctx, shape), alias: false };
    case "union": {
      const names = [...shape.members.keys()];
      const variants: VariantView[] = [...shape.members.values()].map((member) => ({
        name: member.name,
        type: ctx.typeOf(member.target),
        doc: shapeDoc(member),
        others: [...names.filter((n) => n !== member.name), "$unknown"],
      }));
      // Smithy clients must accept variants added later: `$unknown` carries the name and raw JSON.
      variants.push({
        name: "$unknown",
        type: `[name: string, value: ${ctx.jsonValue}]`,
        doc: docComment("A variant this code does not know (added to the model later)."),
        others: names,
      });
      return { kind: "union", name, doc, variants };
    }
    case "enum":
    case "intEnum":
      return { kind: "enum", name, doc, values: enumValues(shape) };
    case "list":
    case "set":
      return { kind: "alias", name, doc, type: listType(ctx, shape) };
    case "map":
      return { kind: "alias", name, doc, type: mapType(ctx, shape) };
    default: {
      const legacyEnum = shape.type === "string" ? enumTraitValues(shape) : undefined;
      if (legacyEnum !== undefined && legacyEnum.length > 0) {
        return { kind: "alias", name, doc, type: legacyEnum.map((v) => literal(v)).join(" | ") };
      }
      const simple = SIMPLE_TS_TYPE[shape.type];
      return simple === undefined ? undefined : { kind: "alias", name, doc, type: simple };
    }
  }
}

export function buildTypesView(ctx: GenContext): TypesFileView {
  const declarations: DeclarationView[] = [];
  for (const shape of ctx.closure.shapes) {
    if (isPreludeId(shape.id)) continue;
    const declaration = declarationOf(ctx, shape);
    if (declaration) declarations.push(declaration);
  }
  const mentions = (type: string) => new RegExp(`\\b${ctx.jsonValue}\\b`).test(type);
  const uses = declarations.some(
    (d) =>
      d.kind === "union" ||
      (d.kind === "alias" && mentions(d.type)) ||
      (d.kind === "structure" && d.members.some((m) => mentions(m.type))),
  );
  return { declarations, runtimeTypes: uses ? [ctx.jsonValueImport.replace(/^type /, "")] : [] };
}
