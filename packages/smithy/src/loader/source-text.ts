import type { SourceLocation } from "../model/source-location";

/**
 * Turns character offsets into 1-based line and column numbers, only when a location is needed
 * (as acorn's getLineInfo does). A line ends at `\n`, `\r\n` or a lone `\r`; columns count
 * UTF-16 code units, as the reference's parser does.
 */
export class SourceText {
  private lineStarts: number[] | undefined;
  private lastLine = 0;

  constructor(
    readonly filename: string,
    readonly text: string,
  ) {}

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
    const line = this.lineIndex(offset);
    return { filename: this.filename, line: line + 1, column: offset - this.starts()[line]! + 1 };
  }

  lineColumn(offset: number): string {
    const loc = this.location(offset);
    return `line ${loc.line}, column ${loc.column}`;
  }
}
