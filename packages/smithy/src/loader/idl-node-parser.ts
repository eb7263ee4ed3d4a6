/**
 * Node values, shape ids and traits in the IDL.
 * https://smithy.io/2.0/spec/idl.html#node-values and #traits
 */
import type { NodeObject, NodeValue } from "../model/node-value";
import { Tok as TokKinds } from "./idl-token";
import type { ScratchList } from "./scratch-list";
import { IdlSyntaxError, type IdlTokenizer } from "./idl-tokenizer";
import {
  IdlSyntacticIdRef,
  IdlTraitApplication,
  IdlTraitWithPendingId,
  type LoadedFile,
  type PendingId,
  type SyntacticIdRef,
} from "./load-ops";

// A module-local alias: reads of an imported binding can cost a getter call per access.
const Tok = TokKinds;
type Tok = TokKinds;

/** The reference's limit on nested node values, so deep input cannot overflow the stack. */
export const MAX_NESTING_LEVEL = 64;

/** State the node and trait parsers share with the statement parser. */
export interface NodeParserState {
  readonly tok: IdlTokenizer;
  readonly file: LoadedFile;
  nesting: number;
  /** A bare identifier value parsed last, waiting for the caller to say where it was stored. */
  pendingId: PendingId | undefined;
  /** Where lists are built before they are copied out at their exact size. */
  readonly lists: ScratchList;
}

/** A trait as parsed; it becomes the trait application once its target is known. */
export type ParsedTrait = IdlTraitApplication;

export function increaseNesting(p: NodeParserState): void {
  if (++p.nesting > MAX_NESTING_LEVEL) {
    throw p.tok.syntax(`Parser exceeded maximum allowed depth of ${MAX_NESTING_LEVEL}`);
  }
}

/** Records that the last bare identifier value now lives at `holder[key]`. */
export function bindPendingId(p: NodeParserState, holder: SyntacticIdRef["holder"], key: string | number): void {
  const pending = p.pendingId;
  if (!pending) return;
  p.pendingId = undefined;
  p.file.syntacticIds.push(new IdlSyntacticIdRef(holder, key, pending.text, p.file, pending.offset));
}

