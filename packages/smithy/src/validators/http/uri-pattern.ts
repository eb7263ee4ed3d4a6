/**
 * The `uri` of an `@http` trait: `/path/{label}/{greedy+}?literal=value`.
 * https://smithy.io/2.0/spec/http-bindings.html#uri
 */
export interface UriSegment {
  readonly content: string;
  readonly label: boolean;
  readonly greedy: boolean;
}

export interface UriPattern {
  readonly text: string;
  readonly segments: readonly UriSegment[];
  readonly queryLiterals: ReadonlyMap<string, string>;
}

/** Parses a URI pattern; returns an error message instead when it is malformed. */
export function parseUriPattern(uri: string): UriPattern | string {
  if (uri.endsWith("?")) return `URI patterns must not end with '?'. Found ${uri}`;
  if (!uri.startsWith("/")) return `URI pattern must start with '/'. Found ${uri}`;
  if (uri.includes("#")) return `URI pattern must not contain a fragment. Found ${uri}`;
  const q = uri.indexOf("?");
  const path = q < 0 ? uri : uri.slice(0, q);
  const segments: UriSegment[] = path
    .split("/")
    .slice(1)
    .map((raw) => {
      if (raw.startsWith("{") && raw.endsWith("}")) {
        const inner = raw.slice(1, -1);
        const greedy = inner.endsWith("+");
        return { content: greedy ? inner.slice(0, -1) : inner, label: true, greedy };
      }
      return { content: raw, label: false, greedy: false };
    });
  const queryLiterals = new Map<string, string>();
  if (q >= 0) {
    const query = uri.slice(q + 1);
    if (query.includes("{") || query.includes("}"))
      return `URI labels must not appear in the query string. Found ${uri}`;
    for (const pair of query.split("&")) {
      const eq = pair.indexOf("=");
      const key = eq < 0 ? pair : pair.slice(0, eq);
      if (queryLiterals.has(key)) return `Literal query parameters must not be repeated: ${uri}`;
      queryLiterals.set(key, eq < 0 ? "" : pair.slice(eq + 1));
    }
  }
  return { text: uri, segments, queryLiterals };
}

export function labelNamed(pattern: UriPattern, name: string): UriSegment | undefined {
  return pattern.segments.find((s) => s.label && s.content === name);
}

/** Two patterns conflict when every segment is equivalent and the query literals are equal. */
export function urisConflict(a: UriPattern, b: UriPattern): boolean {
  if (a.segments.length !== b.segments.length) return false;
  for (let i = 0; i < a.segments.length; i++) {
    const x = a.segments[i]!;
    const y = b.segments[i]!;
    if (x.label && y.label && x.greedy === y.greedy) continue;
    if (!x.label && !y.label && x.content === y.content) continue;
    return false;
  }
  if (a.queryLiterals.size !== b.queryLiterals.size) return false;
  for (const [k, v] of a.queryLiterals) if (b.queryLiterals.get(k) !== v) return false;
  return true;
}

/** Segment pairs where one side is a label and the other a literal (or greedy differs). */
export function conflictingLabelSegments(
  a: { readonly segments: readonly UriSegment[] },
  b: { readonly segments: readonly UriSegment[] },
): [UriSegment, UriSegment][] {
  const out: [UriSegment, UriSegment][] = [];
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i]!;
    const y = b.segments[i]!;
    if (x.label !== y.label) out.push([x, y]);
    else if (x.greedy !== y.greedy) out.push([x, y]);
    else if (!x.label && x.content !== y.content) return out;
  }
  return out;
}
