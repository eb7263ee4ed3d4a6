/**
 * What every TMF component is built from: its store (one collection per resource, one for the
 * hub), its hub, and the options the host or a test gives it.
 */
import type { EventKind, HubNotifierOptions, HubSubscription } from "../events";
import type { ComponentContext } from "../host/component-module";
import { outageAsUnavailable, type DocumentStore } from "../store";
import { TmfCollection, type TmfCollectionSpec } from "./tmf-collection";
import { TmfErrors, type TmfErrorClasses } from "./tmf-errors";
import { TmfHub } from "./tmf-hub";
import type { JsonObject } from "./wire-form";

export interface TmfComponentOptions {
  /** One store collection by name (the host's `context.store`, or a test's). */
  readonly store: <T>(collection: string) => DocumentStore<T>;
  /** `scheme://host[:port]` the REST front end is reached at: absolute hrefs in every answer. */
  readonly hrefBase?: string;
  /** Delivery of hub events: attempts, backoff, timeouts (events/hub-notifier.ts). */
  readonly hub?: HubNotifierOptions;
}

/** The pieces a TMF component's operations delegate to. */
export class TmfParts {
  readonly errors: TmfErrors;
  readonly hub: TmfHub;

  constructor(
    private readonly options: TmfComponentOptions,
    private readonly schema: TmfCollectionSpec["schema"],
    errorClasses: TmfErrorClasses,
  ) {
    this.errors = new TmfErrors(errorClasses);
    this.hub = new TmfHub(
      outageAsUnavailable(options.store<HubSubscription>("hub")),
      this.errors,
      options.hub,
    );
  }

  /** The collection of one resource, stored under its resource name (`Service`, …). */
  collection<T extends object>(
    resource: string,
    events: readonly EventKind[] = [],
    stateAttribute?: string,
  ): TmfCollection<T> {
    return new TmfCollection<T>({
      schema: this.schema,
      resource,
      store: outageAsUnavailable(this.options.store<JsonObject>(resource)),
      errors: this.errors,
      hrefBase: this.options.hrefBase,
      events: events.length > 0 ? { sink: this.hub, kinds: events, stateAttribute } : undefined,
    });
  }
}

/**
 * What every TMF API has besides its resources — the hub's registerListener and
 * unregisterListener — and draining queued deliveries before the store closes.
 */
export abstract class TmfComponentBase {
  protected constructor(protected readonly parts: TmfParts) {}

  registerListener(input: Parameters<TmfHub["registerListener"]>[0]) {
    return this.parts.hub.registerListener(input);
  }

  unregisterListener(input: Parameters<TmfHub["unregisterListener"]>[0]) {
    return this.parts.hub.unregisterListener(input);
  }

  /** Waits for queued hub deliveries (call before closing the store). */
  drain(): Promise<void> {
    return this.parts.hub.drain();
  }
}

/** The host's context as component options: its store, and hub deliveries drained on stop. */
export function optionsFromContext(context: ComponentContext): TmfComponentOptions {
  return {
    store: <T>(collection: string) => context.store<T>(collection),
    hub: {
      onDelivery: (report) => {
        if (report.outcome !== "delivered") {
          context.log(
            `hub: ${report.eventType} ${report.eventId} to ${report.callback} ${report.outcome} after ${report.attempts} attempt(s)${report.status !== undefined ? ` (HTTP ${report.status})` : ""}${report.error ? ` (${report.error})` : ""}`,
          );
        }
      },
    },
  };
}
