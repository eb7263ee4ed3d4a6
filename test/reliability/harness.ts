/**
 * The reliability runner's bookkeeping: named checks that pass or fail with a detail line, figures
 * for docs/RELIABILITY.md, a per-input watchdog for async work, and the leak check every error
 * response goes through (no stack trace, file path or internal message reaches a client).
 */

export interface Profile {
  readonly full: boolean;
  /** Scales input counts: 1 in the full profile. */
  readonly scale: number;
}

export interface CheckResult {
  readonly section: string;
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** One row of a Markdown table in docs/RELIABILITY.md. */
export type Row = readonly (string | number)[];

export interface Table {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: Row[];
}

export class Report {
  readonly results: CheckResult[] = [];
  readonly figures: Array<{ section: string; name: string; value: string }> = [];
  readonly tables: Table[] = [];
  private section = "";

  begin(section: string): void {
    this.section = section;
    console.log(`\n## ${section}`);
  }

  check(name: string, ok: boolean, detail = ""): boolean {
    this.results.push({ section: this.section, name, ok, detail });
    console.log(`${ok ? "  ✓" : "  ✗"} ${name}${detail ? ` — ${detail}` : ""}`);
    return ok;
  }

  /** Runs `body`; a throw is a failed check with the error's message. */
  async attempt(name: string, body: () => Promise<string | void>): Promise<boolean> {
    try {
      const detail = await body();
      return this.check(name, true, detail ?? "");
    } catch (error) {
      // fast-check puts the property's own error in `cause`.
      const cause =
        error instanceof Error && error.cause instanceof Error
          ? `\n    cause: ${error.cause.message}`
          : "";
      return this.check(
        name,
        false,
        (error instanceof Error ? error.message.split("\n").slice(0, 3).join(" ") : String(error)) +
          cause,
      );
    }
  }

  figure(name: string, value: string | number): void {
    this.figures.push({ section: this.section, name, value: String(value) });
  }

  table(title: string, header: readonly string[]): Table {
    const table: Table = { title, header, rows: [] };
    this.tables.push(table);
    return table;
  }

  get passed(): number {
    return this.results.filter((r) => r.ok).length;
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }
}

/** Fails (rejects) when `work` takes longer than `ms`: one input's watchdog. */
export function watchdog<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What an error body must never contain: stack frames, source paths, Node error names or codes
 * that reveal internals. Returns the first offending fragment, or undefined.
 */
const LEAKS: ReadonlyArray<[RegExp, string]> = [
  [/\bat [\w$.<>]+ \(/, "stack frame"],
  [/\n\s+at /, "stack frame"],
  [/(?:\/|\\)(?:work|home|root|tmp|usr|node_modules|packages|src)(?:\/|\\)/, "file path"],
  [/\.(?:ts|js|mjs|cjs):\d+/, "source location"],
  [
    /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|StoreError|ReplyError)\b/,
    "internal error name",
  ],
  [/\b(?:ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)\b/, "system error code"],
  [/Cannot read propert|is not a function|undefined is not/, "internal message"],
];

export function leakIn(body: string): string | undefined {
  for (const [pattern, what] of LEAKS) {
    const match = pattern.exec(body);
    if (match) return `${what}: ${JSON.stringify(match[0])}`;
  }
  return undefined;
}

/** Collects every error body the suites see, for section 7. */
export class LeakAudit {
  seen = 0;
  readonly leaks: string[] = [];

  inspect(origin: string, status: number, body: string): void {
    if (status < 400) return;
    this.seen++;
    const leak = leakIn(body);
    if (leak && this.leaks.length < 20)
      this.leaks.push(`${origin}: ${leak} in ${body.slice(0, 160)}`);
  }
}

/** Resident set and heap after two forced collections (run node with --expose-gc). */
export function memoryAfterGc(): { rss: number; heapUsed: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

export const MiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
