/**
 * The TMF component modules under the real host: `tmfComponentModules` names, REST front ends at
 * the manifest's ports, and native calls from a component that declares the contracts (a probe
 * standing in for the rating function), on a Redis store.
 */
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
import { freePort, REDIS_URL } from "../../../../test/support/services";
import { parseManifest, startHost, type ComponentModule } from "../../src/host";
import { tmfComponentModules } from "../../src/tmf";
import { descriptor } from "../support/descriptors";
import { useRedis } from "../support/redis";

const redis = useRedis();

interface Clients {
  services: ServiceInventory;
  products: ProductInventory;
  catalog: ProductCatalog;
}
let probeClients: Clients | undefined;

/** A component that calls the three TMF contracts natively, as the RF does. */
const probeModule: ComponentModule = {
  service: descriptor("test.probe#Probe", ["Ping"]),
  create(context) {
    probeClients = {
      services: context.capabilities.client<ServiceInventory>(ServiceInventoryDescriptor),
      products: context.capabilities.client<ProductInventory>(ProductInventoryDescriptor),
      catalog: context.capabilities.client<ProductCatalog>(ProductCatalogDescriptor),
    };
    return { ping: async () => ({}) };
  },
};

describe("tmfComponentModules in the host", () => {
  it("registers the three components by name with their contracts", () => {
    expect(Object.keys(tmfComponentModules).sort()).toEqual([
      "product-catalog",
      "product-inventory",
      "service-inventory",
    ]);
    expect(tmfComponentModules["service-inventory"].service.shapeId).toBe(
      "oda.tmf638#ServiceInventory",
    );
    expect(tmfComponentModules["product-inventory"].rest?.basePath).toBe(
      "/tmf-api/productInventory/v4",
    );
    expect(tmfComponentModules["product-catalog"].service.shapeId).toBe(
      "oda.tmf620#ProductCatalog",
    );
  });

  it("serves REST at the manifest's ports and native calls to a declared caller, on Redis", async () => {
    if (!redis.available) return;
    const [si, pi, pc] = [await freePort(), await freePort(), await freePort()];
    const text = `redis: { url: "${REDIS_URL}" }
components:
  - name: service-inventory
    contract: oda.tmf638#ServiceInventory
    implementation: service-inventory
    frontEnds: both
    rest: { port: ${si}, basePath: /tmf-api/serviceInventory/v4 }
    store: redis
  - name: product-inventory
    contract: oda.tmf637#ProductInventory
    implementation: product-inventory
    frontEnds: both
    rest: { port: ${pi}, basePath: /tmf-api/productInventory/v4 }
  - name: product-catalog
    contract: oda.tmf620#ProductCatalog
    implementation: product-catalog
    frontEnds: both
    rest: { port: ${pc}, basePath: /tmf-api/productCatalogManagement/v4 }
  - name: probe
    contract: test.probe#Probe
    implementation: probe
    calls: [oda.tmf638#ServiceInventory, oda.tmf637#ProductInventory, oda.tmf620#ProductCatalog]
`;
    const parsed = parseManifest(text, { env: {} });
    if (!parsed.manifest) throw new Error(JSON.stringify(parsed.issues));
    const lines: string[] = [];
    const host = await startHost(
      parsed.manifest,
      { ...tmfComponentModules, probe: probeModule },
      { log: (line) => lines.push(line), listenHost: "127.0.0.1" },
    );
    try {
      expect(lines.join("\n")).toContain(`rest http://127.0.0.1:${si}/tmf-api/serviceInventory/v4`);
      const created = await fetch(`http://127.0.0.1:${si}/tmf-api/serviceInventory/v4/service`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          name: "hosted",
          state: "active",
          serviceSpecification: { id: "spec" },
          serviceCharacteristic: [{ name: "subscriberIdentifier", value: `imsi-${redis.lattice}` }],
        }),
      });
      expect(created.status).toBe(201);
      const service = (await created.json()) as { id: string; href: string };
      expect(service.href).toBe(
        `http://127.0.0.1:${si}/tmf-api/serviceInventory/v4/service/${service.id}`,
      );

      const clients = probeClients!;
      const found = await clients.services.findServicesBySubscriber({
        subscriberId: `imsi-${redis.lattice}`,
      });
      expect(found.services.map((s) => s.id)).toEqual([service.id]);

      const { productOfferingPrice } = await clients.catalog.createProductOfferingPrice({
        productOfferingPrice: { name: "per MB", price: { unit: "EUR", value: 0.01 } },
      });
      const { productOffering } = await clients.catalog.createProductOffering({
        productOffering: { name: "5G", productOfferingPrice: [{ id: productOfferingPrice.id! }] },
      });
      await clients.products.createProduct({
        product: {
          status: "active",
          productOffering: { id: productOffering.id! },
          realizingService: [{ id: service.id }],
        },
      });
      const products = await clients.products.findProductsByService({ serviceId: service.id });
      expect(products.products.map((p) => p.productOffering?.id)).toEqual([productOffering.id]);
      const prices = await clients.catalog.getOfferingPrices({
        productOfferingId: products.products[0].productOffering!.id,
      });
      expect(prices.productOfferingPrices.map((p) => p.price)).toEqual([
        { unit: "EUR", value: 0.01 },
      ]);
      const listed = await fetch(
        `http://127.0.0.1:${pc}/tmf-api/productCatalogManagement/v4/productOffering?name=5G`,
      );
      expect(await listed.json()).toHaveLength(1);
      // The in-process lattice is "default": remove what this test stored in the shared Redis.
      const removed = await fetch(service.href, { method: "DELETE" });
      expect(removed.status).toBe(204);
    } finally {
      await host.close();
    }
  });
});
