/**
 * The hub of a TMF component (`POST /hub`, `DELETE /hub/{id}`): listeners kept in the
 * component's store, events delivered in the background with retries (events/hub-notifier.ts),
 * so that no request waits for a listener.
 */
import {
  HubNotifier,
  HubRegistry,
  HubRegistryError,
  type HubNotifierOptions,
  type HubSubscription,
  type TmfEvent,
} from "../events";
import { StoreError, StoreErrorCode, type DocumentStore } from "../store";
import type { TmfErrors } from "./tmf-errors";

export interface EventSubscriptionInput {
  callback: string;
  query?: string;
}

export class TmfHub {
  private readonly registry: HubRegistry;
  private readonly notifier: HubNotifier;

  constructor(
    store: DocumentStore<HubSubscription>,
    private readonly errors: TmfErrors,
    options: HubNotifierOptions = {},
  ) {
    this.registry = new HubRegistry(store);
    this.notifier = new HubNotifier(() => this.registry.list(), options);
  }

  async registerListener(input: {
    data: EventSubscriptionInput;
  }): Promise<{ eventSubscription: HubSubscription }> {
    try {
      return { eventSubscription: await this.registry.register(input.data) };
    } catch (error) {
      if (error instanceof HubRegistryError) throw this.errors.badRequest(error.message);
      throw error;
    }
  }

  async unregisterListener(input: { id: string }): Promise<Record<string, never>> {
    let removed: boolean;
    try {
      removed = await this.registry.unregister(input.id);
    } catch (error) {
      // An id the store cannot hold (too long) names no listener.
      if (!StoreError.is(error, StoreErrorCode.INVALID)) throw error;
      removed = false;
    }
    if (!removed) throw this.errors.notFound(`no listener with id ${JSON.stringify(input.id)}`);
    return {};
  }

  /** Queues the event for every matching listener; returns at once, never throws. */
  publish(event: TmfEvent): void {
    this.notifier.publish(event);
  }

  /** Resolves when every queued delivery finished (for a clean stop). */
  drain(): Promise<void> {
    return this.notifier.drain();
  }
}
