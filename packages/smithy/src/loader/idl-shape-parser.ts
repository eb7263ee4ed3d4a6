/**
 * Shape bodies in the IDL: mixins, members (with elision and `= default`), enums, operations
 * (with inline `:=` input/output), resources and services.
 * https://smithy.io/2.0/spec/idl.html#defining-shapes
 */
import { isNodeObject, type NodeObject, type NodeValue } from "../model/node-value";
import type { ShapeType } from "../model/shape";
import { Severity } from "../model/validation-event";
import {
  bindPendingId,
  expectAndSkipNode,
  expectShapeId,
  increaseNesting,
  parseDocsAndTraitsBeforeShape,
} from "./idl-node-parser";
import type { IdlParser } from "./idl-parser";
import { badDocCommentEvent } from "./loader-events";
import { Tok as TokKinds } from "./idl-token";
import { IdlMemberDef, IdlShapeDef, IdlTraitApplication, type MemberDef, type Ref, type ShapeDef } from "./load-ops";

// A module-local alias: reads of an imported binding can cost a getter call per access.
const Tok = TokKinds;
type Tok = TokKinds;

const ALL_TYPES: ShapeType[] = [
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger",
  "bigDecimal", "timestamp", "document", "enum", "intEnum", "list", "set", "map", "structure", "union",
  "service", "resource", "operation",
];
export const SHAPE_TYPES: ReadonlyMap<string, ShapeType> = new Map(ALL_TYPES.map((t) => [t, t]));

export const RESOURCE_PROPERTIES = [
  "type", "create", "read", "update", "delete", "list", "identifiers", "resources", "operations", "put",
  "properties", "collectionOperations",
];
export const SERVICE_PROPERTIES = ["type", "version", "operations", "resources", "rename", "errors"];

/** `offset`: where the shape statement starts. */
export function parseShapeBody(p: IdlParser, type: ShapeType, id: string, offset: number): ShapeDef {
  const def = newShape(p, type, id, offset);
  switch (type) {
    case "list":
    case "set":
    case "map":
    case "union":
    case "structure":
      parseAggregate(p, def);
      break;
    case "enum":
    case "intEnum":
      parseEnum(p, def);
      break;
    case "service":
    case "resource":
      parseServiceOrResource(p, def);
      break;
    case "operation":
      parseOperation(p, def);
      break;
    default:
      parseMixins(p, def);
      p.file.shapes.push(def);
  }
  return def;
}

const NO_REFS: Ref[] = [];
const NO_MEMBERS: MemberDef[] = [];

/** Shapes without mixins or members share empty lists; parsers replace them before adding. */
function newShape(p: IdlParser, type: ShapeType, id: string, offset: number): ShapeDef {
  return new IdlShapeDef(id, type, p.file, offset, NO_MEMBERS, NO_REFS);
}

/**
 * A list grown by push has spare capacity (17 slots for one item) that would live as long as the
 * model: parsed lists are copied to their exact size, and the growable one dies young.
 */
export function exact<T>(list: T[]): T[] {
  return list.slice();
}

function parseAggregate(p: IdlParser, def: ShapeDef): void {
  parseForResource(p, def);
  parseMixins(p, def);
  parseMembers(p, def);
  p.file.shapes.push(def);
}

function parseMixins(p: IdlParser, def: ShapeDef): void {
  const tok = p.tok;
  tok.skipSpaces();
  if (!tok.isLexeme("with")) return;
  if (p.file.version === "1.0") {
    throw tok.syntax(
      "Mixins can only be used with Smithy version 2 or later. Attempted to use mixins with version `1.0`.",
      def.id,
    );
  }
  tok.next();
  tok.skipWsAndDocs();
  tok.expect(Tok.LBRACKET);
  tok.next();
  tok.skipWsAndDocs();
  const mixins: Ref[] = [];
  do {
    mixins.push(expectShapeId(tok));
    tok.skipWsAndDocs();
  } while (tok.type !== Tok.RBRACKET);
  def.mixins = exact(mixins);
  tok.next();
}

