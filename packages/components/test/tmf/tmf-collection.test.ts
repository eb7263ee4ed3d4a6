/**
 * The generic TMF collection under the components: JSON Merge Patch semantics, a patch that
 * would leave an invalid resource, ids no resource can have, paging errors, and concurrent
 * patches from two instances over one Redis (no update is lost).
 */
import {
  BadRequest,
  NotFound,
  ServiceInventoryRest,
  type Service,
} from "../../../../generated/service-inventory";
import { MemoryDocumentStore, openDocumentStore, type DocumentStore } from "../../src/store";
import { TmfCollection, TmfErrors } from "../../src/tmf";
import { mergePatch, type JsonObject } from "../../src/tmf/wire-form";
import { useRedis } from "../support/redis";

const errors = new TmfErrors({ BadRequest, NotFound });

function services(store: DocumentStore<JsonObject> = new MemoryDocumentStore()) {
  return new TmfCollection<Service>({
    schema: ServiceInventoryRest,
    resource: "Service",
    store,
    errors,
  });
}

describe("mergePatch (RFC 7396)", () => {
  it.each([
    [{ a: "b" }, { a: "c" }, { a: "c" }],
    [{ a: "b" }, { b: "c" }, { a: "b", b: "c" }],
    [{ a: "b" }, { a: null }, {}],
    [{ a: "b", b: "c" }, { a: null }, { b: "c" }],
    [{ a: ["b"] }, { a: "c" }, { a: "c" }],
    [{ a: "c" }, { a: ["b"] }, { a: ["b"] }],
    [{ a: { b: "c" } }, { a: { b: "d", c: null } }, { a: { b: "d" } }],
    [{ a: [{ b: "c" }] }, { a: [1] }, { a: [1] }],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])("%j patched with %j is %j", (target, patch, result) => {
    expect(mergePatch(target, patch)).toEqual(result);
  });
});

describe("TmfCollection", () => {
  it("refuses a patch that leaves the resource invalid, and keeps it unchanged", async () => {
    const collection = services();
    const created = await collection.create({ state: "active", serviceSpecification: { id: "s" } });
    // Front ends validate the patch body; this one bypasses them, so the collection must check.
    const patch = { name: "x", serviceSpecification: { id: null } };
    await expect(collection.patch(created.id!, patch)).rejects.toBeInstanceOf(BadRequest);
    expect(await collection.retrieve(created.id!)).toEqual(created);
  });

  it("ignores id and href in a patch", async () => {
    const collection = services();
    const created = await collection.create({ state: "active", serviceSpecification: { id: "s" } });
    const patched = await collection.patch(created.id!, { id: "other", href: "x", name: "n" });
    expect(patched).toEqual({ ...created, name: "n" });
  });

  it("treats ids no store can hold as unknown: 404, not 400 or 500", async () => {
    const collection = services();
    for (const id of ["", "x".repeat(600)]) {
      await expect(collection.retrieve(id)).rejects.toBeInstanceOf(NotFound);
      await expect(collection.patch(id, { name: "n" })).rejects.toBeInstanceOf(NotFound);
      await expect(collection.remove(id)).rejects.toBeInstanceOf(NotFound);
    }
  });

  it("pages with totals, and refuses a negative offset or limit with BadRequest", async () => {
    const collection = services();
    for (const name of ["a", "b", "c"]) {
      await collection.create({ name, state: "active", serviceSpecification: { id: "s" } });
    }
    expect(await collection.list({ offset: 5 })).toEqual({
      items: [],
      totalCount: 3,
      resultCount: 0,
    });
    const page = await collection.list({ offset: 1, limit: 1, fields: "none" });
    expect(page.totalCount).toBe(3);
    expect(page.items.map((s) => Object.keys(s))).toEqual([["id"]]);
    await expect(collection.list({ limit: -1 })).rejects.toBeInstanceOf(BadRequest);
    await expect(collection.list({ offset: -1 })).rejects.toBeInstanceOf(BadRequest);
  });

  it("gives absolute hrefs to native answers when told the public base URL", async () => {
    const collection = new TmfCollection<Service>({
      schema: ServiceInventoryRest,
      resource: "Service",
      store: new MemoryDocumentStore(),
      errors,
      hrefBase: "https://api.example.com",
    });
    const created = await collection.create({ state: "active", serviceSpecification: { id: "s" } });
    expect(created.href).toBe(
      `https://api.example.com/tmf-api/serviceInventory/v4/service/${created.id!}`,
    );
  });
});

describe("TmfCollection over one Redis from two instances", () => {
  const redis = useRedis();

  it("loses no concurrent patch of different attributes", async () => {
    if (!redis.available) return;
    const open = () =>
      services(
        openDocumentStore(
          { kind: "redis", lattice: redis.lattice, component: "si", redis: redis.connect() },
          "Service",
        ),
      );
    const [one, two] = [open(), open()];
    const { id } = await one.create({ state: "active", serviceSpecification: { id: "s" } });
    const patches: Partial<Service>[] = [
      { name: "n" },
      { description: "d" },
      { category: "CFS" },
      { serviceType: "t" },
      { startMode: "1" },
      { isBundle: true },
      { hasStarted: true },
      { isServiceEnabled: true },
      { isStateful: false },
      { endDate: new Date("2027-01-01T00:00:00Z") },
    ];
    await Promise.all(patches.map((p, i) => (i % 2 === 0 ? one : two).patch(id!, p)));
    expect(await two.retrieve(id!)).toEqual({
      id,
      state: "active",
      serviceSpecification: { id: "s" },
      ...Object.assign({}, ...patches),
    });
  });
});
