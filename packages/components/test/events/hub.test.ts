/**
 * Hub listeners: registration in a real store, and delivery to a real HTTP listener that fails,
 * refuses or answers, with retries in the background.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import {
  HubNotifier,
  HubRegistry,
  HubRegistryError,
  buildEvent,
  changeEvents,
  parseEventQuery,
  type DeliveryReport,
  type TmfEvent,
} from "../../src/events";
import { MemoryDocumentStore, type DocumentStore } from "../../src/store";
import type { HubSubscription } from "../../src/events";

/** A listener that answers each POST with the next status of `script` (then 201), recording bodies. */
async function listener(script: number[] = []) {
  const received: TmfEvent[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const status = script.shift() ?? 201;
      if (status === 201) received.push(JSON.parse(body) as TmfEvent);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/listener`;
  return {
    url,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const service = {
  id: "s1",
  href: "/tmf-api/serviceInventory/v4/service/s1",
  state: "active",
  name: "msisdn-1",
};

describe("events", () => {
  it("builds the TMF638 envelope with the schema name as eventType", () => {
    const event = buildEvent("Service", "Create", service, { now: new Date(0), eventId: "e1" });
    expect(event).toEqual({
      eventId: "e1",
      eventTime: "1970-01-01T00:00:00.000Z",
      eventType: "ServiceCreateEvent",
      event: { service },
    });
  });

  it("raises an attribute value change with fieldPath, plus a state change when state changed", () => {
    const after = { ...service, state: "inactive", name: "x" };
    expect(changeEvents("Service", service, after).map((e) => [e.eventType, e.fieldPath])).toEqual([
      ["ServiceAttributeValueChangeEvent", "name,state"],
      ["ServiceStateChangeEvent", undefined],
    ]);
    expect(changeEvents("Service", service, { ...service })).toEqual([]);
  });
});

describe("HubRegistry", () => {
  let store: DocumentStore<HubSubscription>;
  let hub: HubRegistry;
  beforeEach(() => {
    store = new MemoryDocumentStore();
    hub = new HubRegistry(store);
  });

  it("registers, lists and unregisters listeners", async () => {
    const a = await hub.register({
      callback: "http://client.example/listener",
      query: "eventType=ServiceCreateEvent",
    });
    expect(a).toEqual({
      id: expect.any(String),
      callback: "http://client.example/listener",
      query: "eventType=ServiceCreateEvent",
    });
    const b = await hub.register({ callback: "https://other.example/cb" });
    expect((await hub.list()).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await hub.unregister(a.id)).toBe(true);
    expect(await hub.unregister(a.id)).toBe(false);
    expect(await hub.list()).toEqual([b]);
  });

  it("refuses callbacks that are not absolute http(s) URLs", async () => {
    await expect(hub.register({ callback: "/relative" })).rejects.toBeInstanceOf(HubRegistryError);
    await expect(hub.register({ callback: "file:///etc/passwd" })).rejects.toThrow(/http or https/);
  });

  it("reads a listener query as attribute filters on the event", () => {
    expect(
      parseEventQuery("eventType=ServiceCreateEvent,ServiceDeleteEvent&event.service.state=active"),
    ).toEqual({
      eventType: ["ServiceCreateEvent", "ServiceDeleteEvent"],
      "event.service.state": ["active"],
    });
  });
});

describe("HubNotifier", () => {
  const fast = { initialBackoffMs: 5, maxBackoffMs: 20, attemptTimeoutMs: 1000 };

  it("delivers to matching listeners only, without making publish wait", async () => {
    const all = await listener();
    const creates = await listener();
    const store = new MemoryDocumentStore<HubSubscription>();
    const hub = new HubRegistry(store);
    await hub.register({ callback: all.url });
    await hub.register({ callback: creates.url, query: "eventType=ServiceCreateEvent" });
    const reports: DeliveryReport[] = [];
    const notifier = new HubNotifier(() => hub.list(), {
      ...fast,
      onDelivery: (r) => reports.push(r),
    });

    notifier.publish(buildEvent("Service", "Create", service));
    notifier.publish(buildEvent("Service", "Delete", service));
    // publish returned before any delivery was even attempted (no timing: the machine is shared).
    expect(reports).toHaveLength(0);
    expect(all.received).toHaveLength(0);
    await notifier.drain();

    expect(all.received.map((e) => e.eventType).sort()).toEqual([
      "ServiceCreateEvent",
      "ServiceDeleteEvent",
    ]);
    expect(creates.received.map((e) => e.eventType)).toEqual(["ServiceCreateEvent"]);
    expect(creates.received[0].event).toEqual({ service });
    expect(reports.every((r) => r.outcome === "delivered" && r.attempts === 1)).toBe(true);
    await Promise.all([all.close(), creates.close()]);
  });

  it("retries 5xx and 429 with backoff until the listener accepts", async () => {
    const flaky = await listener([503, 500, 429]);
    const reports: DeliveryReport[] = [];
    const notifier = new HubNotifier(async () => [{ id: "h1", callback: flaky.url }], {
      ...fast,
      onDelivery: (r) => reports.push(r),
    });
    notifier.publish(buildEvent("Service", "StateChange", service));
    await notifier.drain();
    expect(flaky.received).toHaveLength(1);
    expect(reports).toEqual([
      expect.objectContaining({ outcome: "delivered", attempts: 4, status: 201 }),
    ]);
    await flaky.close();
  });

  it("does not retry a permanent refusal, and gives up on a dead listener after maxAttempts", async () => {
    const refusing = await listener([400]);
    const dead = await listener();
    await dead.close(); // nothing listens on that port any more
    const reports: DeliveryReport[] = [];
    const notifier = new HubNotifier(
      async () => [
        { id: "refusing", callback: refusing.url },
        { id: "dead", callback: dead.url },
      ],
      { ...fast, maxAttempts: 3, onDelivery: (r) => reports.push(r) },
    );
    notifier.publish(buildEvent("Service", "Create", service));
    await notifier.drain();
    const bySubscription = Object.fromEntries(reports.map((r) => [r.subscriptionId, r]));
    expect(bySubscription.refusing).toMatchObject({ outcome: "failed", attempts: 1, status: 400 });
    expect(bySubscription.dead).toMatchObject({ outcome: "failed", attempts: 3 });
    expect(bySubscription.dead.error).toBeDefined();
    await refusing.close();
  });

  it("drops deliveries beyond the queue limit and reports them; a failing lookup is reported", async () => {
    const slow = await listener();
    const reports: DeliveryReport[] = [];
    const subs = Array.from({ length: 5 }, (_, i) => ({ id: `h${i}`, callback: slow.url }));
    const notifier = new HubNotifier(async () => subs, {
      ...fast,
      concurrency: 1,
      maxQueue: 2,
      onDelivery: (r) => reports.push(r),
    });
    notifier.publish(buildEvent("Service", "Create", service));
    await notifier.drain();
    expect(reports.filter((r) => r.outcome === "dropped")).toHaveLength(2);
    expect(slow.received).toHaveLength(3);

    const errors: unknown[] = [];
    const broken = new HubNotifier(async () => Promise.reject(new Error("redis down")), {
      onError: (e) => errors.push(e),
    });
    broken.publish(buildEvent("Service", "Create", service));
    await broken.drain();
    expect(String(errors[0])).toMatch(/redis down/);
    await slow.close();
  });
});
