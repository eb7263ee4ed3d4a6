/**
 * Service Inventory (TMF638): the same implementation through the generated native client (in
 * process) and through the generated REST handler on a real loopback port.
 */
import {
  NotFound,
  createServiceInventoryNativeClient,
  createServiceInventoryRestHandler,
  serveServiceInventory,
  type ServiceInventory,
} from "../../../../generated/service-inventory";
import { createServiceInventory } from "../../src/tmf";
import { serviceCreate } from "./fixtures";
import { memoryOptions, serveNative, serveRest, type HttpServer } from "./support";

const BASE = "/tmf-api/serviceInventory/v4";

describe("Service Inventory through the native client", () => {
  let native: Awaited<ReturnType<typeof serveNative<ServiceInventory>>>;
  let client: ServiceInventory;

  beforeEach(async () => {
    native = await serveNative(
      serveServiceInventory,
      createServiceInventoryNativeClient,
      createServiceInventory(memoryOptions()),
    );
    client = native.client;
  });
  afterEach(() => native.close());

  it("creates with a server-assigned id and retrieves it; unknown ids are NotFound", async () => {
    const { service } = await client.createService({ service: serviceCreate("alpha", "active") });
    expect(service.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(service.name).toBe("alpha");
    expect(service.startDate).toEqual(new Date("2026-01-01T00:00:00Z"));
    const again = await client.retrieveService({ id: service.id! });
    expect(again.service).toEqual(service);
    await expect(client.retrieveService({ id: "nope" })).rejects.toBeInstanceOf(NotFound);
  });

  it("lists with filters, paging and counts, and selects fields", async () => {
    for (const [name, state] of [
      ["a", "active"],
      ["b", "inactive"],
      ["c", "active"],
      ["d", "active"],
    ] as const) {
      await client.createService({ service: serviceCreate(name, state) });
    }
    const active = await client.listService({ filters: { state: "active" }, offset: 1, limit: 1 });
    expect(active.totalCount).toBe(3);
    expect(active.resultCount).toBe(1);
    expect(active.services.map((s) => s.name)).toEqual(["c"]);
    const nested = await client.listService({
      filters: { "serviceCharacteristic.value": "imsi-b,imsi-d" },
      fields: "name",
    });
    expect(nested.services.map((s) => Object.keys(s).sort())).toEqual([
      ["id", "name"],
      ["id", "name"],
    ]);
    expect(nested.services.map((s) => s.name)).toEqual(["b", "d"]);
  });

  it("merge-patches (null removes, arrays replace) and deletes", async () => {
    const { service } = await client.createService({ service: serviceCreate("p", "designed") });
    const id = service.id!;
    const { service: patched } = await client.patchService({
      id,
      service: {
        state: "active",
        description: null as unknown as string,
        place: [{ id: "cell-9", role: "servingArea" }],
      },
    });
    expect(patched.state).toBe("active");
    expect(patched).not.toHaveProperty("description");
    expect(patched.place).toEqual([{ id: "cell-9", role: "servingArea" }]);
    expect(patched.name).toBe("p");
    await expect(
      client.patchService({ id: "nope", service: { name: "x" } }),
    ).rejects.toBeInstanceOf(NotFound);
    await client.deleteService({ id });
    await expect(client.retrieveService({ id })).rejects.toBeInstanceOf(NotFound);
    await expect(client.deleteService({ id })).rejects.toBeInstanceOf(NotFound);
  });

  it("finds a subscriber's services by id or subscriberIdentifier, optionally by state", async () => {
    await client.createService({ service: serviceCreate("s1", "active") });
    await client.createService({ service: serviceCreate("s2", "inactive") });
    await client.createService({
      service: serviceCreate("s3", "inactive", {
        serviceCharacteristic: [{ name: "subscriberIdentifier", value: ["imsi-s1", "msisdn-1"] }],
      }),
    });
    const all = await client.findServicesBySubscriber({ subscriberId: "imsi-s1" });
    expect(all.services.map((s) => s.name)).toEqual(["s1", "s3"]);
    const active = await client.findServicesBySubscriber({
      subscriberId: "imsi-s1",
      state: "active",
    });
    expect(active.services.map((s) => s.name)).toEqual(["s1"]);
    expect((await client.findServicesBySubscriber({ subscriberId: "imsi-x" })).services).toEqual(
      [],
    );
  });
});

describe("Service Inventory over REST on loopback", () => {
  let server: HttpServer;
  const json = { "content-type": "application/json" };

  beforeEach(async () => {
    server = await serveRest(
      createServiceInventoryRestHandler(createServiceInventory(memoryOptions())),
    );
  });
  afterEach(() => server.close());

  const post = (body: unknown) =>
    fetch(`${server.url}${BASE}/service`, {
      method: "POST",
      headers: json,
      body: JSON.stringify(body),
    });

  it("answers 201 with id and an href built from the request's host", async () => {
    const response = await post({
      name: "r1",
      state: "active",
      serviceSpecification: { id: "spec-5g" },
      startDate: "2026-01-01T00:00:00Z",
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.href).toBe(`${server.url}${BASE}/service/${String(body.id)}`);
    const viaProxy = await fetch(`${server.url}${BASE}/service/${String(body.id)}`, {
      headers: { "x-forwarded-proto": "https", "x-forwarded-host": "api.example.com" },
    });
    expect(((await viaProxy.json()) as { href: string }).href).toBe(
      `https://api.example.com${BASE}/service/${String(body.id)}`,
    );
  });

  it("refuses an invalid body with a 400 TMF Error and stores nothing", async () => {
    const response = await post({ name: "no state" });
    expect(response.status).toBe(400);
    const error = (await response.json()) as Record<string, unknown>;
    expect(error).toMatchObject({ code: expect.any(String), reason: expect.any(String) });
    const list = await fetch(`${server.url}${BASE}/service`);
    expect(await list.json()).toEqual([]);
    expect(list.headers.get("x-total-count")).toBe("0");
  });

  it("lists with filters, fields, offset/limit and X-Total-Count/X-Result-Count", async () => {
    for (const [name, state] of [
      ["a", "active"],
      ["b", "inactive"],
      ["c", "active"],
    ]) {
      expect(
        (await post({ name, state, category: "CFS", serviceSpecification: { id: "x" } })).status,
      ).toBe(201);
    }
    const response = await fetch(
      `${server.url}${BASE}/service/?state=active&fields=name,state&offset=1&limit=5`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-total-count")).toBe("2");
    expect(response.headers.get("x-result-count")).toBe("1");
    const items = (await response.json()) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]).sort()).toEqual(["href", "id", "name", "state"]);
    expect(items[0].name).toBe("c");
    const bad = await fetch(`${server.url}${BASE}/service?offset=-1`);
    expect(bad.status).toBe(400);
  });

  it("merge-patches with application/merge-patch+json, deletes with 204, 404 after", async () => {
    const created = (await (
      await post({
        name: "m",
        state: "designed",
        description: "d",
        serviceSpecification: { id: "x" },
      })
    ).json()) as { id: string };
    const url = `${server.url}${BASE}/service/${created.id}`;
    const patched = await fetch(url, {
      method: "PATCH",
      headers: { "content-type": "application/merge-patch+json" },
      body: JSON.stringify({ state: "active", description: null }),
    });
    expect(patched.status).toBe(200);
    const body = (await patched.json()) as Record<string, unknown>;
    expect(body.state).toBe("active");
    expect(body).not.toHaveProperty("description");
    const invalid = await fetch(url, {
      method: "PATCH",
      headers: json,
      body: JSON.stringify({ serviceSpecification: { id: null } }),
    });
    expect(invalid.status).toBe(400);
    expect(
      ((await (await fetch(url)).json()) as { serviceSpecification: unknown }).serviceSpecification,
    ).toEqual({ id: "x" });
    expect((await fetch(url, { method: "DELETE" })).status).toBe(204);
    const gone = await fetch(url);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: "404", reason: "Not Found" });
    expect((await fetch(url, { method: "DELETE" })).status).toBe(404);
  });

  it("answers 404 for ids no service can have (the CTK's unresolved {{ID404}})", async () => {
    const literal = encodeURIComponent("{{ID404}}");
    expect((await fetch(`${server.url}${BASE}/service/${literal}`)).status).toBe(404);
    expect((await fetch(`${server.url}${BASE}/service/${"x".repeat(600)}`)).status).toBe(404);
  });
});
