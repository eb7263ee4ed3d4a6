/**
 * Routes a request to an operation by method, path and literal query constraints.
 * A path that matches some operation under another method answers 405 (with `Allow`); a path
 * that matches nothing answers 404.
 */
import type { QueryParameterBag } from "@smithy/types";
import type { RestOperation } from "./schema";
import { matchSegments, parseUriPattern, splitPath, type UriPattern } from "./uri-pattern";

interface Route {
  readonly operation: RestOperation;
  readonly pattern: UriPattern;
}

export type RouteResult =
  | { kind: "found"; operation: RestOperation; labels: Record<string, string> }
  | { kind: "notFound" }
  | { kind: "methodNotAllowed"; allow: string[] };

const NO_LABELS: Record<string, string> = Object.freeze({}) as Record<string, string>;

export class Router {
  private readonly routes: Route[];
  /** `METHOD /literal/path` → operation, for patterns without labels or query constraints. */
  private readonly literal = new Map<string, RouteResult>();

  /** `basePath` (e.g. `/tmf-api/troubleTicket/v5`) is stripped before matching. */
  constructor(
    operations: readonly RestOperation[],
    private readonly basePath = "",
  ) {
    this.routes = operations.map((operation) => ({ operation, pattern: parseUriPattern(operation.uri) }));
    // Most specific first: more literal segments, then no greedy label, then more query constraints.
    this.routes.sort(
      (a, b) =>
        b.pattern.literalCount - a.pattern.literalCount ||
        greedyCount(a.pattern) - greedyCount(b.pattern) ||
        b.pattern.segments.length - a.pattern.segments.length ||
        b.pattern.query.length - a.pattern.query.length,
    );
    // A path that some route also serves under query constraints must go through the full match.
    const literalKey = (route: Route) =>
      `${route.operation.httpMethod} /${route.pattern.segments.map((s) => (s.kind === "literal" ? s.value : "")).join("/")}`;
    const allLiteral = (route: Route) => route.pattern.segments.every((s) => s.kind === "literal");
    const constrained = new Set(this.routes.filter((r) => allLiteral(r) && r.pattern.query.length > 0).map(literalKey));
    for (const route of this.routes) {
      if (route.pattern.query.length > 0 || !allLiteral(route)) continue;
      const key = literalKey(route);
      // One shared result per literal route: callers only read it (no labels to fill).
      if (!constrained.has(key) && !this.literal.has(key)) this.literal.set(key, Object.freeze({ kind: "found", operation: route.operation, labels: NO_LABELS }));
    }
  }

  route(method: string, path: string, query: QueryParameterBag): RouteResult {
    // Fast path: a literal route wins over any label route of the same path (it is more specific).
    if (!this.basePath && !path.includes("%")) {
      const found = this.literal.get(`${method.toUpperCase()} ${path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path}`);
      if (found) return found;
    }
    const relative = this.relativePath(path);
    if (relative === undefined) return { kind: "notFound" };
    const raw = splitPath(relative);
    const allow = new Set<string>();
    for (const route of this.routes) {
      const labels = matchSegments(route.pattern, raw);
      if (!labels || !queryMatches(route.pattern, query)) continue;
      if (route.operation.httpMethod === method.toUpperCase()) {
        return { kind: "found", operation: route.operation, labels };
      }
      allow.add(route.operation.httpMethod);
    }
    if (allow.size > 0) return { kind: "methodNotAllowed", allow: [...allow].sort() };
    return { kind: "notFound" };
  }

  private relativePath(path: string): string | undefined {
    const clean = path.split("#")[0]!;
    if (!this.basePath) return clean;
    if (clean === this.basePath || clean === this.basePath + "/") return "/";
    if (!clean.startsWith(this.basePath + "/")) return undefined;
    return clean.slice(this.basePath.length);
  }
}

function greedyCount(pattern: UriPattern): number {
  return pattern.segments.some((s) => s.kind === "greedy") ? 1 : 0;
}

function queryMatches(pattern: UriPattern, query: QueryParameterBag): boolean {
  for (const { key, value } of pattern.query) {
    if (!Object.prototype.hasOwnProperty.call(query, key)) return false;
    if (value === undefined) continue;
    const actual = query[key];
    const values = Array.isArray(actual) ? actual : [actual];
    if (!values.includes(value)) return false;
  }
  return true;
}
