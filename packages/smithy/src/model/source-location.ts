/** Where a shape, member, trait or event comes from. Lines and columns are 1-based. */
export interface SourceLocation {
  readonly filename: string;
  readonly line: number;
  readonly column: number;
}

export const NO_LOCATION: SourceLocation = Object.freeze({ filename: "", line: 0, column: 0 });

export function formatLocation(loc: SourceLocation): string {
  return loc.filename ? `${loc.filename}:${loc.line}:${loc.column}` : "-";
}
