/**
 * Restarting NATS mid-run: on a private nats-server (never the shared one), calls keep flowing
 * from one client while the server goes down and comes back. Calls in the gap may fail with a
 * typed error; every acknowledged call must have reached the implementation, and the same
 * transport objects must recover by themselves.
 */
import {
  NativeCallError,
  NativeCode,
  connectNatsTransport,
  createNativeClient,
  serveService,
  type NatsTransport,
} from "@oda-codegen/runtime";
import { startPrivateNatsServer, type PrivateNatsServer } from "../../../bench/support/nats-server";
import { TicketServiceDescriptor, type TicketService } from "./fixtures/tickets";
import { MemoryTickets } from "./fixtures/tickets-impl";

const RETRYABLE = new Set<string>([
  NativeCode.TIMEOUT,
  NativeCode.NO_RESPONDERS,
  NativeCode.UNAVAILABLE,
]);

describe("NATS transport across a NATS server restart", () => {
  let nats: PrivateNatsServer;
  let server: NatsTransport;
  let caller: NatsTransport;

  beforeAll(async () => {
    nats = await startPrivateNatsServer();
    server = await connectNatsTransport({
      servers: nats.url,
      name: "restart-server",
      reconnectTimeWaitMs: 100,
    });
    caller = await connectNatsTransport({
      servers: nats.url,
      name: "restart-caller",
      reconnectTimeWaitMs: 100,
      timeoutMs: 400,
    });
  }, 20_000);

  afterAll(async () => {
    await caller?.close();
    await server?.close();
    await nats?.close();
  }, 20_000);

  it("loses no acknowledged call and recovers without help", async () => {
    const impl = new MemoryTickets();
    await serveService(TicketServiceDescriptor, impl, server, { onError: () => undefined });
    const client = createNativeClient<TicketService>(TicketServiceDescriptor, caller);
    const acknowledged: { id: string; title: string }[] = [];
    const failures = new Map<string, number>();
    let restarted = false;
    let ackedAfterRestart = 0;
    let sequence = 0;

    async function worker(): Promise<void> {
      while (acknowledged.length < 120) {
        const title = `call ${sequence++}`;
        try {
          const { ticket } = await client.createTicket({ title });
          acknowledged.push({ id: ticket.id, title });
          if (restarted) ackedAfterRestart++;
        } catch (error) {
          if (!(error instanceof NativeCallError) || !RETRYABLE.has(error.code)) throw error;
          failures.set(error.code, (failures.get(error.code) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }

    async function restartWhenBusy(): Promise<void> {
      while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 5));
      await nats.stop();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await nats.start();
      restarted = true;
    }

    await Promise.all([worker(), worker(), worker(), worker(), restartWhenBusy()]);

    expect(restarted).toBe(true);
    expect(ackedAfterRestart).toBeGreaterThan(20);
    for (const { id, title } of acknowledged) expect(impl.tickets.get(id)?.title).toBe(title);
    // Every failure was typed and retryable (checked in worker); the gap produced some.
    expect([...failures.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  }, 30_000);
});
