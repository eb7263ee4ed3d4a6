/**
 * One behaviour, two stores: every DocumentStore implementation must pass these cases.
 * `make` returns a fresh, empty store for each case (undefined: skip, e.g. Redis absent).
 */
import { StoreError, StoreErrorCode, type DocumentStore } from "../../src/store";

interface Service {
  id: string;
  state: string;
  name?: string;
  serviceCharacteristic?: { name: string; value: unknown }[];
}

export function storeContract(name: string, make: () => DocumentStore<Service> | undefined): void {
  describe(`DocumentStore contract: ${name}`, () => {
    const fresh = (): DocumentStore<Service> | undefined => make();

    it("gets undefined for an absent id and the value after put, at version 1", async () => {
      const store = fresh();
      if (!store) return;
      expect(await store.get("s1")).toBeUndefined();
      const written = await store.put("s1", { id: "s1", state: "active" });
      expect(written).toEqual({ id: "s1", version: 1, value: { id: "s1", state: "active" } });
      expect(await store.get("s1")).toEqual(written);
    });

    it("bumps the version on every put and enforces expectedVersion", async () => {
      const store = fresh();
      if (!store) return;
      await store.put("s1", { id: "s1", state: "inactive" });
      const second = await store.put("s1", { id: "s1", state: "active" }, { expectedVersion: 1 });
      expect(second.version).toBe(2);
      const stale = store.put("s1", { id: "s1", state: "terminated" }, { expectedVersion: 1 });
      await expect(stale).rejects.toMatchObject({ code: StoreErrorCode.VERSION_CONFLICT });
      expect((await store.get("s1"))?.value.state).toBe("active");
      // expectedVersion 0 means "only if absent".
      await expect(
        store.put("s2", { id: "s2", state: "a" }, { expectedVersion: 0 }),
      ).resolves.toMatchObject({
        version: 1,
      });
      await expect(
        store.put("s2", { id: "s2", state: "b" }, { expectedVersion: 0 }),
      ).rejects.toBeInstanceOf(StoreError);
    });

    it("putIfAbsent never overwrites and returns the existing document", async () => {
      const store = fresh();
      if (!store) return;
      const first = await store.putIfAbsent("s1", { id: "s1", state: "active" });
      expect(first).toEqual({
        created: true,
        document: { id: "s1", version: 1, value: { id: "s1", state: "active" } },
      });
      const again = await store.putIfAbsent("s1", { id: "s1", state: "terminated" });
      expect(again.created).toBe(false);
      expect(again.document.value.state).toBe("active");
    });

    it("deletes, reports whether something was deleted, and honours expectedVersion", async () => {
      const store = fresh();
      if (!store) return;
      await store.put("s1", { id: "s1", state: "active" });
      await expect(store.delete("s1", { expectedVersion: 7 })).rejects.toMatchObject({
        code: StoreErrorCode.VERSION_CONFLICT,
      });
      expect(await store.delete("s1", { expectedVersion: 1 })).toBe(true);
      expect(await store.delete("s1")).toBe(false);
      expect(await store.get("s1")).toBeUndefined();
      expect((await store.list()).total).toBe(0);
    });

    it("lists in creation order with offset, limit and total; replacing keeps the place", async () => {
      const store = fresh();
      if (!store) return;
      for (const id of ["a", "b", "c", "d", "e"]) await store.put(id, { id, state: "active" });
      await store.put("b", { id: "b", state: "inactive" });
      await store.delete("c");
      await store.put("c", { id: "c", state: "active" }); // re-created: goes last
      const all = await store.list();
      expect(all.items.map((d) => d.id)).toEqual(["a", "b", "d", "e", "c"]);
      expect(all.total).toBe(5);
      const page = await store.list({ offset: 1, limit: 2 });
      expect(page.items.map((d) => d.id)).toEqual(["b", "d"]);
      expect(page.total).toBe(5);
      expect((await store.list({ offset: 10 })).items).toEqual([]);
      expect(await store.list({ limit: 0 })).toEqual({ items: [], total: 5 });
      await expect(store.list({ offset: -1 })).rejects.toMatchObject({
        code: StoreErrorCode.INVALID,
      });
    });

    it("filters on dotted paths through arrays, counting all matches", async () => {
      const store = fresh();
      if (!store) return;
      const characteristic = (value: unknown) => [{ name: "msisdn", value }];
      await store.put("1", {
        id: "1",
        state: "active",
        serviceCharacteristic: characteristic("14165551234"),
      });
      await store.put("2", {
        id: "2",
        state: "inactive",
        serviceCharacteristic: characteristic("14165550000"),
      });
      await store.put("3", {
        id: "3",
        state: "active",
        serviceCharacteristic: characteristic(14165550000),
      });
      await store.put("4", { id: "4", state: "active" });
      const active = await store.list({ where: { state: "active" }, limit: 1 });
      expect(active.items.map((d) => d.id)).toEqual(["1"]);
      expect(active.total).toBe(3);
      const byValue = await store.list({ where: { "serviceCharacteristic.value": "14165550000" } });
      expect(byValue.items.map((d) => d.id)).toEqual(["2", "3"]);
      const both = await store.list({
        where: { state: ["inactive", "terminated"], "serviceCharacteristic.name": "msisdn" },
      });
      expect(both.items.map((d) => d.id)).toEqual(["2"]);
      const predicate = await store.list({
        predicate: (s) => s.serviceCharacteristic === undefined,
      });
      expect(predicate.items.map((d) => d.id)).toEqual(["4"]);
    });

    it("returns copies: mutating a result does not change the store", async () => {
      const store = fresh();
      if (!store) return;
      const written = await store.put("s1", { id: "s1", state: "active" });
      (written.value as { state: string }).state = "changed";
      const read = await store.get("s1");
      (read!.value as { state: string }).state = "changed";
      expect((await store.get("s1"))?.value.state).toBe("active");
    });

    it("refuses values that are not JSON and empty ids", async () => {
      const store = fresh();
      if (!store) return;
      await expect(store.put("x", undefined as unknown as Service)).rejects.toMatchObject({
        code: StoreErrorCode.INVALID,
      });
      await expect(
        store.put("x", { id: "x", state: 1n } as unknown as Service),
      ).rejects.toMatchObject({
        code: StoreErrorCode.INVALID,
      });
      await expect(store.get("")).rejects.toMatchObject({ code: StoreErrorCode.INVALID });
    });

    it("update applies concurrent read-modify-writes without losing any", async () => {
      const store = fresh();
      if (!store) return;
      await store.put("counter", { id: "counter", state: "0" });
      const bump = () =>
        store.update("counter", (cur) => ({
          id: "counter",
          state: String(Number(cur?.value.state) + 1),
        }));
      await Promise.all(Array.from({ length: 25 }, bump));
      const final = await store.get("counter");
      expect(final?.value.state).toBe("25");
      expect(final?.version).toBe(26);
      // A mutator returning undefined deletes.
      expect(await store.update("counter", () => undefined)).toBeUndefined();
      expect(await store.get("counter")).toBeUndefined();
    });
  });
}
