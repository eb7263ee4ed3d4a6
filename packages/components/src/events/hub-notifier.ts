/**
 * Delivering events to hub listeners: POST the event JSON to each matching listener's callback
 * (as the TM Forum reference implementations do), with retries and backoff, in the background.
 * `publish` never throws and never waits, so a slow or dead listener never delays the request
 * that raised the event. `drain` waits for what is queued, for a clean shutdown.
 */
import { matchesFilter } from "../store/filter";
import type { TmfEvent } from "./events";
import { type HubSubscription, parseEventQuery } from "./hub-registry";

export interface DeliveryReport {
  readonly subscriptionId: string;
  readonly callback: string;
  readonly eventId: string;
  readonly eventType: string;
  /** delivered: a 2xx answer; failed: a permanent refusal or no attempts left; dropped: queue full. */
  readonly outcome: "delivered" | "failed" | "dropped";
  readonly attempts: number;
  /** The last HTTP status, when there was an answer. */
  readonly status?: number;
  /** The last network error, when there was no answer. */
  readonly error?: string;
}

export interface HubNotifierOptions {
  /** Attempts per delivery, the first included (default 5). */
  readonly maxAttempts?: number;
  /** Wait before the first retry, doubled for each further one (default 200 ms, at most maxBackoffMs). */
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Per attempt (default 5000 ms). */
  readonly attemptTimeoutMs?: number;
  /** Deliveries in flight at once (default 8). */
  readonly concurrency?: number;
  /** Deliveries waiting at most; beyond, new ones are dropped and reported (default 10 000). */
  readonly maxQueue?: number;
  /** Told about every delivery's outcome (logging, metrics). Must not throw. */
  readonly onDelivery?: (report: DeliveryReport) => void;
  /** Told when the listeners could not be read (that event reaches nobody). Default: console.error. */
  readonly onError?: (error: unknown, event: TmfEvent) => void;
}

interface Delivery {
  readonly subscription: HubSubscription;
  readonly event: TmfEvent;
  readonly body: string;
  attempts: number;
}

/** 408 and 429 and every 5xx are worth another try; other 4xx answers are final. */
function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export class HubNotifier {
  private readonly maxAttempts: number;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly attemptTimeoutMs: number;
  private readonly concurrency: number;
  private readonly maxQueue: number;
  private readonly queue: Delivery[] = [];
  private active = 0;
  /** Lookups, deliveries and retry timers not finished yet. */
  private pending = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly subscriptions: () => Promise<readonly HubSubscription[]>,
    private readonly options: HubNotifierOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.initialBackoffMs = options.initialBackoffMs ?? 200;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 5_000;
    this.concurrency = options.concurrency ?? 8;
    this.maxQueue = options.maxQueue ?? 10_000;
  }

  /** Queues the event for every listener whose query matches it; returns at once. */
  publish(event: TmfEvent): void {
    this.track(async () => {
      const body = JSON.stringify(event);
      let subscriptions: readonly HubSubscription[];
      try {
        subscriptions = await this.subscriptions();
      } catch (error) {
        const onError =
          this.options.onError ??
          ((e: unknown) =>
            console.error(
              `hub: cannot read listeners for ${event.eventType} ${event.eventId}: ${String(e)}`,
            ));
        try {
          onError(error, event);
        } catch {
          // A faulty observer must not break publishing.
        }
        return;
      }
      for (const subscription of subscriptions) {
        if (
          subscription.query !== undefined &&
          !matchesFilter(event, parseEventQuery(subscription.query))
        )
          continue;
        this.enqueue({ subscription, event, body, attempts: 0 });
      }
    });
  }

  /** Resolves when nothing is queued, in flight or waiting for a retry. */
  drain(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private enqueue(delivery: Delivery): void {
    if (this.queue.length >= this.maxQueue) {
      this.report(delivery, "dropped", {});
      return;
    }
    this.queue.push(delivery);
    this.pump();
  }

  private pump(): void {
    while (this.active < this.concurrency && this.queue.length > 0) {
      const delivery = this.queue.shift() as Delivery;
      this.active++;
      this.track(() => this.attempt(delivery).finally(() => (this.active--, this.pump())));
    }
  }

  private async attempt(delivery: Delivery): Promise<void> {
    delivery.attempts++;
    let status: number | undefined;
    let error: string | undefined;
    try {
      const response = await fetch(delivery.subscription.callback, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: delivery.body,
        signal: AbortSignal.timeout(this.attemptTimeoutMs),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined); // free the connection
      if (response.ok) return this.report(delivery, "delivered", { status });
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    if ((status !== undefined && !retryable(status)) || delivery.attempts >= this.maxAttempts) {
      return this.report(delivery, "failed", { status, error });
    }
    const backoff = Math.min(
      this.initialBackoffMs * 2 ** (delivery.attempts - 1),
      this.maxBackoffMs,
    );
    this.track(() =>
      new Promise<void>((resolve) =>
        setTimeout(resolve, backoff * (0.8 + Math.random() * 0.4)),
      ).then(() => this.enqueue(delivery)),
    );
  }

  private report(
    delivery: Delivery,
    outcome: DeliveryReport["outcome"],
    last: { status?: number; error?: string },
  ): void {
    try {
      this.options.onDelivery?.({
        subscriptionId: delivery.subscription.id,
        callback: delivery.subscription.callback,
        eventId: delivery.event.eventId,
        eventType: delivery.event.eventType,
        outcome,
        attempts: delivery.attempts,
        ...(last.status !== undefined ? { status: last.status } : {}),
        ...(last.error !== undefined ? { error: last.error } : {}),
      });
    } catch {
      // A faulty observer must not break deliveries.
    }
  }

  private track(work: () => Promise<void>): void {
    this.pending++;
    work()
      .catch(() => undefined) // every failure is reported where it happens; none may reach the process
      .finally(() => {
        this.pending--;
        if (this.pending === 0) for (const resolve of this.waiters.splice(0)) resolve();
      });
  }
}
