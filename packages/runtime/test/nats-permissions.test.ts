/**
 * NATS permissions are how a deployment enforces which component may call which contract: a
 * caller whose user may not publish on an operation's subject gets NOT_PERMITTED (private server).
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
import { rejection } from "./support";
import { freePort } from "../../../test/support/services";

const AUTHORIZATION = `
authorization {
  users = [
    { user: "tickets", password: "server-secret" }
    { user: "caller", password: "caller-secret",
      permissions: { publish: { allow: ["oda.default.TicketService.Echo"] }, subscribe: { allow: ["_INBOX.>"] } } }
  ]
}`;

describe("NATS permissions and connection failures", () => {
  let nats: PrivateNatsServer;
  let server: NatsTransport;
  let caller: NatsTransport;

  beforeAll(async () => {
    nats = await startPrivateNatsServer({ extraConfig: AUTHORIZATION });
    server = await connectNatsTransport({
      servers: nats.url,
      user: "tickets",
      pass: "server-secret",
    });
    caller = await connectNatsTransport({
      servers: nats.url,
      user: "caller",
      pass: "caller-secret",
      timeoutMs: 1000,
    });
    await serveService(TicketServiceDescriptor, new MemoryTickets(), server);
  }, 20_000);

  afterAll(async () => {
    await caller?.close();
    await server?.close();
    await nats?.close();
  });

  it("lets the caller call what it may, and answers NOT_PERMITTED for the rest", async () => {
    const client = createNativeClient<TicketService>(TicketServiceDescriptor, caller);
    await expect(client.echo({ text: "allowed" })).resolves.toMatchObject({ text: "allowed" });
    const denied = await rejection(client.createTicket({ title: "not for you" }));
    expect(NativeCallError.is(denied, NativeCode.NOT_PERMITTED)).toBe(true);
  });

  it("types connection failures: wrong credentials and no server", async () => {
    const wrong = await rejection(
      connectNatsTransport({
        servers: nats.url,
        user: "caller",
        pass: "guess",
        maxReconnectAttempts: 0,
      }),
    );
    expect(NativeCallError.is(wrong, NativeCode.NOT_PERMITTED)).toBe(true);
    const nowhere = await rejection(
      connectNatsTransport({
        servers: `nats://127.0.0.1:${await freePort()}`,
        maxReconnectAttempts: 0,
      }),
    );
    expect(NativeCallError.is(nowhere, NativeCode.UNAVAILABLE)).toBe(true);
  });
});
