/**
 * `@http` URI patterns: literal segments, `{label}` segments, at most one trailing `{greedy+}`
 * label, and an optional literal query part (`?x-id=Foo&flag`) that requests must carry.
 * https://smithy.io/2.0/spec/http-bindings.html#uri
 */
export type UriSegment =
  | { kind: "literal"; value: string }
  | { kind: "label"; name: string }
  | { kind: "greedy"; name: string };

export interface UriPattern {
  readonly segments: readonly UriSegment[];
  /** Literal query constraints: key → required value ("" means only presence is required). */
  readonly query: ReadonlyArray<{ key: string; value?: string }>;
  /** Number of literal segments: more specific patterns win ties. */
  readonly literalCount: number;
}

export function parseUriPattern(uri: string): UriPattern {
  const q = uri.indexOf("?");
  const path = q < 0 ? uri : uri.slice(0, q);
  const queryText = q < 0 ? "" : uri.slice(q + 1);
  const segments: UriSegment[] = splitPath(path).map((part) => {
    const label = /^\{([A-Za-z0-9_]+)(\+)?\}$/.exec(part);
    if (!label) return { kind: "literal", value: part };
    return label[2] ? { kind: "greedy", name: label[1]! } : { kind: "label", name: label[1]! };
  });
  const query = queryText
    .split("&")
    .filter((p) => p !== "")
    .map((pair) => {
      const eq = pair.indexOf("=");
      return eq < 0 ? { key: pair } : { key: pair.slice(0, eq), value: pair.slice(eq + 1) };
    });
  return { segments, query, literalCount: segments.filter((s) => s.kind === "literal").length };
}

/** Path segments without the empty ones a leading or trailing slash produces. */
export function splitPath(path: string): string[] {
  const parts = path.split("/");
  if (parts[0] === "") parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

function decodeSegment(raw: string): string | undefined {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * Matches raw (still percent-encoded) path segments; returns the decoded label values, or
 * undefined. Empty label values do not match (Smithy: labels must not be empty).
 */
export function matchSegments(
  pattern: UriPattern,
  raw: readonly string[],
): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  const segs = pattern.segments;
  let i = 0;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s]!;
    if (seg.kind === "greedy") {
      const rest = segs.length - s - 1;
      const take = raw.length - i - rest;
      if (take < 1) return undefined;
      const parts = raw.slice(i, i + take).map(decodeSegment);
      if (parts.some((p) => p === undefined || p === "")) return undefined;
      labels[seg.name] = parts.join("/");
      i += take;
      continue;
    }
    const part = raw[i];
    if (part === undefined) return undefined;
    const decoded = decodeSegment(part);
    if (decoded === undefined) return undefined;
    if (seg.kind === "literal") {
      if (decoded !== seg.value) return undefined;
    } else {
      if (decoded === "") return undefined;
      labels[seg.name] = decoded;
    }
    i++;
  }
  return i === raw.length ? labels : undefined;
}

/** Percent-encodes a label value for a request path; greedy labels keep their slashes. */
export function encodeLabel(value: string, greedy: boolean): string {
  if (!greedy) return encodeRfc3986(value);
  return value.split("/").map(encodeRfc3986).join("/");
}

/** RFC 3986 unreserved characters stay; everything else is percent-encoded. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Builds a request path (with the literal query part) from a pattern and label values. */
export function expandUri(uri: string, labels: Readonly<Record<string, string>>): string {
  const pattern = parseUriPattern(uri);
  const path = pattern.segments
    .map((seg) => {
      if (seg.kind === "literal") return seg.value;
      return encodeLabel(labels[seg.name] ?? "", seg.kind === "greedy");
    })
    .join("/");
  const query = pattern.query.map((q) => (q.value === undefined ? q.key : `${q.key}=${q.value}`)).join("&");
  return "/" + path + (query ? `?${query}` : "");
}
