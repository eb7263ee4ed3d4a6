import type { SourceLocation } from "../model/source-location";

/**
 * Turns character offsets into 1-based line and column numbers, only when a location is needed
 * (as acorn's getLineInfo does). A line ends at `\n`, `\r\n` or a lone `\r`; columns count
 * UTF-16 code units, as the reference's parser does.
 *
 * The parser asks for locations in increasing order: a cursor that moves forward from newline to
 * newline (indexOf) answers those without a table of line starts, which would cost an array per
 * file for the parse's duration. The table is built only for an offset behind the cursor (lazy
 * trait locations asked by events) or for text with carriage returns.
 */
export class SourceText {
  private lineStarts: number[] | undefined;
  private lastLine = 0;
  /** Forward cursor: the line (0-based) and start of the line that holds the last offset asked. */
  private cursorLine = 0;
  private cursorLineStart = 0;
  /** The first `\n` at or after cursorLineStart, or -1; -2 when the cursor cannot be used. */
  private cursorNextNewline: number;

  constructor(
    readonly filename: string,
    readonly text: string,
  ) {
    this.cursorNextNewline = text.indexOf("\r") >= 0 ? -2 : text.indexOf("\n");
  }

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf("\n");
    let r = text.indexOf("\r");
    // Fast path: no carriage returns at all.
    if (r < 0) {
      while (i >= 0) {
        starts.push(i + 1);
        i = text.indexOf("\n", i + 1);
      }
    } else {
      for (let p = 0; p < text.length; p++) {
        const c = text.charCodeAt(p);
        if (c === 10) starts.push(p + 1);
        else if (c === 13 && text.charCodeAt(p + 1) !== 10) starts.push(p + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }

  /** Zero-based line index of an offset (binary search, with a cursor for sequential lookups). */
  lineIndex(offset: number): number {
    const starts = this.starts();
    let lo = this.lastLine;
    if (starts[lo]! <= offset && (lo + 1 >= starts.length || starts[lo + 1]! > offset)) return lo;
    lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  location(offset: number): SourceLocation {
    let next = this.cursorNextNewline;
    if (next !== -2 && offset >= this.cursorLineStart) {
      const text = this.text;
      let line = this.cursorLine;
      let lineStart = this.cursorLineStart;
      while (next >= 0 && next < offset) {
        line++;
        lineStart = next + 1;
        next = text.indexOf("\n", lineStart);
      }
      this.cursorLine = line;
      this.cursorLineStart = lineStart;
      this.cursorNextNewline = next;
      return { filename: this.filename, line: line + 1, column: offset - lineStart + 1 };
    }
    const line = this.lineIndex(offset);
    return { filename: this.filename, line: line + 1, column: offset - this.starts()[line]! + 1 };
  }

  lineColumn(offset: number): string {
    const loc = this.location(offset);
    return `line ${loc.line}, column ${loc.column}`;
  }
}

/** A location, or the one an offset in `source` stands for (built members and shapes keep offsets). */
export function locationFrom(
  source: SourceText | undefined,
  at: number | SourceLocation,
): SourceLocation {
  return typeof at === "number" ? source!.location(at) : at;
}