export function setMember(obj: NodeObject, key: string, value: NodeValue): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function hasMember(obj: NodeObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

// ---- shape ids: https://smithy.io/2.0/spec/idl.html#shape-ids ----

function skipNamespace(tok: IdlTokenizer): void {
  tok.expect(Tok.IDENTIFIER);
  tok.next();
  while (tok.type === Tok.DOT) {
    tok.next();
    tok.expect(Tok.IDENTIFIER);
    tok.next();
  }
}

function skipRelativeRootId(tok: IdlTokenizer): void {
  tok.expect(Tok.IDENTIFIER);
  tok.next();
  if (tok.type === Tok.DOLLAR) {
    tok.next();
    tok.expect(Tok.IDENTIFIER);
    tok.next();
  }
}

/** Reads `a.b.c`; returns its text. Tokens after it are left current. */
export function expectNamespace(tok: IdlTokenizer): string {
  const start = tok.start;
  let end = start;
  tok.expect(Tok.IDENTIFIER);
  end = tok.end;
  tok.next();
  while (tok.type === Tok.DOT) {
    tok.next();
    tok.expect(Tok.IDENTIFIER);
    end = tok.end;
    tok.next();
  }
  return tok.slice(start, end);
}

/** Reads a shape id, relative or absolute, with an optional member. */
export function expectShapeId(tok: IdlTokenizer): string {
  const start = tok.start;
  skipNamespace(tok);
  let end = lastEnd(tok);
  if (tok.type === Tok.DOLLAR || tok.type === Tok.POUND) {
    tok.next();
    skipRelativeRootId(tok);
    end = lastEnd(tok);
  }
  // Not interned: an id as written lives only until the assembler resolves it, and the resolver's
  // per-file cache already gives every use of the same text one resolved string.
  return tok.slice(start, end);
}

/** Reads `namespace#Name` (a member is reported by the caller). */
export function expectAbsoluteShapeId(tok: IdlTokenizer): string {
  const start = tok.start;
  skipNamespace(tok);
  tok.expect(Tok.POUND);
  tok.next();
  skipRelativeRootId(tok);
  return tok.slice(start, lastEnd(tok));
}

/** The end of the token before the current one: ids are contiguous, so it is the current start. */
function lastEnd(tok: IdlTokenizer): number {
  return tok.start;
}

// ---- node values ----


export function expectAndSkipNode(p: NodeParserState): NodeValue {
  const tok = p.tok;
  switch (tok.expect(Tok.STRING, Tok.TEXT_BLOCK, Tok.NUMBER, Tok.IDENTIFIER, Tok.LBRACE, Tok.LBRACKET)) {
    case Tok.STRING:
    case Tok.TEXT_BLOCK: {
      const s = tok.stringValue;
      tok.next();
      return s;
    }
    case Tok.NUMBER: {
      const n = tok.numberValue;
      tok.next();
      return n;
    }
    case Tok.IDENTIFIER: {
      const offset = tok.start;
      const id = expectShapeId(tok);
      return identifierValue(p, id, offset);
    }
    case Tok.LBRACE:
      return parseObjectNode(p);
    default:
      return parseArrayNode(p);
  }
}

/** `true`, `false`, `null`, or a syntactic shape id resolved later. */
export function identifierValue(p: NodeParserState, id: string, offset: number): NodeValue {
  if (id === "true") return true;
  if (id === "false") return false;
  if (id === "null") return null;
  p.pendingId = { text: id, offset };
  return id;
}

function parseArrayNode(p: NodeParserState): NodeValue[] {
  const tok = p.tok;
  increaseNesting(p);
  const items: NodeValue[] = [];
  const firstRef = p.file.syntacticIds.length;
  tok.expect(Tok.LBRACKET);
  tok.next();
  tok.skipWsAndDocs();
  while (tok.type !== Tok.RBRACKET) {
    items.push(expectAndSkipNode(p));
    bindPendingId(p, items, items.length - 1);
    tok.skipWsAndDocs();
  }
  tok.next();
  p.nesting--;
  // Exact size: a pushed-to array keeps spare capacity for as long as the model lives. Ids bound
  // to the growable array move to the copy.
  const result = items.slice();
  const refs = p.file.syntacticIds;
  for (let i = firstRef; i < refs.length; i++) if (refs[i]!.holder === items) refs[i]!.holder = result;
  return result;
}

function parseObjectNode(p: NodeParserState): NodeObject {
  const tok = p.tok;
  tok.expect(Tok.LBRACE);
  tok.next();
  tok.skipWsAndDocs();
  increaseNesting(p);
  const result: NodeObject = {};
  while (tok.type !== Tok.EOF) {
    if (tok.expect(Tok.RBRACE, Tok.STRING, Tok.IDENTIFIER) === Tok.RBRACE) break;
    const key = tok.type === Tok.STRING ? tok.stringValue : tok.lexeme();
    const keyOffset = tok.start;
    tok.next();
    tok.skipWsAndDocs();
    tok.expect(Tok.COLON);
    tok.next();
    tok.skipWsAndDocs();
    const value = expectAndSkipNode(p);
    if (hasMember(result, key)) {
      throw new IdlSyntaxError(`Duplicate member: '${key}'`, tok.source.location(keyOffset));
    }
    setMember(result, key, value);
    bindPendingId(p, result, key);
    tok.skipWsAndDocs();
  }
  tok.expect(Tok.RBRACE);
  tok.next();
  p.nesting--;
  return result;
}

// ---- traits: https://smithy.io/2.0/spec/idl.html#applying-traits ----

/** Doc comments and traits before a shape or member; the doc comment becomes `documentation`. */
export const NO_TRAITS: readonly ParsedTrait[] = Object.freeze([]) as readonly ParsedTrait[];

/** `extra`, when given, is added after the parsed traits (an inline input's `@input`). */
export function parseDocsAndTraitsBeforeShape(
  p: NodeParserState,
  isMember: boolean,
  extra?: ParsedTrait,
): readonly ParsedTrait[] {
  const tok = p.tok;
  tok.skipWs();
  let doc: ParsedTrait | undefined;
  if (tok.type === Tok.DOC_COMMENT) {
    const offset = tok.start;
    tok.skipWsAndDocs();
    const text = tok.removePendingDocCommentLines();
    if (text !== undefined) doc = new IdlTraitApplication("", "smithy.api#documentation", text, "doc", p.file, offset);
  } else {
    tok.skipWsAndDocs();
  }
  // Most shapes and members have no traits: share one empty list (callers copy before adding).
  let traits: readonly ParsedTrait[] = NO_TRAITS;
  if (tok.type === Tok.AT) {
    traits = expectAndSkipTraits(p, doc, extra);
  } else if (doc) {
    traits = extra ? [doc, extra] : [doc];
  } else if (extra) {
    traits = [extra];
  }
  tok.skipWsAndDocs();
  if (isMember) tok.clearDocCommentLinesForBr();
  return traits;
}

/** The traits at the current token, then `doc` and `extra` when given, as an exact-size list. */
export function expectAndSkipTraits(p: NodeParserState, doc?: ParsedTrait, extra?: ParsedTrait): ParsedTrait[] {
  const lists = p.lists;
  const mark = lists.mark();
  while (p.tok.type === Tok.AT) {
    lists.push(expectAndSkipTrait(p));
    p.tok.skipWsAndDocs();
  }
  if (doc) lists.push(doc);
  if (extra) lists.push(extra);
  return lists.take(mark);
}

export function expectAndSkipTrait(p: NodeParserState): ParsedTrait {
  const tok = p.tok;
  const offset = tok.start;
  tok.expect(Tok.AT);
  tok.next();
  const name = expectShapeId(tok);
  if (tok.type !== Tok.LPAREN) return new IdlTraitApplication("", name, null, "annotation", p.file, offset);
  tok.next();
  tok.skipWsAndDocs();
  if ((tok.type as Tok) === Tok.RPAREN) {
    tok.next();
    return new IdlTraitApplication("", name, null, "annotation", p.file, offset);
  }
  const value = parseTraitValueBody(p, offset);
  const pending = p.pendingId;
  p.pendingId = undefined;
  const trait = pending
    ? new IdlTraitWithPendingId(name, value, p.file, offset, pending)
    : new IdlTraitApplication("", name, value, "value", p.file, offset);
  tok.skipWsAndDocs();
  tok.expect(Tok.RPAREN);
  tok.next();
  return trait;
}

function parseTraitValueBody(p: NodeParserState, offset: number): NodeValue {
  const tok = p.tok;
  const t = tok.expect(Tok.LBRACE, Tok.LBRACKET, Tok.TEXT_BLOCK, Tok.STRING, Tok.NUMBER, Tok.IDENTIFIER);
  if (t === Tok.LBRACE || t === Tok.LBRACKET) {
    const v = expectAndSkipNode(p);
    tok.skipWsAndDocs();
    return v;
  }
  if (t === Tok.TEXT_BLOCK || t === Tok.NUMBER) {
    const v = t === Tok.NUMBER ? tok.numberValue : tok.stringValue;
    tok.next();
    tok.skipWsAndDocs();
    return v;
  }
  if (t === Tok.STRING) {
    const s = tok.stringValue;
    tok.next();
    tok.skipWsAndDocs();
    if (tok.type === Tok.COLON) {
      tok.next();
      tok.skipWsAndDocs();
      return parseStructuredTrait(p, s);
    }
    return s;
  }
  const id = expectShapeId(tok);
  tok.skipWsAndDocs();
  if (tok.type === Tok.RPAREN || /[.$#]/.test(id)) return identifierValue(p, id, offset);
  tok.expect(Tok.COLON);
  tok.next();
  tok.skipWsAndDocs();
  return parseStructuredTrait(p, id);
}

/** `@trait(key: value, key2: value2)`: an object without braces. */
function parseStructuredTrait(p: NodeParserState, firstKey: string): NodeObject {
  const tok = p.tok;
  increaseNesting(p);
  const result: NodeObject = {};
  setMember(result, firstKey, expectAndSkipNode(p));
  bindPendingId(p, result, firstKey);
  tok.skipWsAndDocs();
  while (tok.type !== Tok.RPAREN) {
    tok.expect(Tok.IDENTIFIER, Tok.STRING);
    const key = tok.type === Tok.STRING ? tok.stringValue : tok.lexeme();
    // Only an error needs the line and column.
    const keyOffset = tok.start;
    tok.next();
    tok.skipWsAndDocs();
    tok.expect(Tok.COLON);
    tok.next();
    tok.skipWsAndDocs();
    const value = expectAndSkipNode(p);
    if (hasMember(result, key)) {
      throw new IdlSyntaxError(`Duplicate member of trait: '${key}'`, tok.source.location(keyOffset));
    }
    setMember(result, key, value);
    bindPendingId(p, result, key);
    tok.skipWsAndDocs();
  }
  p.nesting--;
  return result;
}