function parseForResource(p: IdlParser, def: ShapeDef): void {
  const tok = p.tok;
  tok.skipSpaces();
  if (!tok.isLexeme("for")) return;
  if (p.file.version === "1.0") {
    throw tok.syntax(
      "Structures can only be bound to resources with Smithy version 2 or later. Attempted to bind a structure " +
        "to a resource with version `1.0`.",
      def.id,
    );
  }
  tok.next();
  tok.expectAndSkipSpaces();
  def.forResource = expectShapeId(tok);
}

function parseMembers(p: IdlParser, def: ShapeDef): void {
  const tok = p.tok;
  tok.skipWsAndDocs();
  tok.clearDocCommentLinesForBr();
  tok.expect(Tok.LBRACE);
  tok.next();
  tok.skipWs();
  // `Shape$` once per shape: each member id is then a single concatenation.
  const memberPrefix = `${def.id}$`;
  const mark = p.lists.mark();
  while (tok.type !== Tok.EOF && tok.type !== Tok.RBRACE) {
    parseMember(p, def, memberPrefix, mark);
    tok.skipWs();
  }
  tok.expect(Tok.RBRACE);
  def.members = p.lists.take(mark);
  tok.next();
}

const SCAN_LIMIT = 32;
const memberNames = new WeakMap<ShapeDef, Set<string>>();

/**
 * Duplicate member check over the members parsed so far (the list started at `mark`). Shapes
 * usually have few members, so scanning beats a Set per shape; past SCAN_LIMIT members a Set
 * keeps huge shapes linear.
 */
function hasMember(p: IdlParser, mark: number, def: ShapeDef, name: string): boolean {
  const lists = p.lists;
  const count = lists.length(mark);
  if (count <= SCAN_LIMIT) {
    for (let i = 0; i < count; i++) if (lists.at<MemberDef>(mark, i).name === name) return true;
    return false;
  }
  let names = memberNames.get(def);
  if (!names) memberNames.set(def, (names = new Set()));
  for (let i = names.size; i < count; i++) names.add(lists.at<MemberDef>(mark, i).name);
  return names.has(name);
}

function parseMember(p: IdlParser, def: ShapeDef, memberPrefix: string, mark: number): void {
  const tok = p.tok;
  const traits = parseDocsAndTraitsBeforeShape(p, true);
  const offset = tok.start;
  if (tok.type === Tok.RBRACE && traits.length === 1 && traits[0]!.kind === "doc") {
    p.file.events.push(badDocCommentEvent(tok.source.location(traits[0]!.offset), String(traits[0]!.value)));
    return;
  }
  const elided = tok.type === Tok.DOLLAR;
  if (elided) tok.next();
  tok.expect(Tok.IDENTIFIER);
  const name = tok.internedSlice(tok.start, tok.end);
  if (hasMember(p, mark, def, name)) throw tok.syntax(`Duplicate member of \`${def.id}\`: '${name}'`, def.id);
  const memberId = memberPrefix + name;
  if (elided && p.file.version === "1.0") {
    throw tok.syntax("Members can only elide targets in IDL version 2 or later", memberId);
  }
  const member = new IdlMemberDef(memberId, name, tok.source, offset);
  tok.next();
  if (!elided) {
    tok.skipSpaces();
    tok.expect(Tok.COLON);
    tok.next();
    tok.skipSpaces();
    member.target = expectShapeId(tok);
  }
  tok.skipSpaces();
  if (tok.type === Tok.EQUAL) {
    if (p.file.version === "1.0") throw tok.syntax("@default assignment is only supported in IDL version 2 or later");
    tok.next();
    tok.skipSpaces();
    const entry: [string, NodeValue] = ["smithy.api#default", expectAndSkipNode(p)];
    bindPendingId(p, entry, 1);
    member.directTraits = [entry];
    tok.skipSpaces();
    tok.skipOptionalComma();
    tok.expectAndSkipBr();
  }
  p.lists.push(member);
  p.addTraits(memberId, traits, member);
}

