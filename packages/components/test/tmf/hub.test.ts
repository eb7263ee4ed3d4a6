/**
 * The Service Inventory's hub over REST: listeners registered through POST /hub receive the four
 * TMF638 events at a real local HTTP listener, with retries, without holding up the request that
 * raised them; a listener's query selects events; DELETE /hub/{id} unregisters.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { createServiceInventoryRestHandler } from "../../../../generated/service-inventory";
import type { DeliveryReport } from "../../src/events";
import { createServiceInventory, type ServiceInventoryComponent } from "../../src/tmf";
import { memoryOptions, recordingListener, serveRest, type HttpServer } from "./support";

const BASE = "/tmf-api/serviceInventory/v4";

describe("Service Inventory hub", () => {
  let server: HttpServer;
  let inventory: ServiceInventoryComponent;
  const reports: DeliveryReport[] = [];

  beforeEach(async () => {
    reports.length = 0;
    inventory = createServiceInventory(
      memoryOptions({
        hub: { initialBackoffMs: 5, maxBackoffMs: 20, onDelivery: (r) => reports.push(r) },
      }),
    );
    server = await serveRest(createServiceInventoryRestHandler(inventory));
  });
  afterEach(async () => {
    await inventory.drain();
    await server.close();
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${BASE}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
  };

  it("notifies create, attribute value change, state change and delete, retrying failures", async () => {
    // The listener fails twice (503, then 500) before it accepts anything.
    const listener = await recordingListener([503, 500]);
    try {
      const hub = await call("POST", "/hub", { callback: listener.url });
      expect(hub.status).toBe(201);
      expect(hub.body).toEqual({ id: expect.any(String), callback: listener.url });

      const created = await call("POST", "/service", {
        name: "h",
        state: "designed",
        serviceSpecification: { id: "spec" },
      });
      const id = created.body.id as string;
      await call("PATCH", `/service/${id}`, { state: "active", description: "now active" });
      expect((await call("DELETE", `/service/${id}`)).status).toBe(204);
      await inventory.drain();
      await listener.until(4);

      const types = listener.received.map((r) => r.body.eventType);
      expect([...types].sort()).toEqual([
        "ServiceAttributeValueChangeEvent",
        "ServiceCreateEvent",
        "ServiceDeleteEvent",
        "ServiceStateChangeEvent",
      ]);
      const byType = Object.fromEntries(listener.received.map((r) => [r.body.eventType, r.body]));
      expect(byType.ServiceCreateEvent).toMatchObject({
        eventId: expect.any(String),
        eventTime: expect.any(String),
        event: {
          service: { id, state: "designed", href: `${BASE}/service/${id}` },
        },
      });
      expect(byType.ServiceAttributeValueChangeEvent).toMatchObject({
        fieldPath: "description,state",
        event: { service: { id, state: "active", description: "now active" } },
      });
      expect(byType.ServiceStateChangeEvent.event.service.state).toBe("active");
      expect(byType.ServiceDeleteEvent.event.service).toMatchObject({ id, state: "active" });
      // 4 accepted + the 2 refused attempts of the first delivery.
      expect(listener.attempts).toHaveLength(6);
      expect(reports.filter((r) => r.outcome === "delivered")).toHaveLength(4);
      expect(reports.reduce((sum, r) => sum + r.attempts, 0)).toBe(6);
    } finally {
      await listener.close();
    }
  });

  it("delivers only what a listener's query selects, and nothing after unregistering", async () => {
    const all = await recordingListener();
    const deletes = await recordingListener();
    try {
      const registration = await call("POST", "/hub", { callback: all.url });
      await call("POST", "/hub", { callback: deletes.url, query: "eventType=ServiceDeleteEvent" });
      const { body } = await call("POST", "/service", {
        name: "q",
        state: "active",
        serviceSpecification: { id: "spec" },
      });
      await call("DELETE", `/service/${body.id as string}`);
      await inventory.drain();
      expect(all.received.map((r) => r.body.eventType)).toEqual([
        "ServiceCreateEvent",
        "ServiceDeleteEvent",
      ]);
      expect(deletes.received.map((r) => r.body.eventType)).toEqual(["ServiceDeleteEvent"]);

      expect((await call("DELETE", `/hub/${registration.body.id as string}`)).status).toBe(204);
      expect((await call("DELETE", `/hub/${registration.body.id as string}`)).status).toBe(404);
      await call("POST", "/service", {
        name: "r",
        state: "active",
        serviceSpecification: { id: "s" },
      });
      await inventory.drain();
      expect(all.received).toHaveLength(2);
    } finally {
      await Promise.all([all.close(), deletes.close()]);
    }
  });

  it("answers the request while a listener is still holding the event", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = false;
    const slow = http.createServer((req, res) => {
      arrived = true;
      req.resume();
      void held.then(() => res.writeHead(201).end());
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const callback = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/listener`;
    try {
      await call("POST", "/hub", { callback });
      const created = await call("POST", "/service", {
        name: "s",
        state: "active",
        serviceSpecification: { id: "spec" },
      });
      // The 201 is here although the listener has not answered (it may not even have been called).
      expect(created.status).toBe(201);
      expect(reports).toEqual([]);
      while (!arrived) await new Promise((resolve) => setTimeout(resolve, 10));
      release();
      await inventory.drain();
      expect(reports.map((r) => r.outcome)).toEqual(["delivered"]);
    } finally {
      release();
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  it("refuses a callback that is not an http(s) URL with a 400 TMF Error", async () => {
    const refused = await call("POST", "/hub", { callback: "ftp://example.com/x" });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: "400", reason: "Bad Request" });
    expect(refused.body.message).toMatch(/http or https/);
    const missing = await call("POST", "/hub", { query: "eventType=ServiceCreateEvent" });
    expect(missing.status).toBe(400);
  });
});
