/**
 * Product Catalog (TMF620): collections over REST on loopback, and the native price lookup the
 * rating function uses, through the generated native client.
 */
import {
  NotFound,
  createProductCatalogNativeClient,
  createProductCatalogRestHandler,
  serveProductCatalog,
  type ProductCatalog,
  type ProductOfferingPrice_Create,
} from "../../../../generated/product-catalog";
import { createProductCatalog } from "../../src/tmf";
import { memoryOptions, serveNative, serveRest, type HttpServer } from "./support";

const BASE = "/tmf-api/productCatalogManagement/v4";
const JAN = new Date("2026-01-01T00:00:00Z");
const JUL = new Date("2026-07-01T00:00:00Z");

describe("Product Catalog: GetOfferingPrices through the native client", () => {
  let native: Awaited<ReturnType<typeof serveNative<ProductCatalog>>>;
  let client: ProductCatalog;

  beforeEach(async () => {
    native = await serveNative(
      serveProductCatalog,
      createProductCatalogNativeClient,
      createProductCatalog(memoryOptions()),
    );
    client = native.client;
  });
  afterEach(() => native.close());

  const price = async (value: ProductOfferingPrice_Create) =>
    (await client.createProductOfferingPrice({ productOfferingPrice: value })).productOfferingPrice;

  it("resolves the offering's prices, bundles followed by their bundled prices, each once", async () => {
    const data = await price({
      name: "data per MB",
      priceType: "usage",
      price: { unit: "EUR", value: 0.01 },
      unitOfMeasure: { amount: 1, units: "MB" },
    });
    const voice = await price({ name: "voice per min", priceType: "usage" });
    const bundle = await price({
      name: "5G usage",
      isBundle: true,
      bundledPopRelationship: [{ id: data.id }, { id: voice.id }],
    });
    const { productOffering } = await client.createProductOffering({
      productOffering: {
        name: "5G data",
        lifecycleStatus: "Launched",
        productOfferingPrice: [{ id: bundle.id! }, { id: data.id! }],
      },
    });
    const result = await client.getOfferingPrices({ productOfferingId: productOffering.id! });
    expect(result.productOffering).toEqual(productOffering);
    expect(result.productOfferingPrices.map((p) => p.name)).toEqual([
      "5G usage",
      "data per MB",
      "voice per min",
    ]);
    expect(result.productOfferingPrices[1].price).toEqual({ unit: "EUR", value: 0.01 });
  });

  it("keeps only what is valid at `at`, and is NotFound for unknown or dangling references", async () => {
    const old = await price({ name: "old", validFor: { startDateTime: JAN, endDateTime: JUL } });
    const current = await price({ name: "current", validFor: { startDateTime: JUL } });
    const { productOffering } = await client.createProductOffering({
      productOffering: {
        name: "o",
        validFor: { startDateTime: JAN },
        productOfferingPrice: [{ id: old.id! }, { id: current.id! }],
      },
    });
    const id = productOffering.id!;
    const inMarch = await client.getOfferingPrices({
      productOfferingId: id,
      at: new Date("2026-03-01T00:00:00Z"),
    });
    expect(inMarch.productOfferingPrices.map((p) => p.name)).toEqual(["old"]);
    const inAugust = await client.getOfferingPrices({
      productOfferingId: id,
      at: new Date("2026-08-01T00:00:00Z"),
    });
    expect(inAugust.productOfferingPrices.map((p) => p.name)).toEqual(["current"]);
    await expect(
      client.getOfferingPrices({ productOfferingId: id, at: new Date("2025-01-01T00:00:00Z") }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(client.getOfferingPrices({ productOfferingId: "none" })).rejects.toBeInstanceOf(
      NotFound,
    );
    const { productOffering: dangling } = await client.createProductOffering({
      productOffering: { name: "d", productOfferingPrice: [{ id: "gone" }] },
    });
    await expect(client.getOfferingPrices({ productOfferingId: dangling.id! })).rejects.toThrow(
      /"gone" referenced by ProductOffering/,
    );
  });
});

describe("Product Catalog over REST on loopback", () => {
  let server: HttpServer;
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${BASE}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  beforeEach(async () => {
    server = await serveRest(
      createProductCatalogRestHandler(createProductCatalog(memoryOptions())),
    );
  });
  afterEach(() => server.close());

  it("keeps each collection apart, with hrefs on its own path", async () => {
    const catalog = (await (await post("/catalog", { name: "Mobile" })).json()) as Record<
      string,
      string
    >;
    expect(catalog.href).toBe(`${server.url}${BASE}/catalog/${catalog.id}`);
    const offering = await post("/productOffering", {
      name: "5G data",
      lifecycleStatus: "Launched",
    });
    expect(offering.status).toBe(201);
    const created = (await offering.json()) as Record<string, string>;
    expect(created.href).toBe(`${server.url}${BASE}/productOffering/${created.id}`);
    expect(await (await fetch(`${server.url}${BASE}/catalog`)).json()).toHaveLength(1);
    expect((await fetch(`${server.url}${BASE}/catalog/${created.id}`)).status).toBe(404);
    const launched = await fetch(`${server.url}${BASE}/productOffering?lifecycleStatus=Launched`);
    expect(launched.headers.get("x-total-count")).toBe("1");
    const bare = await fetch(`${server.url}${BASE}/productOffering/${created.id}?fields=none`);
    expect(await bare.json()).toEqual({ id: created.id, href: created.href });
  });

  it("patches an offering, refuses a patch that leaves it invalid, deletes", async () => {
    const { id } = (await (
      await post("/productOffering", { name: "o", productSpecification: { id: "ps-1" } })
    ).json()) as { id: string };
    const url = `${server.url}${BASE}/productOffering/${id}`;
    const patched = await fetch(url, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lifecycleStatus: "Retired" }),
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ name: "o", lifecycleStatus: "Retired" });
    // `null` removes an attribute, but a reference keeps its required `id`.
    const removeId = await fetch(url, {
      method: "PATCH",
      headers: { "content-type": "application/merge-patch+json" },
      body: JSON.stringify({ name: "renamed", productSpecification: { id: null } }),
    });
    expect(removeId.status).toBe(400);
    expect(await removeId.json()).toMatchObject({ message: expect.stringContaining("id") });
    expect(await (await fetch(url)).json()).toMatchObject({
      name: "o",
      productSpecification: { id: "ps-1" },
    });
    expect((await fetch(url, { method: "DELETE" })).status).toBe(204);
    expect((await fetch(url)).status).toBe(404);
  });

  it("serves import jobs without PATCH (405), as the specification has none", async () => {
    const job = await post("/importJob", { url: "https://example.com/catalog.json" });
    expect(job.status).toBe(201);
    const { id } = (await job.json()) as { id: string };
    const patch = await fetch(`${server.url}${BASE}/importJob/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(patch.status).toBe(405);
  });
});
