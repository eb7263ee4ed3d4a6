/**
 * The six components of the charging flow (TMF638, TMF637, TMF620, CHF, RF, ABMF), deployed two
 * ways for the flow suite:
 * - `startInProcessCanvas`: one in-process transport, wired as the host wires components (the
 *   host's own capability gate, `capabilitiesFor`), so that the test can call them natively;
 * - `startNatsCanvas`: one host per component in this process, on NATS, with Redis stores, so
 *   that every call between components crosses NATS (local-first routing finds nothing local).
 */
import type { Redis } from "ioredis";
import {
  connectNatsTransport,
  createInProcessTransport,
  serveService,
  type Served,
  type ServiceDescriptor,
  type Transport,
} from "@oda-codegen/runtime";
import { ccsComponentModules } from "../../src/ccs";
import {
  capabilitiesFor,
  parseManifest,
  startHost,
  type ComponentContext,
  type ComponentRegistry,
  type HostManifest,
  type RunningHost,
} from "../../src/host";
import { openDocumentStore, type DocumentStore } from "../../src/store";
import { tmfComponentModules } from "../../src/tmf";
import { canvasClients } from "./canvas-clients";
import type { ChargingFlowTarget } from "./charging-flow-contract";

export const REGISTRY: ComponentRegistry = { ...tmfComponentModules, ...ccsComponentModules };

const COMPONENTS = [
  "  - { name: service-inventory, contract: oda.tmf638#ServiceInventory, implementation: service-inventory, store: STORE }",
  "  - { name: product-inventory, contract: oda.tmf637#ProductInventory, implementation: product-inventory, store: STORE }",
  "  - { name: product-catalog, contract: oda.tmf620#ProductCatalog, implementation: product-catalog, store: STORE }",
  "  - { name: chf, contract: oda.ccs.chf#ConvergedCharging, implementation: ccs-chf, store: STORE, calls: [oda.ccs.rf#Rating] }",
  "  - { name: rf, contract: oda.ccs.rf#Rating, implementation: ccs-rf, store: STORE, calls: [oda.tmf638#ServiceInventory, oda.tmf637#ProductInventory, oda.tmf620#ProductCatalog, oda.ccs.abmf#BalanceManagement] }",
  "  - { name: abmf, contract: oda.ccs.abmf#BalanceManagement, implementation: ccs-abmf, store: STORE }",
];

/** The flow's manifest: every component, on `store`, with the transport and Redis lines given. */
export function chargingManifest(
  store: "memory" | "redis",
  header = "",
  only?: readonly string[],
): HostManifest {
  const lines = COMPONENTS.filter(
    (line) => !only || only.some((n) => line.includes(`name: ${n},`)),
  );
  const text = `${header}components:\n${lines.map((l) => l.replace("STORE", store)).join("\n")}\n`;
  const parsed = parseManifest(text);
  if (!parsed.manifest)
    throw new Error(`manifest rejected: ${JSON.stringify(parsed.issues, undefined, 2)}`);
  return parsed.manifest;
}

export interface Canvas {
  readonly target: ChargingFlowTarget;
  /** The transport the test's clients use. */
  readonly transport: Transport;
  close(): Promise<void>;
}

/** All six components on one in-process transport, each behind the host's capability gate. */
export async function startInProcessCanvas(
  options: {
    store?: "memory" | "redis";
    redis?: Redis;
    /** Redis key namespace (the manifest's lattice is `default` in process). */
    lattice?: string;
    /** Deadline of calls without one (default 5000 ms, as the host's transports). */
    timeoutMs?: number;
  } = {},
): Promise<Canvas> {
  const store = options.store ?? "memory";
  const manifest = chargingManifest(
    store,
    store === "redis" ? "redis: { url: redis://unused }\n" : "",
  );
  const lattice = options.lattice ?? manifest.lattice;
  const transport = createInProcessTransport(
    options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {},
  );
  const served: Served[] = [];
  const stores = new Map<string, DocumentStore<unknown>>();
  for (const component of manifest.components) {
    const module = REGISTRY[component.implementation];
    const capabilities = capabilitiesFor(manifest, component.name, transport);
    const context: ComponentContext = {
      name: component.name,
      lattice,
      capabilities,
      store<T>(collection: string) {
        const opened = openDocumentStore<T>(
          {
            kind: component.store,
            lattice,
            component: component.name,
            redis: options.redis,
          },
          collection,
        );
        stores.set(`${component.name}/${collection}`, opened as DocumentStore<unknown>);
        return opened;
      },
      ...(component.store === "redis" && options.redis ? { redis: options.redis } : {}),
      onStop: () => undefined,
      log: () => undefined,
    };
    const impl = await module.create(context);
    served.push(await serveService(module.service, impl, capabilities.transport));
  }
  const count = async (key: string) => (await stores.get(key)?.list())?.total ?? 0;
  return {
    transport,
    target: {
      ...canvasClients(transport),
      clientAsChf: <S>(service: ServiceDescriptor) =>
        capabilitiesFor(manifest, "chf", transport).client<S>(service),
      sessionCount: async () => (await count("chf/chargingData")) + (await count("rf/ratingData")),
    },
    async close() {
      await Promise.all(served.map((s) => s.close()));
      await transport.close();
    },
  };
}

/**
 * Every component in a host of its own, in this process, on NATS under `lattice`, with Redis
 * stores; the test reaches them through its own NATS connection.
 */
export async function startNatsCanvas(options: {
  natsUrl: string;
  redisUrl: string;
  lattice: string;
  redis: Redis;
  /** Hosts per charging component (CHF, RF, ABMF), sharing Redis; NATS spreads calls over them. */
  replicas?: number;
}): Promise<Canvas> {
  const header =
    `transport: { nats: { servers: ["${options.natsUrl}"], lattice: ${options.lattice} } }\n` +
    `redis: { url: "${options.redisUrl}" }\n`;
  const manifest = chargingManifest("redis", header);
  const hosts: RunningHost[] = [];
  const closeAll = async () => {
    // Callers first, so that nothing calls a component that has stopped.
    for (const host of hosts.reverse()) await host.close();
  };
  try {
    const ccs = Array.from({ length: options.replicas ?? 1 }, () => ["abmf", "rf", "chf"]).flat();
    for (const name of ["service-inventory", "product-inventory", "product-catalog", ...ccs]) {
      hosts.push(
        await startHost(chargingManifest("redis", header, [name]), REGISTRY, {
          log: () => undefined,
        }),
      );
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  const transport = await connectNatsTransport({
    servers: options.natsUrl,
    lattice: options.lattice,
    name: "charging-flow-test",
    timeoutMs: 10_000,
  });
  const count = (component: string, collection: string) =>
    openDocumentStore(
      { kind: "redis", lattice: options.lattice, component, redis: options.redis },
      collection,
    )
      .list()
      .then((page) => page.total);
  return {
    transport,
    target: {
      ...canvasClients(transport),
      clientAsChf: <S>(service: ServiceDescriptor) =>
        capabilitiesFor(manifest, "chf", transport).client<S>(service),
      sessionCount: async () =>
        (await count("chf", "chargingData")) + (await count("rf", "ratingData")),
    },
    async close() {
      await transport.close();
      await closeAll();
    },
  };
}
