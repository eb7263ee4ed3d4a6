/** Why generation failed, as data: the CLI prints `diagnostics` one per line. */
export interface CodegenDiagnostic {
  /** Generated file (relative, posix) or the shape id the problem concerns. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly shapeId?: string;
  readonly message: string;
}

export class CodegenError extends Error {
  override readonly name = "CodegenError";
  constructor(
    message: string,
    readonly diagnostics: readonly CodegenDiagnostic[] = [],
  ) {
    super(diagnostics.length === 0 ? message : `${message}\n${summary(diagnostics)}`);
  }
}

export function formatDiagnostic(d: CodegenDiagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ""}: ` : d.shapeId ? `${d.shapeId}: ` : "";
  return `${where}${d.message}`;
}

/** The first diagnostics, one per line; the full list stays in `diagnostics`. */
function summary(diagnostics: readonly CodegenDiagnostic[], limit = 20): string {
  const lines = diagnostics.slice(0, limit).map(formatDiagnostic);
  if (diagnostics.length > limit) lines.push(`… and ${diagnostics.length - limit} more`);
  return lines.join("\n");
}
