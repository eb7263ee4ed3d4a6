/**
 * Product Inventory (TMF637): the same implementation through the generated native client and
 * the generated REST handler on a real loopback port.
 */
import {
  NotFound,
  createProductInventoryNativeClient,
  createProductInventoryRestHandler,
  serveProductInventory,
  type Product_Create,
  type ProductInventory,
} from "../../../../generated/product-inventory";
import { createProductInventory } from "../../src/tmf";
import { memoryOptions, serveNative, serveRest, type HttpServer } from "./support";

const BASE = "/tmf-api/productInventory/v4";

const product = (name: string, serviceId: string, status: Product_Create["status"] = "active") =>
  ({
    name,
    status,
    productOffering: { id: "offer-5g" },
    realizingService: [{ id: serviceId }],
    startDate: new Date("2026-01-01T00:00:00Z"),
  }) satisfies Product_Create;

describe("Product Inventory through the native client", () => {
  let native: Awaited<ReturnType<typeof serveNative<ProductInventory>>>;
  let client: ProductInventory;

  beforeEach(async () => {
    native = await serveNative(
      serveProductInventory,
      createProductInventoryNativeClient,
      createProductInventory(memoryOptions()),
    );
    client = native.client;
  });
  afterEach(() => native.close());

  it("creates, retrieves, lists, patches and deletes", async () => {
    const { product: created } = await client.createProduct({ product: product("p1", "svc-1") });
    expect(created.id).toBeDefined();
    expect((await client.retrieveProduct({ id: created.id! })).product).toEqual(created);
    await client.createProduct({ product: product("p2", "svc-2", "suspended") });
    const listed = await client.listProduct({ filters: { status: "suspended" } });
    expect(listed.products.map((p) => p.name)).toEqual(["p2"]);
    expect(listed.totalCount).toBe(1);
    const { product: patched } = await client.patchProduct({
      id: created.id!,
      product: { status: "terminated", terminationDate: new Date("2026-06-01T00:00:00Z") },
    });
    expect(patched).toMatchObject({ name: "p1", status: "terminated" });
    expect(patched.terminationDate).toEqual(new Date("2026-06-01T00:00:00Z"));
    await client.deleteProduct({ id: created.id! });
    await expect(client.retrieveProduct({ id: created.id! })).rejects.toBeInstanceOf(NotFound);
  });

  it("finds the products a service realizes, optionally by status", async () => {
    await client.createProduct({ product: product("a", "svc-1") });
    await client.createProduct({ product: product("b", "svc-2") });
    await client.createProduct({ product: product("c", "svc-1", "suspended") });
    const all = await client.findProductsByService({ serviceId: "svc-1" });
    expect(all.products.map((p) => p.name)).toEqual(["a", "c"]);
    const active = await client.findProductsByService({ serviceId: "svc-1", status: "active" });
    expect(active.products.map((p) => p.name)).toEqual(["a"]);
    expect((await client.findProductsByService({ serviceId: "svc-9" })).products).toEqual([]);
  });
});

describe("Product Inventory over REST on loopback", () => {
  let server: HttpServer;

  beforeEach(async () => {
    server = await serveRest(
      createProductInventoryRestHandler(createProductInventory(memoryOptions())),
    );
  });
  afterEach(() => server.close());

  it("creates with 201 and href, filters by realizingService.id, selects fields", async () => {
    const response = await fetch(`${server.url}${BASE}/product`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "r", status: "active", realizingService: [{ id: "svc-7" }] }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; href: string };
    expect(created.href).toBe(`${server.url}${BASE}/product/${created.id}`);
    const list = await fetch(
      `${server.url}${BASE}/product?realizingService.id=svc-7&fields=status`,
    );
    expect(list.headers.get("x-total-count")).toBe("1");
    expect(await list.json()).toEqual([{ id: created.id, href: created.href, status: "active" }]);
    const none = await fetch(`${server.url}${BASE}/product?realizingService.id=svc-8`);
    expect(await none.json()).toEqual([]);
  });

  it("refuses an unknown status with 400 and answers 404 for an unknown product", async () => {
    const bad = await fetch(`${server.url}${BASE}/product`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "r", status: "sold" }),
    });
    expect(bad.status).toBe(400);
    const missing = await fetch(`${server.url}${BASE}/product/none`, {
      method: "PATCH",
      headers: { "content-type": "application/merge-patch+json" },
      body: JSON.stringify({ status: "active" }),
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "404", reason: "Not Found" });
  });
});
