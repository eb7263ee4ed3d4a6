/**
 * canvas/nats-redis.yaml with one real `oda-host` process per component (`--only`), on NATS with
 * every store in Redis, under a lattice of its own: the charging flow suite, TMF638 through REST
 * and natively across processes, and the state really in Redis.
 */
import { Redis } from "ioredis";
import {
  connectNatsTransport,
  createNativeClient,
  type NatsTransport,
  type ServiceDescriptor,
} from "@oda-codegen/runtime";
import {
  BalanceManagementDescriptor,
  type BalanceManagement,
} from "../../../../generated/balance-management";
import {
  ConvergedChargingDescriptor,
  type ConvergedCharging,
} from "../../../../generated/converged-charging";
import {
  ProductCatalogDescriptor,
  type ProductCatalog,
} from "../../../../generated/product-catalog";
import {
  ProductInventoryDescriptor,
  type ProductInventory,
} from "../../../../generated/product-inventory";
import {
  ServiceInventoryDescriptor,
  type ServiceInventory,
} from "../../../../generated/service-inventory";
import { capabilitiesFor, loadManifestFile, type HostManifest } from "../../src/host";
import { NATS_URL, REDIS_URL, requireService } from "../../../../test/support/services";
import { describeChargingFlow } from "../ccs/charging-flow-contract";
import {
  NATS_REDIS_MANIFEST,
  startNatsCanvas,
  type CanvasDeployment,
} from "./support/canvas-process";

jest.setTimeout(120_000);

interface Deployed {
  readonly canvas: CanvasDeployment;
  readonly nats: NatsTransport;
  readonly manifest: HostManifest;
  readonly redis: Redis;
}

let deployed: Promise<Deployed | undefined> | undefined;

/** One deployment for every suite of this file, started by the first that needs it. */
function deployment(): Promise<Deployed | undefined> {
  deployed ??= (async () => {
    if (!(await requireService("nats")) || !(await requireService("redis"))) return undefined;
    const canvas = await startNatsCanvas({ perComponent: true });
    const nats = await connectNatsTransport({
      servers: [NATS_URL],
      lattice: canvas.lattice,
      name: "canvas-test",
    });
    const { manifest } = loadManifestFile(NATS_REDIS_MANIFEST, {
      env: { ...process.env, ODA_LATTICE: canvas.lattice },
    });
    return { canvas, nats, manifest: manifest!, redis: new Redis(REDIS_URL) };
  })();
  return deployed;
}

afterAll(async () => {
  const d = await deployed;
  if (!d) return;
  await d.nats.close();
  await d.canvas.stop();
  const keys = await d.redis.keys(`*oda:${d.canvas.lattice}:*`);
  if (keys.length > 0) await d.redis.del(...keys);
  await d.redis.quit();
}, 60_000);

describeChargingFlow("canvas/nats-redis.yaml, one oda-host process per component", async () => {
  const d = await deployment();
  if (!d) return undefined;
  return {
    chf: createNativeClient<ConvergedCharging>(ConvergedChargingDescriptor, d.nats),
    services: createNativeClient<ServiceInventory>(ServiceInventoryDescriptor, d.nats),
    products: createNativeClient<ProductInventory>(ProductInventoryDescriptor, d.nats),
    catalog: createNativeClient<ProductCatalog>(ProductCatalogDescriptor, d.nats),
    abmf: createNativeClient<BalanceManagement>(BalanceManagementDescriptor, d.nats),
    clientAsChf: <S>(service: ServiceDescriptor) =>
      capabilitiesFor(d.manifest, "ccs-chf", d.nats).client<S>(service),
  };
});

describe("TMF638 across processes: REST and native over one Redis back end", () => {
  let d: Deployed | undefined;
  beforeAll(async () => {
    d = await deployment();
  }, 120_000);

  it("each component runs in its own process, all six answering", () => {
    if (!d) return;
    expect(d.canvas.processes).toHaveLength(6);
    for (const p of d.canvas.processes)
      expect(p.output()).toMatch(/oda-host: 1 components running/);
  });

  it("a Service created over REST is retrieved natively, and one created natively over REST", async () => {
    if (!d) return;
    const base = d.canvas.restUrls["service-inventory"];
    const response = await fetch(`${base}/service`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "over REST",
        state: "active",
        serviceSpecification: { id: "5g-data-connectivity" },
      }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; href: string };
    expect(created.href).toBe(`${base}/service/${created.id}`);

    const services = createNativeClient<ServiceInventory>(ServiceInventoryDescriptor, d.nats);
    const { service } = await services.retrieveService({ id: created.id });
    expect(service).toMatchObject({ id: created.id, name: "over REST", state: "active" });

    const native = await services.createService({
      service: {
        name: "natively",
        state: "inactive",
        serviceSpecification: { id: "5g-data-connectivity" },
      },
    });
    const overRest = await fetch(`${base}/service/${native.service.id}`);
    expect(overRest.status).toBe(200);
    expect(await overRest.json()).toMatchObject({
      id: native.service.id,
      name: "natively",
      state: "inactive",
      href: `${base}/service/${native.service.id}`,
    });
  });

  it("the state is in Redis under the run's lattice", async () => {
    if (!d) return;
    const keys = await d.redis.keys(`{oda:${d.canvas.lattice}:service-inventory:*`);
    expect(keys.length).toBeGreaterThan(0);
  });
});