function parseEnum(p: IdlParser, def: ShapeDef): void {
  const tok = p.tok;
  parseMixins(p, def);
  tok.skipWsAndDocs();
  tok.expect(Tok.LBRACE);
  tok.next();
  tok.skipWs();
  const memberPrefix = `${def.id}$`;
  const mark = p.lists.mark();
  while (tok.type !== Tok.EOF && tok.type !== Tok.RBRACE) {
    const traits = parseDocsAndTraitsBeforeShape(p, true);
    const offset = tok.start;
    tok.expect(Tok.IDENTIFIER);
    const name = tok.lexeme();
    if (hasMember(p, mark, def, name)) throw tok.syntax(`Found conflicting member name, \`${name}\``, def.id);
    const member = new IdlMemberDef(memberPrefix + name, name, tok.source, offset);
    member.target = "smithy.api#Unit";
    p.lists.push(member);
    p.addTraits(member.id, traits, member);
    tok.next();
    tok.skipSpaces();
    if (tok.type === Tok.EQUAL) {
      tok.next();
      tok.skipSpaces();
      const t = tok.type as Tok;
      member.enumValueKind =
        t === Tok.STRING || t === Tok.TEXT_BLOCK ? "string" : t === Tok.NUMBER ? (tok.numberIsFloat ? "float" : "integer") : "other";
      const entry: [string, NodeValue] = ["smithy.api#enumValue", expectAndSkipNode(p)];
      bindPendingId(p, entry, 1);
      member.directTraits = [entry];
      tok.skipSpaces();
      tok.skipOptionalComma();
      tok.expectAndSkipBr();
    } else {
      tok.skipWs();
    }
  }
  tok.expect(Tok.RBRACE);
  def.members = p.lists.take(mark);
  tok.next();
  p.file.shapes.push(def);
}

function parseServiceOrResource(p: IdlParser, def: ShapeDef): void {
  const tok = p.tok;
  parseMixins(p, def);
  tok.skipWsAndDocs();
  tok.expect(Tok.LBRACE);
  const location = tok.location();
  const body = expectAndSkipNode(p) as NodeObject;
  const allowed = def.type === "service" ? SERVICE_PROPERTIES : RESOURCE_PROPERTIES;
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length > 0) {
    p.file.events.push({
      id: "Model",
      severity: Severity.WARNING,
      shapeId: def.id,
      sourceLocation: location,
      message: additionalPropertiesMessage(allowed, extra),
    });
  }
  const err = (message: string) => tok.syntax(message, def.id);
  const idOf = (key: string): Ref | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (typeof v !== "string") throw err(`Expected \`${key}\` to be a string`);
    return v;
  };
  const idList = (key: string): Ref[] | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) throw err(`Expected \`${key}\` to be a list of shape ids`);
    return v as string[];
  };
  const idMap = (key: string): [string, Ref][] | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (!isNodeObject(v)) throw err(`Expected \`${key}\` to be an object`);
    return Object.entries(v).map(([k, t]) => {
      if (typeof t !== "string") throw err(`Expected \`${key}\` values to be strings`);
      return [k, t];
    });
  };
  def.operations = idList("operations");
  def.resources = idList("resources");
  if (def.type === "service") {
    const version = body["version"];
    if (typeof version === "string") def.serviceVersion = version;
    def.errors = idList("errors");
    const rename = idMap("rename");
    if (rename) def.rename = rename;
  } else {
    def.put = idOf("put");
    def.create = idOf("create");
    def.read = idOf("read");
    def.update = idOf("update");
    def.delete = idOf("delete");
    def.list = idOf("list");
    def.collectionOperations = idList("collectionOperations");
    def.identifiers = idMap("identifiers");
    const properties = idMap("properties");
    if (properties && p.file.version === "1.0") {
      throw err(
        "Resource properties can only be used with Smithy version 2 or later. Attempted to use resource " +
          "properties with version `1.0`.",
      );
    }
    def.properties = properties;
  }
  p.file.shapes.push(def);
}

