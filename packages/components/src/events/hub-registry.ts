/**
 * Hub subscriptions (`POST /hub`, `DELETE /hub/{id}`): listeners registered with a callback URL
 * and an optional query. Kept in a DocumentStore, so a Redis-backed hub survives restarts and is
 * shared by every instance of the component.
 */
import { randomUUID } from "node:crypto";
import type { DocumentStore } from "../store";
import type { FieldFilter } from "../store/filter";

/** TMF `EventSubscription`. */
export interface HubSubscription {
  readonly id: string;
  readonly callback: string;
  readonly query?: string;
}

export class HubRegistryError extends Error {
  readonly code = "INVALID_SUBSCRIPTION" as const;
  readonly httpStatus = 400;
  constructor(message: string) {
    super(message);
    this.name = "HubRegistryError";
  }
}

export class HubRegistry {
  constructor(private readonly store: DocumentStore<HubSubscription>) {}

  /** Registers a listener (TMF `EventSubscriptionInput`); checks the callback and the query. */
  async register(input: { callback: string; query?: string }): Promise<HubSubscription> {
    let url: URL;
    try {
      url = new URL(input.callback);
    } catch {
      throw new HubRegistryError(
        `callback ${JSON.stringify(input.callback)} is not an absolute URL`,
      );
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new HubRegistryError(`callback must be http or https, got ${url.protocol}`);
    }
    if (input.query !== undefined) parseEventQuery(input.query);
    const subscription: HubSubscription = {
      id: randomUUID(),
      callback: input.callback,
      ...(input.query !== undefined && input.query !== "" ? { query: input.query } : {}),
    };
    await this.store.put(subscription.id, subscription, { expectedVersion: 0 });
    return subscription;
  }

  /** False when the id is unknown (TMF: 404). */
  unregister(id: string): Promise<boolean> {
    return this.store.delete(id);
  }

  async list(): Promise<HubSubscription[]> {
    return (await this.store.list()).items.map((d) => d.value);
  }
}

/**
 * A listener's query, read as the TM Forum reference implementations do: a URL query string
 * matched against the event document, e.g. `eventType=ServiceStateChangeEvent` or
 * `event.service.state=active`; comma-separated values mean "any of".
 */
export function parseEventQuery(query: string): FieldFilter {
  const filter: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(query.startsWith("?") ? query.slice(1) : query)) {
    if (key === "")
      throw new HubRegistryError(`query ${JSON.stringify(query)} has an empty attribute name`);
    (filter[key] ??= []).push(...value.split(","));
  }
  return filter;
}
