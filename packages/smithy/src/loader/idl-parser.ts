/**
 * The IDL statement parser: control section, metadata, namespace, `use`, shape statements and
 * `apply`. It emits a LoadedFile; ids stay as written until the assembler resolves them.
 * https://smithy.io/2.0/spec/idl.html#idl-grammar
 */
import type { SourceLocation } from "../model/source-location";
import { Severity } from "../model/validation-event";
import {
  bindPendingId,
  expectAbsoluteShapeId,
  expectAndSkipNode,
  expectAndSkipTrait,
  expectAndSkipTraits,
  expectNamespace,
  expectShapeId,
  parseDocsAndTraitsBeforeShape,
  type NodeParserState,
  type ParsedTrait,
} from "./idl-node-parser";
import { parseShapeBody, SHAPE_TYPES } from "./idl-shape-parser";
import { Tok as TokKinds } from "./idl-token";
import { IdlSyntaxError, IdlTokenizer } from "./idl-tokenizer";
import { emptyLoadedFile, IdlTraitApplication, type LoadedFile, type TraitApplication } from "./load-ops";
import { badDocCommentEvent, syntaxErrorEvent } from "./loader-events";
import { ScratchList } from "./scratch-list";
import { SourceText } from "./source-text";

// A module-local alias: reads of an imported binding can cost a getter call per access.
const Tok = TokKinds;
type Tok = TokKinds;

/** Parses one IDL file. Never throws for bad input: problems become events in the result. */
export function parseIdl(filename: string, text: string): LoadedFile {
  const parser = new IdlParser(filename, text);
  try {
    parser.parse();
  } catch (e) {
    if (!(e instanceof IdlSyntaxError)) throw e;
    parser.file.events.push(syntaxErrorEvent(e));
  }
  return parser.file;
}

export class IdlParser implements NodeParserState {
  readonly file: LoadedFile;
  readonly tok: IdlTokenizer;
  nesting = 0;
  pendingId: NodeParserState["pendingId"] = undefined;
  readonly lists = new ScratchList();
  inputSuffix = "Input";
  outputSuffix = "Output";

  constructor(filename: string, text: string) {
    this.file = emptyLoadedFile(filename, "idl");
    this.tok = new IdlTokenizer(new SourceText(filename, text), (location, comments) =>
      this.file.events.push(badDocCommentEvent(location, comments)),
    );
    this.file.source = this.tok.source;
  }

  parse(): void {
    const tok = this.tok;
    tok.skipWsAndDocs();
    this.parseControlSection();
    tok.skipWsAndDocs();
    this.parseMetadataSection();
    this.parseShapeSection();
  }

  get namespace(): string {
    return this.file.namespace ?? "smithy.api";
  }

  /**
   * `namespace#`, built once per file: a shape id is then one concatenation (one cons string)
   * rather than two.
   */
  get idPrefix(): string {
    const namespace = this.namespace;
    if (this.prefixFor !== namespace) {
      this.prefixFor = namespace;
      this.prefix = `${namespace}#`;
    }
    return this.prefix;
  }
  private prefixFor = "";
  private prefix = "";

  /** Skips to the next token in column 1 that can start a statement (the reference's recovery). */
  private recover(e: unknown): void {
    if (!(e instanceof IdlSyntaxError)) throw e;
    const tok = this.tok;
    if (tok.type === Tok.EOF) throw e;
    this.file.events.push(syntaxErrorEvent(e));
    this.nesting = 0;
    this.pendingId = undefined;
    this.lists.drop(0);
    do {
      const t = tok.next();
      if ((t === Tok.IDENTIFIER || t === Tok.DOC_COMMENT || t === Tok.AT || t === Tok.DOLLAR) && this.atLineStart()) break;
    } while ((tok.type as Tok) !== Tok.EOF);
  }

  private atLineStart(): boolean {
    const s = this.tok.start;
    if (s === 0) return true;
    const c = this.tok.slice(s - 1, s);
    return c === "\n" || c === "\r";
  }

