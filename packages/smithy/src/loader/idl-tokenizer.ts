import type { SourceLocation } from "../model/source-location";
import { decodeStringContents, StringLexError } from "./idl-strings";
import { isWhitespace, Tok as TokKinds, tokenDebug } from "./idl-token";
import type { SourceText } from "./source-text";

// A module-local alias: reads of an imported binding can cost a getter call per access.
const Tok = TokKinds;
type Tok = TokKinds;

/** A syntax error: the message already carries "Syntax error at line L, column C: ...". */
export class IdlSyntaxError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation,
    readonly shapeId?: string,
  ) {
    super(message);
  }
}

const C_SPACE = 32, C_TAB = 9, C_LF = 10, C_CR = 13, C_QUOTE = 34;

/** Identifier characters: `A-Z a-z 0-9 _`. */
const IDENT = new Uint8Array(128);
for (let c = 48; c <= 57; c++) IDENT[c] = 2;
for (let c = 65; c <= 90; c++) IDENT[c] = 1;
for (let c = 97; c <= 122; c++) IDENT[c] = 1;
IDENT[95] = 1;

/**
 * A charCode-based tokenizer over offsets; line and column are computed only for errors and
 * locations. Like the reference, it buffers `///` lines so that the parser can attach them to the
 * next shape or report them as dangling.
 */
export class IdlTokenizer {
  type: Tok = Tok.EOF;
  start = 0;
  end = 0;
  /** Decoded value of STRING and TEXT_BLOCK tokens. */
  stringValue = "";
  numberValue = 0;
  numberIsFloat = false;
  error = "";
  private pos = 0;
  private readonly text: string;
  /** `///` lines pending, the first docLineCount of them (the array is reused, not reallocated). */
  private readonly docLines: string[] = [];
  private docLineCount = 0;

  constructor(
    readonly source: SourceText,
    private readonly onBadDocComment: (location: SourceLocation, comments: string) => void,
  ) {
    this.text = source.text;
    this.next();
  }

  lexeme(): string {
    return this.text.slice(this.start, this.end);
  }

  isLexeme(word: string): boolean {
    return this.type === Tok.IDENTIFIER && this.end - this.start === word.length && this.text.startsWith(word, this.start);
  }

  location(): SourceLocation {
    return this.source.location(this.start);
  }

  syntax(message: string, shapeId?: string, offset = this.start): IdlSyntaxError {
    const loc = this.source.location(offset);
    return new IdlSyntaxError(`Syntax error at line ${loc.line}, column ${loc.column}: ${message}`, loc, shapeId);
  }

  debug(): string {
    return tokenDebug(this.type, this.lexeme());
  }

  next(): Tok {
    const text = this.text;
    const pos = this.pos;
    this.start = pos;
    if (pos >= text.length) {
      this.end = pos;
      return (this.type = Tok.EOF);
    }
    const c = text.charCodeAt(pos);
    if (c < 128 && IDENT[c] === 1) return this.identifier(pos);
    switch (c) {
      case C_SPACE:
      case C_TAB: {
        let p = pos + 1;
        for (let d = text.charCodeAt(p); d === C_SPACE || d === C_TAB; d = text.charCodeAt(++p));
        return this.finish(Tok.SPACE, p);
      }
      case C_LF:
        return this.finish(Tok.NEWLINE, pos + 1);
      case C_CR:
        return this.finish(Tok.NEWLINE, text.charCodeAt(pos + 1) === C_LF ? pos + 2 : pos + 1);
      case 44: return this.finish(Tok.COMMA, pos + 1);
      case 64: return this.finish(Tok.AT, pos + 1);
      case 36: return this.finish(Tok.DOLLAR, pos + 1);
      case 46: return this.finish(Tok.DOT, pos + 1);
      case 123: return this.finish(Tok.LBRACE, pos + 1);
      case 125: return this.finish(Tok.RBRACE, pos + 1);
      case 91: return this.finish(Tok.LBRACKET, pos + 1);
      case 93: return this.finish(Tok.RBRACKET, pos + 1);
      case 40: return this.finish(Tok.LPAREN, pos + 1);
      case 41: return this.finish(Tok.RPAREN, pos + 1);
      case 35: return this.finish(Tok.POUND, pos + 1);
      case 61: return this.finish(Tok.EQUAL, pos + 1);
      case 58:
        return text.charCodeAt(pos + 1) === 61 ? this.finish(Tok.WALRUS, pos + 2) : this.finish(Tok.COLON, pos + 1);
      case C_QUOTE:
        return this.quoted(pos);
      case 47:
        return this.comment(pos);
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.number(pos);
        return this.fail(`Unexpected character: '${String.fromCharCode(c)}'`, pos + 1);
    }
  }