export function additionalPropertiesMessage(allowed: readonly string[], extra: readonly string[]): string {
  const list = (xs: readonly string[]) => [...xs].sort().map((x) => `\`${x}\``).join(", ");
  return `Expected an object with possible properties of ${list(allowed)}, but found additional properties: ${list(extra)}`;
}

function parseOperation(p: IdlParser, def: ShapeDef): void {
  const tok = p.tok;
  parseMixins(p, def);
  tok.skipWsAndDocs();
  tok.expect(Tok.LBRACE);
  tok.next();
  tok.skipWsAndDocs();
  // Properties seen so far, one bit each (input, output, errors): no list per operation.
  let defined = 0;
  while (tok.type !== Tok.EOF && tok.type !== Tok.RBRACE) {
    tok.expect(Tok.IDENTIFIER);
    const key = tok.lexeme();
    const bit = key === "input" ? 1 : key === "output" ? 2 : key === "errors" ? 4 : 0;
    if (defined & bit) throw tok.syntax(`Duplicate operation ${key} property for \`${def.id}\``, def.id);
    defined |= bit;
    tok.next();
    tok.skipWsAndDocs();
    if (key === "input" || key === "output") {
      const t = tok.expect(Tok.COLON, Tok.WALRUS);
      tok.next();
      const isInput = key === "input";
      const suffix = isInput ? p.inputSuffix : p.outputSuffix;
      def[key] = parseInlineable(p, def, t === Tok.WALRUS, suffix, isInput ? "smithy.api#input" : "smithy.api#output");
    } else if (key === "errors") {
      tok.expect(Tok.COLON);
      tok.next();
      def.errors = parseIdList(p);
    } else {
      throw tok.syntax(`Unknown property ${key} for ${def.id}`, def.id);
    }
    tok.expectAndSkipWhitespace();
    tok.skipWsAndDocs();
  }
  tok.expect(Tok.RBRACE);
  tok.next();
  p.file.shapes.push(def);
}

function parseInlineable(p: IdlParser, op: ShapeDef, inline: boolean, suffix: string, ioTrait: string): Ref {
  const tok = p.tok;
  if (!inline) {
    tok.skipWsAndDocs();
    return expectShapeId(tok);
  }
  if (p.file.version === "1.0") {
    throw tok.syntax(
      "Inlined operation inputs and outputs can only be used with Smithy version 2 or later. Attempted to use " +
        "inlined IO with version `1.0`.",
      op.id,
    );
  }
  tok.removePendingDocCommentLines();
  tok.skipWs();
  // As `@input` written by hand: an annotation, whose value the assembler makes the shared `{}`.
  const io = new IdlTraitApplication("", ioTrait, null, "annotation", p.file, tok.start);
  const traits = parseDocsAndTraitsBeforeShape(p, true, io);
  const id = p.idPrefix + op.id.slice(op.id.indexOf("#") + 1) + suffix;
  const def = newShape(p, "structure", id, tok.start);
  parseAggregate(p, def);
  p.addTraits(id, traits, def);
  return id;
}

function parseIdList(p: IdlParser): Ref[] {
  const tok = p.tok;
  increaseNesting(p);
  tok.skipWsAndDocs();
  tok.expect(Tok.LBRACKET);
  tok.next();
  tok.skipWsAndDocs();
  const ids: Ref[] = [];
  while (tok.type !== Tok.EOF && tok.type !== Tok.RBRACKET) {
    tok.expect(Tok.IDENTIFIER);
    ids.push(expectShapeId(tok));
    tok.skipWsAndDocs();
  }
  tok.expect(Tok.RBRACKET);
  tok.next();
  p.nesting--;
  return exact(ids);
}
