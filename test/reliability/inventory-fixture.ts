/**
 * A TMF638 ServiceInventory implementation on the project's DocumentStore, for the reliability
 * runner until the `inventory` component lands: it stores what it is given, and turns a store
 * outage into UNAVAILABLE (503 with a TMF Error body over REST).
 */
import { NativeCallError, NativeCode } from "@oda-codegen/runtime";
import type { DocumentStore } from "@oda-codegen/components/src/store";
import { StoreError, StoreErrorCode } from "@oda-codegen/components/src/store";
import { NotFound, retrieveServiceOutputCodec } from "../../generated/service-inventory";
import type { ServiceInventory } from "../../generated/service-inventory/service";

type Doc = Record<string, unknown>;

function outage(error: unknown): never {
  if (StoreError.is(error, StoreErrorCode.UNAVAILABLE)) {
    throw new NativeCallError(NativeCode.UNAVAILABLE, "the inventory store is unavailable", {
      cause: error,
    });
  }
  throw error;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    return outage(error);
  }
}

/** The store keeps the JSON form (timestamps as text); the implementation works on typed values. */
const toStored = (service: Doc): Doc =>
  (retrieveServiceOutputCodec.toJson({ service } as never) as { service: Doc }).service;
const fromStored = (json: Doc): Doc =>
  (retrieveServiceOutputCodec.fromJson({ service: json }) as unknown as { service: Doc }).service;

/** The store holds ids of 1..512 characters: any other id names no service (404, not a 500). */
const storable = (id: string): boolean => id.length >= 1 && id.length <= 512;

export function inventoryFixture(store: DocumentStore<Doc>): ServiceInventory {
  let next = 0;
  const prefix = Math.random().toString(36).slice(2, 8);
  const notFound = (id: string) =>
    new NotFound({ code: "404", reason: "Not Found", message: `No service ${id}` });
  const impl = {
    async createService({ service }: { service: Doc }) {
      const id = `${prefix}-${++next}`;
      const created = { ...service, id };
      await guarded(() => store.putIfAbsent(id, toStored(created)));
      return { service: created };
    },
    async retrieveService({ id }: { id: string }) {
      const found = storable(id) ? await guarded(() => store.get(id)) : undefined;
      if (!found) throw notFound(id);
      return { service: fromStored(found.value) };
    },
    async patchService({ id, service: patch }: { id: string; service: Doc }) {
      if (!storable(id)) throw notFound(id);
      const written = await guarded(() =>
        store.update(id, (current) => {
          if (!current) return undefined;
          const value = fromStored(current.value);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null) delete value[k];
            else value[k] = v;
          }
          return toStored(value);
        }),
      );
      if (!written) throw notFound(id);
      return { service: fromStored(written.value) };
    },
    async deleteService({ id }: { id: string }) {
      if (!storable(id) || !(await guarded(() => store.delete(id)))) throw notFound(id);
      return {};
    },
    async listService() {
      const { items } = await guarded(() => store.list());
      return { services: items.map((d) => fromStored(d.value)) };
    },
    async findServicesBySubscriber({ subscriberId }: { subscriberId: string }) {
      const { items } = await guarded(() =>
        store.list({ predicate: (s) => s.id === subscriberId }),
      );
      return { services: items.map((d) => fromStored(d.value)) };
    },
    async registerListener({ data }: { data: { callback: string; query?: string } }) {
      return { eventSubscription: { id: `${prefix}-hub-${++next}`, ...data } };
    },
    async unregisterListener() {
      return {};
    },
  };
  return impl as unknown as ServiceInventory;
}
