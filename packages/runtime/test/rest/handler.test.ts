import type { HttpRequest, HttpResponse } from "@smithy/types";
import { createRestHandler } from "../../src/rest";
import { MemoryTickets } from "./ticket-impl";
import { TICKETS } from "./tickets-schema";

const BASE = "/tmf-api/ticket/v4";

function request(method: string, path: string, init: Partial<HttpRequest> = {}): HttpRequest {
  return { method, protocol: "http:", hostname: "localhost", path, query: {}, headers: { host: "api.test:8080" }, ...init };
}

function json(response: HttpResponse): Record<string, unknown> {
  return JSON.parse(String(response.body));
}

function post(body: string, contentType = "application/json"): HttpRequest {
  return request("POST", `${BASE}/ticket`, { headers: { host: "api.test:8080", "content-type": contentType }, body });
}

describe("createRestHandler", () => {
  let impl: MemoryTickets;
  let handle: ReturnType<typeof createRestHandler>;
  beforeEach(() => {
    impl = new MemoryTickets();
    handle = createRestHandler(TICKETS, impl, { onInternalError: () => undefined });
  });

  it("creates with 201, reads jsonName/timestamps/defaults and fills href", async () => {
    const res = await handle(post(JSON.stringify({ title: "Broken", dueDate: "2024-05-06T07:08:09Z" })));
    expect(res.statusCode).toBe(201);
    expect(impl.lastInput).toEqual({ title: "Broken", severity: "low", due: new Date("2024-05-06T07:08:09Z") });
    expect(json(res)).toEqual({
      id: "1",
      title: "Broken",
      severity: "low",
      dueDate: "2024-05-06T07:08:09Z",
      href: "http://api.test:8080/tmf-api/ticket/v4/ticket/1",
    });
  });

  it("answers 404 with a TMF Error body for a modeled NotFound", async () => {
    const res = await handle(request("GET", `${BASE}/ticket/99`));
    expect(res.statusCode).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("NotFound");
    expect(json(res)).toMatchObject({ code: "404", reason: "Not Found", status: "404", message: "no ticket 99", id: "99", "@type": "Error" });
    expect(json(res).referenceError).toEqual(expect.stringContaining("404"));
  });

  it("answers 204 with an empty body on delete", async () => {
    await handle(post(JSON.stringify({ title: "Gone soon" })));
    const res = await handle(request("DELETE", `${BASE}/ticket/1`));
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe("");
  });

  it("rejects constraint violations with 400 listing each failure", async () => {
    const res = await handle(post(JSON.stringify({ title: "ab", severity: "urgent" })));
    expect(res.statusCode).toBe(400);
    const body = json(res);
    expect(body.code).toBe("400");
    expect(body.message).toContain("Value with length 2 at '/title' failed to satisfy constraint: Member must have length between 3 and 40, inclusive");
    expect(body.message).toContain("Value at '/severity' failed to satisfy constraint: Member must satisfy enum value set: [low, high]");
  });

  it("maps malformed JSON to 400, wrong Content-Type to 415, unknown path to 404, wrong method to 405", async () => {
    expect((await handle(post("{ not json"))).statusCode).toBe(400);
    expect((await handle(post("{}", "text/xml"))).statusCode).toBe(415);
    expect((await handle(request("GET", "/nowhere"))).statusCode).toBe(404);
    const res = await handle(request("PUT", `${BASE}/ticket/1`));
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe("DELETE, GET, PATCH");
    expect(json(res)).toMatchObject({ code: "405", status: "405", "@type": "Error" });
  });

  it("answers 413 above the body limit", async () => {
    const small = createRestHandler(TICKETS, impl, { maxBodyBytes: 64 });
    const res = await small(post(JSON.stringify({ title: "x".repeat(100) })));
    expect(res.statusCode).toBe(413);
  });

  it("turns an unexpected exception into a 500 that leaks nothing", async () => {
    const seen: unknown[] = [];
    const h = createRestHandler(TICKETS, impl, { onInternalError: (e) => seen.push(e) });
    const res = await h(request("GET", `${BASE}/attachment/boom/crash`));
    expect(res.statusCode).toBe(500);
    expect(String(res.body)).not.toContain("hunter2");
    expect(seen).toHaveLength(1);
  });

  it("binds greedy labels, list headers, prefix headers, query timestamps, blob payloads and response codes", async () => {
    const res = await handle(
      request("GET", `${BASE}/attachment/docs/a%20b.txt`, {
        headers: { "x-tags": 'red, "a,b", blue', "x-meta-owner": "ann", "X-Meta-Size": "3" },
        query: { since: "2024-01-01T00:00:00Z" },
      }),
    );
    expect(impl.lastInput).toEqual({
      path: "docs/a b.txt",
      tags: ["red", "a,b", "blue"],
      meta: { owner: "ann", size: "3" },
      since: new Date("2024-01-01T00:00:00Z"),
    });
    expect(res.statusCode).toBe(203);
    expect(res.headers["content-type"]).toBe("application/octet-stream");
    expect(res.headers["last-modified"]).toBe("Tue, 02 Jan 2024 03:04:05 GMT");
    expect(Buffer.from(res.body as Uint8Array).toString()).toBe("file docs/a b.txt");
  });

  it("rejects a malformed query timestamp with 400", async () => {
    const res = await handle(request("GET", `${BASE}/attachment/x`, { query: { since: "yesterday" } }));
    expect(res.statusCode).toBe(400);
  });

  it("keeps __proto__ and constructor keys as plain data", async () => {
    const body =
      '{"title":"Polluted","labels":{"__proto__":"p","constructor":"c"},"extra":{"__proto__":{"polluted":"yes"}},' +
      '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
    const res = await handle(post(body));
    expect(res.statusCode).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const labels = (impl.lastInput as { labels: Record<string, unknown> }).labels;
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(Object.keys(labels)).toEqual(["__proto__", "constructor"]);
    expect(labels.constructor).toBe("c");
    expect(Object.keys(impl.lastInput as object)).toEqual(["title", "severity", "labels", "extra"]);
    expect(JSON.parse(String(res.body)).labels).toEqual(JSON.parse('{"__proto__":"p","constructor":"c"}'));
  });
});

