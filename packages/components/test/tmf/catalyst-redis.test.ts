/**
 * The Catalyst's story on real Redis: a REST Service Inventory and a native Service Inventory,
 * two component instances over ONE Redis back end (same key prefix, separate connections).
 * What one writes the other reads and patches; a listener registered through one hears the
 * changes made through the other.
 */
import {
  NotFound,
  createServiceInventoryNativeClient,
  createServiceInventoryRestHandler,
  serveServiceInventory,
  type ServiceInventory,
} from "../../../../generated/service-inventory";
import { openDocumentStore } from "../../src/store";
import { createServiceInventory, type ServiceInventoryComponent } from "../../src/tmf";
import type { TmfComponentOptions } from "../../src/tmf";
import type { Redis } from "ioredis";
import { useRedis } from "../support/redis";
import { serviceCreate } from "./fixtures";
import { recordingListener, serveNative, serveRest, type HttpServer } from "./support";

const BASE = "/tmf-api/serviceInventory/v4";
const redis = useRedis();

function redisOptions(connection: Redis): TmfComponentOptions {
  return {
    store: (collection) =>
      openDocumentStore(
        {
          kind: "redis",
          lattice: redis.lattice,
          component: "service-inventory",
          redis: connection,
        },
        collection,
      ),
    hub: { initialBackoffMs: 5 },
  };
}

describe("REST and native Service Inventories over one Redis", () => {
  let restInventory: ServiceInventoryComponent;
  let nativeInventory: ServiceInventoryComponent;
  let server: HttpServer;
  let native: Awaited<ReturnType<typeof serveNative<ServiceInventory>>>;

  beforeAll(async () => {
    if (!redis.available) return;
    restInventory = createServiceInventory(redisOptions(redis.connect()));
    nativeInventory = createServiceInventory(redisOptions(redis.connect()));
    server = await serveRest(createServiceInventoryRestHandler(restInventory));
    native = await serveNative(
      serveServiceInventory,
      createServiceInventoryNativeClient,
      nativeInventory,
    );
  });
  afterAll(async () => {
    if (!redis.available) return;
    await Promise.all([restInventory.drain(), nativeInventory.drain()]);
    await Promise.all([server.close(), native.close()]);
  });

  const rest = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${BASE}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as any) : undefined,
    };
  };

  it("creates through REST, reads and patches natively, and reads the patch back over REST", async () => {
    if (!redis.available) return;
    const created = await rest("POST", "/service", {
      name: "catalyst-1",
      state: "designed",
      category: "CFS",
      serviceSpecification: { id: "spec-5g" },
      serviceCharacteristic: [{ name: "subscriberIdentifier", value: "imsi-001010000000042" }],
      startDate: "2026-02-01T10:00:00Z",
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const { service } = await native.client.retrieveService({ id });
    expect(service).toMatchObject({ id, name: "catalyst-1", state: "designed", category: "CFS" });
    expect(service.startDate).toEqual(new Date("2026-02-01T10:00:00Z"));

    const patched = await native.client.patchService({ id, service: { state: "active" } });
    expect(patched.service.state).toBe("active");

    const read = await rest("GET", `/service/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id,
      state: "active",
      href: `${server.url}${BASE}/service/${id}`,
    });
    expect(read.body.startDate).toBe(created.body.startDate);

    const subscriber = await native.client.findServicesBySubscriber({
      subscriberId: "imsi-001010000000042",
      state: "active",
    });
    expect(subscriber.services.map((s) => s.id)).toEqual([id]);
  });

  it("creates natively, lists and patches over REST, deletes natively", async () => {
    if (!redis.available) return;
    const { service } = await native.client.createService({
      service: serviceCreate("catalyst-2", "reserved", { category: "RFS" }),
    });
    const id = service.id!;
    const listed = await rest("GET", "/service?category=RFS&fields=name,state");
    expect(listed.headers.get("x-total-count")).toBe("1");
    expect(listed.body).toEqual([
      { id, href: `${server.url}${BASE}/service/${id}`, name: "catalyst-2", state: "reserved" },
    ]);
    const patched = await rest("PATCH", `/service/${id}`, { state: "active", note: null });
    expect(patched.status).toBe(200);
    expect((await native.client.retrieveService({ id })).service.state).toBe("active");
    await native.client.deleteService({ id });
    expect((await rest("GET", `/service/${id}`)).status).toBe(404);
    await expect(native.client.retrieveService({ id })).rejects.toBeInstanceOf(NotFound);
  });

  it("shares the hub: a listener registered over REST hears a native patch", async () => {
    if (!redis.available) return;
    const listener = await recordingListener();
    try {
      const registered = await rest("POST", "/hub", {
        callback: listener.url,
        query: "eventType=ServiceStateChangeEvent",
      });
      expect(registered.status).toBe(201);
      const { service } = await native.client.createService({
        service: serviceCreate("catalyst-3", "inactive"),
      });
      await native.client.patchService({ id: service.id!, service: { state: "active" } });
      await nativeInventory.drain();
      await listener.until(1);
      expect(listener.received.map((r) => r.body.eventType)).toEqual(["ServiceStateChangeEvent"]);
      expect(listener.received[0].body.event).toMatchObject({
        service: { id: service.id, state: "active" },
      });
      expect((await rest("DELETE", `/hub/${registered.body.id as string}`)).status).toBe(204);
    } finally {
      await listener.close();
    }
  });
});