  private parseControlSection(): void {
    const tok = this.tok;
    const defined = new Set<string>();
    while (tok.type === Tok.DOLLAR) {
      try {
        tok.next();
        tok.expect(Tok.IDENTIFIER, Tok.STRING);
        const key = (tok.type as Tok) === Tok.STRING ? tok.stringValue : tok.lexeme();
        tok.next();
        tok.skipSpaces();
        tok.expect(Tok.COLON);
        tok.next();
        tok.skipSpaces();
        if (defined.has(key)) throw tok.syntax(`Duplicate control statement \`${key}\``);
        defined.add(key);
        const location = tok.location();
        const value = expectAndSkipNode(this);
        this.pendingId = undefined;
        if (key === "version") this.onVersion(value, location);
        else if (key === "operationInputSuffix" || key === "operationOutputSuffix") {
          if (typeof value !== "string") {
            throw new IdlSyntaxError(`Expected \`${key}\` to be a string; found ${JSON.stringify(value)}`, location);
          }
          if (key === "operationInputSuffix") this.inputSuffix = value;
          else this.outputSuffix = value;
        } else {
          this.file.events.push({
            id: "Model",
            severity: Severity.WARNING,
            message: `Unknown control statement \`${key}\` with value \`${JSON.stringify(value)}`,
            sourceLocation: location,
          });
        }
        tok.expectAndSkipBr();
      } catch (e) {
        this.recover(e);
      }
    }
  }

  private onVersion(value: unknown, location: SourceLocation): void {
    if (typeof value !== "string") {
      throw new IdlSyntaxError(
        `The $version control statement must have a string value, but found ${JSON.stringify(value)}`,
        location,
      );
    }
    if (value === "1" || value === "1.0") this.file.version = "1.0";
    else if (value === "2" || value === "2.0") this.file.version = "2.0";
    else throw this.tok.syntax(`Unsupported Smithy version number: ${value}`);
  }

  private parseMetadataSection(): void {
    const tok = this.tok;
    while (tok.isLexeme("metadata")) {
      try {
        tok.next();
        tok.expectAndSkipSpaces();
        tok.expect(Tok.IDENTIFIER, Tok.STRING);
        const key = tok.type === Tok.STRING ? tok.stringValue : tok.lexeme();
        tok.next();
        tok.skipSpaces();
        tok.expect(Tok.EQUAL);
        tok.next();
        tok.skipSpaces();
        const location = tok.location();
        const entry = { key, value: expectAndSkipNode(this), location };
        this.file.metadata.push(entry);
        bindPendingId(this, entry, "value");
        tok.expectAndSkipBr();
        tok.skipWsAndDocs();
      } catch (e) {
        this.recover(e);
      }
    }
  }

  private parseShapeSection(): void {
    const tok = this.tok;
    if (tok.isLexeme("namespace")) {
      tok.next();
      tok.expectAndSkipSpaces();
      this.file.namespace = expectNamespace(tok);
      tok.expectAndSkipBr();
      // Doc comments here are kept for the first shape unless a `use` statement clears them.
      const possibleDocOffset = tok.start;
      tok.skipWsAndDocs();
      this.parseUseSection();
      this.parseFirstShapeStatement(possibleDocOffset);
      this.parseSubsequentShapeStatements();
    } else if (tok.type !== Tok.EOF) {
      throw tok.syntax(`Expected a namespace definition but found ${tok.debug()}`);
    }
  }

  private parseUseSection(): void {
    const tok = this.tok;
    while (tok.type === Tok.IDENTIFIER && tok.isLexeme("use")) {
      tok.next();
      tok.expectAndSkipSpaces();
      const location = tok.location();
      const id = expectAbsoluteShapeId(tok);
      if (id.includes("$")) throw new IdlSyntaxError("Use statements cannot use members", location);
      const name = id.slice(id.indexOf("#") + 1);
      const previous = this.file.uses.get(name);
      if (previous !== undefined) {
        throw new IdlSyntaxError(`Cannot use name \`${id}\` because it conflicts with \`${previous}\``, location);
      }
      this.file.uses.set(name, id);
      this.file.useChecks.push({ id, location });
      tok.expectAndSkipBr();
      tok.skipWsAndDocs();
    }
  }

