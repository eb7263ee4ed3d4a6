import { Router } from "../../src/rest/router";
import type { RestOperation } from "../../src/rest/schema";
import { expandUri, matchSegments, parseUriPattern, splitPath } from "../../src/rest/uri-pattern";

function op(name: string, httpMethod: string, uri: string): RestOperation {
  return { name, method: name, httpMethod, uri, code: 200, inputBindings: [], outputBindings: [], errors: [] };
}

describe("URI patterns", () => {
  it("matches labels and decodes them", () => {
    const p = parseUriPattern("/a/{x}/b");
    expect(matchSegments(p, splitPath("/a/hello%20world/b"))).toEqual({ x: "hello world" });
    expect(matchSegments(p, splitPath("/a//b"))).toBeUndefined();
    expect(matchSegments(p, splitPath("/a/x/c"))).toBeUndefined();
  });

  it("matches a greedy label across segments, followed by a literal", () => {
    const p = parseUriPattern("/files/{path+}/meta");
    expect(matchSegments(p, splitPath("/files/a/b/c/meta"))).toEqual({ path: "a/b/c" });
    expect(matchSegments(p, splitPath("/files/meta"))).toBeUndefined();
  });

  it("expands a pattern with encoded labels and the literal query", () => {
    expect(expandUri("/a/{x}/{rest+}?flag&k=v", { x: "a b/c", rest: "d/e f" })).toBe("/a/a%20b%2Fc/d/e%20f?flag&k=v");
  });
});

describe("Router", () => {
  const router = new Router([
    op("GetItem", "GET", "/items/{id}"),
    op("GetSpecial", "GET", "/items/special"),
    op("DeleteItem", "DELETE", "/items/{id}"),
    op("Search", "GET", "/search?mode=full"),
    op("SearchAny", "GET", "/search"),
    op("Files", "GET", "/files/{path+}"),
  ]);

  it("prefers literal segments over labels", () => {
    expect(router.route("GET", "/items/special", {})).toMatchObject({ kind: "found", operation: { name: "GetSpecial" } });
    expect(router.route("GET", "/items/42", {})).toMatchObject({ kind: "found", labels: { id: "42" } });
  });

  it("honours literal query constraints, most constrained first", () => {
    expect(router.route("GET", "/search", { mode: "full" })).toMatchObject({ operation: { name: "Search" } });
    expect(router.route("GET", "/search", { mode: "lite" })).toMatchObject({ operation: { name: "SearchAny" } });
  });

  it("answers 405 with the allowed methods for a known path", () => {
    expect(router.route("PUT", "/items/1", {})).toEqual({ kind: "methodNotAllowed", allow: ["DELETE", "GET"] });
  });

  it("answers 404 for unknown paths and accepts a trailing slash", () => {
    expect(router.route("GET", "/nothing", {})).toEqual({ kind: "notFound" });
    expect(router.route("GET", "/items/7/", {})).toMatchObject({ kind: "found", labels: { id: "7" } });
    expect(router.route("GET", "/files/a/b", {})).toMatchObject({ labels: { path: "a/b" } });
  });
});
