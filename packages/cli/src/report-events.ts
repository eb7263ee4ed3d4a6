/**
 * Prints validation events as `path:line:col: SEVERITY [Id] message` followed by a code frame,
 * the way compilers do, so editors and CI annotate the exact character.
 */
import { codeFrameColumns } from "@babel/code-frame";
import * as fs from "node:fs";
import * as path from "node:path";
import { isFailure, type ValidationEvent } from "@oda-codegen/smithy";

export interface EventReportOptions {
  /** Show SUPPRESSED and NOTE events too. */
  verbose?: boolean;
  /** Paths are shown relative to this directory. */
  cwd?: string;
  color?: boolean;
}

export function formatEvent(event: ValidationEvent, options: EventReportOptions = {}, sources = new SourceCache()): string {
  const loc = event.sourceLocation;
  const where = loc.filename
    ? `${path.relative(options.cwd ?? process.cwd(), loc.filename) || loc.filename}:${loc.line}:${loc.column}`
    : "-";
  const shape = event.shapeId ? ` (${event.shapeId})` : "";
  const reason = event.suppressionReason ? ` (suppressed: ${event.suppressionReason})` : "";
  let text = `${where}: ${event.severity} [${event.id}] ${event.message}${shape}${reason}`;
  const source = loc.filename && loc.line > 0 ? sources.read(loc.filename) : undefined;
  if (source !== undefined && lineLength(source, loc.line) <= MAX_FRAME_LINE) {
    text += `\n${codeFrameColumns(source, { start: { line: loc.line, column: loc.column } }, { highlightCode: options.color ?? false, linesAbove: 1, linesBelow: 1 })}`;
  }
  return text;
}

/** A frame of a minified or generated line would drown the message. */
const MAX_FRAME_LINE = 400;

function lineLength(source: string, line: number): number {
  let start = 0;
  for (let i = 1; i < line; i++) {
    start = source.indexOf("\n", start) + 1;
    if (start === 0) return 0;
  }
  const end = source.indexOf("\n", start);
  return (end < 0 ? source.length : end) - start;
}

/** The events worth showing, formatted, plus a closing count line. */
export function formatEventReport(events: readonly ValidationEvent[], options: EventReportOptions = {}): string {
  const sources = new SourceCache();
  const shown = events.filter((e) => options.verbose || (e.severity !== "SUPPRESSED" && e.severity !== "NOTE"));
  const lines = shown.map((e) => formatEvent(e, options, sources));
  const failures = events.filter(isFailure).length;
  const warnings = events.filter((e) => e.severity === "WARNING").length;
  lines.push(`${failures} error(s), ${warnings} warning(s)`);
  return lines.join("\n");
}

/** Reads each source file once; a file that cannot be read (or is huge) gets no frame. */
export class SourceCache {
  private readonly files = new Map<string, string | undefined>();
  read(filename: string): string | undefined {
    if (!this.files.has(filename)) {
      let text: string | undefined;
      try {
        const stat = fs.statSync(filename);
        text = stat.size <= 8 * 2 ** 20 ? fs.readFileSync(filename, "utf8") : undefined;
      } catch {
        text = undefined;
      }
      this.files.set(filename, text);
    }
    return this.files.get(filename);
  }
}