  private parseFirstShapeStatement(possibleDocOffset: number): void {
    const tok = this.tok;
    if (tok.type === Tok.EOF) return;
    try {
      tok.skipWsAndDocs();
      const docLines = tok.removePendingDocCommentLines();
      let traits = parseDocsAndTraitsBeforeShape(this, false);
      if (docLines !== undefined) {
        const doc = new IdlTraitApplication("", "smithy.api#documentation", docLines, "doc", this.file, possibleDocOffset);
        traits = [...traits, doc];
      }
      if (this.startsShape(traits, docLines !== undefined)) this.parseShapeOrApply(traits);
    } catch (e) {
      this.recover(e);
    }
  }

  private parseSubsequentShapeStatements(): void {
    const tok = this.tok;
    while (tok.type !== Tok.EOF) {
      try {
        const hasDocComment = tok.type === Tok.DOC_COMMENT;
        const traits = parseDocsAndTraitsBeforeShape(this, false);
        if (this.startsShape(traits, hasDocComment)) this.parseShapeOrApply(traits);
      } catch (e) {
        this.recover(e);
      }
    }
  }

  /** False at the end of the file, where a lone doc comment is only a warning. */
  private startsShape(traits: readonly ParsedTrait[], hasDocComment: boolean): boolean {
    if (this.tok.type !== Tok.EOF) return true;
    if (hasDocComment && traits.length === 1) {
      this.file.events.push(badDocCommentEvent(this.tok.location(), String(traits[0]!.value)));
      return false;
    }
    return hasDocComment || traits.length > 0;
  }

  private parseShapeOrApply(traits: readonly ParsedTrait[]): void {
    const tok = this.tok;
    const offset = tok.start;
    tok.expect(Tok.IDENTIFIER);
    const keyword = tok.lexeme();
    if (keyword === "apply") {
      this.parseApplyStatement(traits);
      return;
    }
    const type = SHAPE_TYPES.get(keyword);
    if (!type) throw tok.syntax(`Unknown shape type: ${keyword}`);
    tok.next();
    tok.expectAndSkipSpaces();
    const id = this.parseShapeName();
    const def = parseShapeBody(this, type, id, offset);
    this.addTraits(id, traits, def);
    tok.expectAndSkipBr();
  }

  private parseShapeName(): string {
    const tok = this.tok;
    tok.expect(Tok.IDENTIFIER);
    const name = tok.lexeme();
    const previous = this.file.uses.get(name);
    if (previous !== undefined) {
      throw new IdlSyntaxError(`Shape name \`${name}\` conflicts with imported shape \`${previous}\``, tok.location());
    }
    tok.next();
    return this.idPrefix + name;
  }

  private parseApplyStatement(traits: readonly ParsedTrait[]): void {
    const tok = this.tok;
    for (const trait of traits) if (trait.kind !== "doc") throw tok.syntax("Traits applied to apply statement");
    tok.next();
    tok.expectAndSkipWhitespace();
    const target = expectShapeId(tok);
    tok.expectAndSkipWhitespace();
    let toApply: ParsedTrait[];
    if (tok.expect(Tok.AT, Tok.LBRACE) === Tok.AT) {
      toApply = [expectAndSkipTrait(this)];
    } else {
      tok.next();
      tok.skipWsAndDocs();
      toApply = expectAndSkipTraits(this);
      tok.skipWsAndDocs();
      tok.expect(Tok.RBRACE);
      tok.next();
    }
    this.addTraits(target, toApply);
    tok.expectAndSkipBr();
  }

  /**
   * Records traits for a target: on its definition when there is one (shapes and members), in the
   * file's list otherwise (`apply`), where the assembler resolves the target.
   */
  addTraits(target: string, traits: readonly ParsedTrait[], owner?: { traits?: TraitApplication[] }): void {
    if (traits.length === 0) return;
    // Indexed: a for-of here allocated an iterator result per trait (the loop is not inlined).
    for (let i = 0; i < traits.length; i++) {
      const t = traits[i]!;
      t.target = target;
      if (t.pendingId) {
        this.pendingId = t.pendingId;
        t.pendingId = undefined;
        bindPendingId(this, t, "value");
      }
    }
    // Parsed trait lists are fresh arrays: a definition takes its list as is.
    if (!owner) this.file.traits.push(...traits);
    else if (!owner.traits) owner.traits = traits as ParsedTrait[];
    else owner.traits.push(...traits);
  }
}
