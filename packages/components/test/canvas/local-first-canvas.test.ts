/**
 * canvas/nats-redis.yaml with all components in one host on NATS: calls between them are
 * local-first (in process, no broker hop), while the components stay reachable over NATS. A spy
 * subscribed to the whole lattice counts what crosses the broker.
 */
import { randomUUID } from "node:crypto";
import { connectNatsTransport, type NatsTransport } from "@oda-codegen/runtime";
import { BUILT_IN_COMPONENTS } from "../../src/builtin-registry";
import { loadManifestFile, startHost, type RunningHost } from "../../src/host";
import { NATS_URL, requireService } from "../../../../test/support/services";
import { balanceOf, eur, seedSubscriber } from "../ccs/charging-flow-seed";
import { canvasClients, chargingSession } from "../ccs/canvas-clients";
import { NATS_REDIS_MANIFEST, canvasPortEnv } from "./support/canvas-process";

jest.setTimeout(60_000);

const lattice = `local-first-${randomUUID().slice(0, 8)}`;
let host: RunningHost | undefined;
let spy: NatsTransport | undefined;
let outside: NatsTransport | undefined;
const crossed = new Map<string, number>();

beforeAll(async () => {
  if (!(await requireService("nats"))) return;
  const env = {
    ...process.env,
    ...(await canvasPortEnv()),
    NATS_URL,
    ODA_LATTICE: lattice,
    ODA_STORE: "memory",
  };
  const { manifest, issues } = loadManifestFile(NATS_REDIS_MANIFEST, { env });
  if (!manifest) throw new Error(JSON.stringify(issues));
  spy = await connectNatsTransport({ servers: [NATS_URL], lattice, name: "spy" });
  const subscription = spy.connection.subscribe(`oda.${lattice}.>`);
  void (async () => {
    for await (const message of subscription) {
      const service = message.subject.split(".")[2];
      crossed.set(service, (crossed.get(service) ?? 0) + 1);
    }
  })();
  await spy.connection.flush();
  host = await startHost(manifest, BUILT_IN_COMPONENTS, {
    env,
    log: () => undefined,
    listenHost: "127.0.0.1",
  });
  outside = await connectNatsTransport({ servers: [NATS_URL], lattice, name: "outside" });
});

afterAll(async () => {
  await outside?.close();
  await host?.close();
  await spy?.close();
});

/** Waits until everything published so far has reached the spy, then reads its counts. */
async function crossings(): Promise<Record<string, number>> {
  await outside?.connection.flush();
  await spy?.connection.flush();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return Object.fromEntries(crossed);
}

it("a session started in the host crosses the broker not once: CHF → RF → inventories and ABMF stay in process", async () => {
  if (!host) return;
  const inHost = canvasClients(host.local);
  const s = await seedSubscriber(inHost, { balance: "1" });
  await chargingSession(inHost.chf, s.subscriber);
  expect(await balanceOf(inHost, s.productId)).toEqual({ available: eur("0.85"), reserved: 0n });
  expect(await crossings()).toEqual({});
});

it("a caller outside the host reaches the CHF over NATS; the CHF's own calls still stay in process", async () => {
  if (!host || !outside) return;
  const c = canvasClients(outside);
  const s = await seedSubscriber(c, { balance: "1" });
  const seeded = await crossings();
  await chargingSession(c.chf, s.subscriber);
  const after = await crossings();
  expect(after.ConvergedCharging).toBe(3);
  for (const service of [
    "Rating",
    "ServiceInventory",
    "ProductInventory",
    "ProductCatalog",
    "BalanceManagement",
  ])
    expect(after[service] ?? 0).toBe(seeded[service] ?? 0);
  expect(await balanceOf(c, s.productId)).toEqual({ available: eur("0.85"), reserved: 0n });
});
