/**
 * Reading a parsed YAML manifest with located issues: every value is read at a path, and every
 * problem is reported at the line and column of the YAML node it concerns (yaml's LineCounter).
 * Strings may name environment variables: `${REDIS_URL}` or `${REDIS_URL:-redis://127.0.0.1:6379}`.
 */
import { type Document, isMap, isPair, isScalar, LineCounter } from "yaml";
import type { ManifestIssue, ManifestIssueCode } from "./manifest-types";

export type Path = readonly (string | number)[];
type Json = unknown;

export class ManifestReader {
  readonly issues: ManifestIssue[] = [];

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  report(
    severity: ManifestIssue["severity"],
    code: ManifestIssueCode,
    path: Path,
    message: string,
    atKey = false,
  ): void {
    const { line, col } = this.lines.linePos(this.offsetOf(path, atKey));
    const pointer = path.length === 0 ? "" : `/${path.join("/")}`;
    this.issues.push({ severity, code, path: pointer, line, column: col, message });
  }

  error(code: ManifestIssueCode, path: Path, message: string, atKey = false): void {
    this.report("error", code, path, message, atKey);
  }

  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === "error");
  }

  /** Reports keys of `value` that are not in `known`, at the key itself. */
  onlyKeys(value: Record<string, Json>, path: Path, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        this.error(
          "UNKNOWN_KEY",
          [...path, key],
          `unknown key "${key}" (expected one of: ${known.join(", ")})`,
          true,
        );
      }
    }
  }

  object(value: Json, path: Path, what: string): Record<string, Json> | undefined {
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      return value as Record<string, Json>;
    this.error(value === undefined ? "REQUIRED" : "TYPE", path, `${what} must be a mapping`);
    return undefined;
  }

  list(value: Json, path: Path, what: string): Json[] | undefined {
    if (Array.isArray(value)) return value;
    this.error(value === undefined ? "REQUIRED" : "TYPE", path, `${what} must be a list`);
    return undefined;
  }

  /** A string (after ${VAR} expansion); checks `pattern` when given, naming `format` in the message. */
  string(
    value: Json,
    path: Path,
    what: string,
    format?: { pattern: RegExp; describe: string },
  ): string | undefined {
    if (typeof value !== "string") {
      this.error(
        value === undefined ? "REQUIRED" : "TYPE",
        path,
        `${what} must be a string${value === undefined ? "" : `, got ${JSON.stringify(value)}`}`,
      );
      return undefined;
    }
    const expanded = this.expand(value, path);
    if (expanded === undefined) return undefined;
    if (format && !format.pattern.test(expanded)) {
      this.error("FORMAT", path, `${what} ${JSON.stringify(expanded)} must be ${format.describe}`);
      return undefined;
    }
    return expanded;
  }

  oneOf<T extends string>(
    value: Json,
    path: Path,
    what: string,
    allowed: readonly T[],
  ): T | undefined {
    const text = this.string(value, path, what);
    if (text === undefined) return undefined;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    this.error(
      "ENUM",
      path,
      `${what} must be one of ${allowed.join(", ")}, got ${JSON.stringify(text)}`,
    );
    return undefined;
  }

  /** A TCP port: an integer 1..65535, or a string such as "${PORT}" that expands to one. */
  port(value: Json, path: Path, what: string): number | undefined {
    const text = typeof value === "string" ? this.expand(value, path) : value;
    if (text === undefined && typeof value === "string") return undefined;
    const port = typeof text === "string" && /^\d+$/.test(text) ? Number(text) : text;
    if (typeof port !== "number" || !Number.isInteger(port)) {
      this.error(
        value === undefined ? "REQUIRED" : "TYPE",
        path,
        `${what} must be an integer port number`,
      );
      return undefined;
    }
    if (port < 1 || port > 65535) {
      this.error("RANGE", path, `${what} must be in 1..65535, got ${port}`);
      return undefined;
    }
    return port;
  }

  private expand(text: string, path: Path): string | undefined {
    let missing: string | undefined;
    const expanded = text.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
      (_, name: string, fallback?: string) => {
        const value = this.env[name];
        if (value !== undefined && value !== "") return value;
        if (fallback !== undefined) return fallback;
        missing ??= name;
        return "";
      },
    );
    if (missing === undefined) return expanded;
    this.error(
      "ENV",
      path,
      `environment variable ${missing} is not set (write \${${missing}:-default} for a default)`,
    );
    return undefined;
  }

  /** The source offset of the node at `path`, or of its nearest existing ancestor. */
  private offsetOf(path: Path, atKey: boolean): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      if (atKey && depth === path.length && depth > 0) {
        const parent =
          prefix.length === 1 ? this.doc.contents : this.doc.getIn(prefix.slice(0, -1), true);
        if (isMap(parent)) {
          const pair = parent.items.find(
            (p) => isPair(p) && isScalar(p.key) && p.key.value === prefix[prefix.length - 1],
          );
          const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
          if (range) return range[0];
        }
      }
      const node = depth === 0 ? this.doc.contents : this.doc.getIn(prefix, true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return range[0];
    }
    return 0;
  }
}

export { LineCounter };