  private finish(type: Tok, end: number): Tok {
    this.pos = this.end = end;
    return (this.type = type);
  }

  private fail(message: string, end: number): Tok {
    this.error = message;
    return this.finish(Tok.ERROR, end);
  }

  private identifier(pos: number): Tok {
    const text = this.text;
    let p = pos;
    if (text.charCodeAt(p) === 95) {
      while (text.charCodeAt(p) === 95) p++;
      const c = text.charCodeAt(p);
      if (!(c < 128 && IDENT[c])) {
        const found = p < text.length ? text[p] : "[EOF]";
        const at = this.source.lineColumn(p);
        return this.fail(`Syntax error at ${at}: Expected a valid identifier character, but found '${found}'`, p);
      }
    }
    p++;
    for (let c = text.charCodeAt(p); c < 128 && IDENT[c]! > 0; c = text.charCodeAt(++p));
    return this.finish(Tok.IDENTIFIER, p);
  }

  private comment(pos: number): Tok {
    const text = this.text;
    if (text.charCodeAt(pos + 1) !== 47) return this.fail("Expected a '/' to follow '/' to form a comment.", pos + 1);
    const doc = text.charCodeAt(pos + 2) === 47;
    let p = pos + 2;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === C_LF || c === C_CR) break;
      p++;
    }
    const lineEnd = p;
    if (text.charCodeAt(p) === C_CR) p++;
    if (text.charCodeAt(p) === C_LF && text.charCodeAt(p - 1) !== C_LF) p++;
    if (doc) {
      // "/// text": one leading space is not part of the documentation.
      let docStart = pos + 3;
      if (docStart < lineEnd && text.charCodeAt(docStart) === C_SPACE) docStart++;
      this.docLines[this.docLineCount++] = text.slice(Math.min(docStart, lineEnd), lineEnd);
    }
    return this.finish(doc ? Tok.DOC_COMMENT : Tok.COMMENT, p);
  }

  private number(pos: number): Tok {
    const text = this.text;
    let p = pos;
    let isFloat = false;
    if (text.charCodeAt(p) === 45) {
      p++;
      if (!isDigit(text.charCodeAt(p))) return this.invalidNumber(pos, p, "'-' must be followed by a digit");
    }
    while (isDigit(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === 46) {
      p++;
      isFloat = true;
      const digits = p;
      while (isDigit(text.charCodeAt(p))) p++;
      if (p === digits) return this.invalidNumber(pos, p, "'.' must be followed by a digit");
    }
    const e = text.charCodeAt(p);
    if (e === 101 || e === 69) {
      p++;
      isFloat = true;
      const s = text.charCodeAt(p);
      if (s === 43 || s === 45) p++;
      const digits = p;
      while (isDigit(text.charCodeAt(p))) p++;
      if (p === digits) return this.invalidNumber(pos, p, "'e', '+', and '-' must be followed by a digit");
    }
    this.numberValue = Number(text.slice(pos, p));
    this.numberIsFloat = isFloat;
    return this.finish(Tok.NUMBER, p);
  }

  private invalidNumber(start: number, end: number, why: string): Tok {
    return this.fail(`Invalid number '${this.text.slice(start, end)}': ${why}`, end);
  }

  private quoted(pos: number): Tok {
    const text = this.text;
    if (text.charCodeAt(pos + 1) === C_QUOTE) {
      if (text.charCodeAt(pos + 2) !== C_QUOTE) {
        this.stringValue = "";
        return this.finish(Tok.STRING, pos + 2);
      }
      return this.scanQuoted(pos + 3, true);
    }
    return this.scanQuoted(pos + 1, false);
  }

  private scanQuoted(contentStart: number, triple: boolean): Tok {
    const text = this.text;
    let p = contentStart;
    const n = text.length;
    for (;;) {
      const q = text.indexOf('"', p);
      const b = text.indexOf("\\", p);
      if (b >= 0 && (q < 0 || b < q)) {
        p = b + 2;
        continue;
      }
      if (q < 0) {
        p = n;
        break;
      }
      if (!triple || (text.charCodeAt(q + 1) === C_QUOTE && text.charCodeAt(q + 2) === C_QUOTE)) {
        p = q;
        break;
      }
      p = q + 1;
    }
    const what = triple ? "Error parsing text block: " : "Error parsing quoted string: ";
    if (p >= n) {
      const at = this.source.lineColumn(n);
      return this.fail(`${what}Syntax error at ${at}: Expected: '"', but found '[EOF]'`, n);
    }
    const end = triple ? p + 3 : p + 1;
    try {
      this.stringValue = decodeStringContents(text.slice(contentStart, p), triple);
    } catch (e) {
      if (e instanceof StringLexError) return this.fail(what + e.message, end);
      throw e;
    }
    return this.finish(triple ? Tok.TEXT_BLOCK : Tok.STRING, end);
  }

  // ---- helpers shared by the parsers (names follow the reference's IdlInternalTokenizer) ----

  /**
   * Throws unless the current token is one of the given types; returns the current type. Fixed
   * parameters instead of a rest array: this runs for nearly every token.
   */
  expect(a: Tok, b: Tok = a, c: Tok = a, d: Tok = a, e: Tok = a, f: Tok = a): Tok {
    const t = this.type;
    if (t === a || t === b || t === c || t === d || t === e || t === f) return t;
    const types = [a, b, c, d, e, f].filter((x, i, all) => all.indexOf(x) === i);
    throw this.syntax(this.expectMessage(types));
  }

  expectMessage(types: readonly Tok[]): string {
    if (this.type === Tok.ERROR) return this.error;
    if (types.length === 1) return `Expected ${tokenDebug(types[0]!)} but found ${this.debug()}`;
    return `Expected one of ${types.map((t) => tokenDebug(t)).join(", ")}; but found ${this.debug()}`;
  }

  skipSpaces(): void {
    while (this.type === Tok.SPACE) this.next();
  }

  skipOptionalComma(): void {
    if (this.type === Tok.COMMA) this.next();
  }

  skipWs(): void {
    while (this.type <= Tok.COMMENT) this.next();
  }

  skipWsAndDocs(): void {
    while (this.type <= Tok.DOC_COMMENT) this.next();
  }

  expectAndSkipSpaces(): void {
    this.expect(Tok.SPACE);
    this.skipSpaces();
  }

  expectAndSkipWhitespace(): void {
    if (!isWhitespace(this.type)) {
      throw this.syntax(`Expected one or more whitespace characters, but found ${this.debug()}`);
    }
    this.skipWsAndDocs();
  }

  /** A line break: a newline, a comment (which ends in one) or the end of the file. */
  expectAndSkipBr(): void {
    this.skipSpaces();
    this.clearDocCommentLinesForBr();
    const t = this.type;
    if (t === Tok.NEWLINE || t === Tok.COMMENT || t === Tok.DOC_COMMENT) {
      this.next();
      this.skipWs();
    } else if (t !== Tok.EOF) {
      throw this.syntax(`Expected a line break, but found ${this.debug()}`);
    }
  }

  clearDocCommentLinesForBr(): void {
    if (this.docLineCount > 0) this.onBadDocComment(this.location(), this.removePendingDocCommentLines()!);
  }

  removePendingDocCommentLines(): string | undefined {
    const count = this.docLineCount;
    if (count === 0) return undefined;
    this.docLineCount = 0;
    if (count === 1) return this.docLines[0]!;
    const result = this.docLines.slice(0, count).join("\n");
    return result;
  }

  /** The tokenizer's raw text between two offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /**
   * The same, one string per distinct text in the file: shape ids and names recur (`String`,
   * `required`), and each copy would live as long as the model. Later lookups also find the
   * string's hash already computed.
   */
  internedSlice(start: number, end: number): string {
    const text = this.text.slice(start, end);
    const known = this.interned.get(text);
    if (known !== undefined) return known;
    this.interned.set(text, text);
    return text;
  }
  private readonly interned = new Map<string, string>();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
