/**
 * The project's TMF638 contract (models/tmf638, the `oda#` traits) served over node:http: the TMF
 * conventions end to end — 201/204, href, list filters and paging with X-Total-Count and
 * X-Result-Count, fields, merge patch, `/service` and `/service/`, TMF Error bodies.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { ModeledError } from "@oda-codegen/runtime";
import { assembleModel } from "@oda-codegen/smithy";
import { createRestHandler, genericModeledError, toNodeListener, type RestServiceSchema } from "@oda-codegen/runtime/src/rest";
import { buildRestSchema } from "@oda-codegen/codegen/src/rest";

const MODELS = path.resolve(__dirname, "..", "..", "..", "..", "models");
const SERVICE = "oda.tmf638#ServiceInventory";
const BASE = "/tmf-api/serviceInventory/v4";

type Service = Record<string, unknown> & { id?: string };

// The shipped models must load: a broken model fails this suite rather than skipping it.
function loadSchema(): RestServiceSchema {
  const result = assembleModel({ paths: [MODELS] });
  const errors = result.events.filter((e) => e.severity === "ERROR");
  if (!result.model?.getShape(SERVICE) || errors.length > 0) {
    throw new Error(`models/ does not load: ${errors.map((e) => e.message).join("; ")}`);
  }
  return buildRestSchema(result.model, SERVICE);
}

const schema = loadSchema();

describe("TMF638 over node:http", () => {
  let server: http.Server;
  let base: string;
  const services = new Map<string, Service>();

  const notFound = (id: string): ModeledError =>
    genericModeledError(schema!, "oda.tmf#NotFound", { code: "404", reason: "Not Found", message: `No service ${id}` });

  beforeAll(async () => {
    let next = 1;
    const impl = {
      async createService({ service }: { service: Service }) {
        const created = { ...service, id: String(next++) };
        services.set(created.id, created);
        return { service: created };
      },
      async retrieveService({ id }: { id: string }) {
        const service = services.get(id);
        if (!service) throw notFound(id);
        return { service };
      },
      async listService() {
        return { services: [...services.values()] };
      },
      async patchService({ id, service: patch }: { id: string; service: Record<string, unknown> }) {
        const service = services.get(id);
        if (!service) throw notFound(id);
        for (const [k, v] of Object.entries(patch)) {
          if (v === null) delete service[k];
          else service[k] = v;
        }
        return { service };
      },
      async deleteService({ id }: { id: string }) {
        if (!services.delete(id)) throw notFound(id);
        return {};
      },
    };
    server = http.createServer(toNodeListener(createRestHandler(schema!, impl)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: unknown) =>
    fetch(`${base}/service`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("creates with 201 and an href built from the request", async () => {
    const res = await post({ name: "vpn", state: "active", category: "CFS", serviceSpecification: { id: "spec-1" } });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: "1", name: "vpn", href: `${base}/service/1`, serviceSpecification: { id: "spec-1" } });
    await post({ name: "dns", state: "inactive", category: "CFS", serviceSpecification: { id: "spec-2" } });
    await post({ name: "mail", state: "active", category: "RFS", serviceSpecification: { id: "spec-1" } });
  });

  it("filters, pages, counts and selects fields on /service and /service/", async () => {
    const res = await fetch(`${base}/service/?state=active&offset=1&limit=1&fields=name`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-total-count")).toBe("2");
    expect(res.headers.get("x-result-count")).toBe("1");
    expect(await res.json()).toEqual([{ id: "3", href: `${base}/service/3`, name: "mail" }]);
    const nested = await fetch(`${base}/service?serviceSpecification.id=spec-1&fields=none`);
    expect(await nested.json()).toEqual([
      { id: "1", href: `${base}/service/1` },
      { id: "3", href: `${base}/service/3` },
    ]);
  });

  it("merge-patches, deletes with 204, then answers 404 with a TMF Error", async () => {
    const patched = await fetch(`${base}/service/2`, {
      method: "PATCH",
      headers: { "content-type": "application/merge-patch+json" },
      body: JSON.stringify({ name: "dns-2", category: null }),
    });
    expect(patched.status).toBe(200);
    const body = (await patched.json()) as Service;
    expect(body.name).toBe("dns-2");
    expect(body).not.toHaveProperty("category");
    expect((await fetch(`${base}/service/2`, { method: "DELETE" })).status).toBe(204);
    const missing = await fetch(`${base}/service/2`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "404", reason: "Not Found", status: "404", message: "No service 2", "@type": "Error" });
  });

  it("answers 400, 405, 413 and 415 with TMF Error bodies", async () => {
    const invalid = await post({ name: "no spec" });
    expect(invalid.status).toBe(400);
    const error = (await invalid.json()) as Record<string, string>;
    expect(error).toMatchObject({ code: "400", status: "400", "@type": "Error" });
    expect(error.message).toContain("'/service/serviceSpecification'");
    expect(error.referenceError).toMatch(/^https:\/\//);
    expect((await fetch(`${base}/service/1`, { method: "PUT" })).status).toBe(405);
    expect((await fetch(`${base}/service`, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" })).status).toBe(415);
    const big = await post({ name: "x".repeat(2 * 1024 * 1024), state: "active", serviceSpecification: { id: "s" } });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: "413", reason: "Payload Too Large" });
  });
});