describe("TMF conventions", () => {
  let handle: ReturnType<typeof createRestHandler>;
  let impl: MemoryTickets;
  beforeEach(async () => {
    impl = new MemoryTickets();
    handle = createRestHandler(TICKETS, impl);
    for (const [title, severity] of [["Alpha", "low"], ["Bravo", "high"], ["Charlie", "high"], ["Delta", "high"]]) {
      await handle(post(JSON.stringify({ title, severity })));
    }
  });

  it("filters, pages and counts a list", async () => {
    const res = await handle(request("GET", `${BASE}/ticket/`, { query: { severity: "high", offset: "1", limit: "1" } }));
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-total-count"]).toBe("3");
    expect(res.headers["x-result-count"]).toBe("1");
    expect(json(res)).toEqual([expect.objectContaining({ title: "Charlie" })]);
  });

  it("selects fields, always keeping id and href", async () => {
    const res = await handle(request("GET", `${BASE}/ticket/2`, { query: { fields: "severity" } }));
    expect(json(res)).toEqual({ id: "2", href: "http://api.test:8080/tmf-api/ticket/v4/ticket/2", severity: "high" });
    const list = await handle(request("GET", `${BASE}/ticket`, { query: { fields: "none" } }));
    expect((json(list) as unknown as unknown[])[0]).toEqual({ id: "1", href: expect.any(String) });
  });

  it("accepts application/merge-patch+json and passes explicit nulls", async () => {
    const res = await handle(
      request("PATCH", `${BASE}/ticket/1`, {
        headers: { "content-type": "application/merge-patch+json" },
        body: JSON.stringify({ title: "Alpha 2", severity: null }),
      }),
    );
    expect(res.statusCode).toBe(200);
    expect((impl.lastInput as { patch: unknown }).patch).toEqual({ title: "Alpha 2", severity: null });
    expect(json(res)).toEqual(expect.not.objectContaining({ severity: expect.anything() }));
    expect(json(res)).toMatchObject({ title: "Alpha 2" });
  });
});
