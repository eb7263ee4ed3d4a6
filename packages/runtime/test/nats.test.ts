/** The NATS transport against the shared nats-server (NATS_URL). */
import { Svcm } from "@nats-io/services";
import { headers as natsHeaders } from "@nats-io/transport-node";
import {
  NativeCallError,
  NativeCode,
  ValidationError,
  connectNatsTransport,
  createNativeClient,
  natsSubject,
  serveService,
  type NatsTransport,
  type Served,
} from "@oda-codegen/runtime";
import { NATS_URL, requireService } from "../../../test/support/services";
import { TicketNotFound, TicketServiceDescriptor, type TicketService } from "./fixtures/tickets";
import { MemoryTickets, SECRET } from "./fixtures/tickets-impl";
import { collect, rejection, uniqueLattice } from "./support";

function toHeaders(record: Record<string, string>) {
  const hdrs = natsHeaders();
  for (const [name, value] of Object.entries(record)) hdrs.set(name, value);
  return hdrs;
}

let natsUp = false;
beforeAll(async () => {
  natsUp = await requireService("nats");
});

describe.each(["msgpack", "json"] as const)("NATS transport, %s payloads", (codec) => {
  const lattice = uniqueLattice(`t-${codec}`);
  let server: NatsTransport;
  let caller: NatsTransport;
  let impl: MemoryTickets;
  let reported: unknown[];
  let served: Served;
  let client: TicketService;

  beforeAll(async () => {
    if (!natsUp) return;
    server = await connectNatsTransport({
      servers: NATS_URL,
      lattice,
      codec,
      name: "ticket-server",
    });
    caller = await connectNatsTransport({
      servers: NATS_URL,
      lattice,
      codec,
      name: "ticket-caller",
      timeoutMs: 2000,
    });
    impl = new MemoryTickets();
    reported = [];
    served = await serveService(TicketServiceDescriptor, impl, server, {
      onError: (error) => reported.push(error),
    });
    client = createNativeClient<TicketService>(TicketServiceDescriptor, caller);
  });
  afterAll(async () => {
    if (!natsUp) return;
    await caller.close();
    await server.close();
  });

  it("round-trips calls with the context in headers", async () => {
    if (!natsUp) return;
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const deadline = Date.now() + 1500;
    const { ticket } = await client.createTicket(
      { title: "router down", priority: 1 },
      { requestId: "r-42", traceparent, deadline },
    );
    expect(ticket).toEqual({
      id: ticket.id,
      title: "router down",
      priority: 1,
      createdAt: new Date(1_700_000_000_000),
    });
    expect((await client.getTicket({ ticketId: ticket.id })).ticket.createdAt).toBeInstanceOf(Date);
    expect(impl.contexts.at(-2)).toMatchObject({
      requestId: "r-42",
      traceparent,
      deadline,
      caller: "ticket-caller",
    });
    expect(impl.contexts.at(-1)!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("delivers modeled errors as their own class and validation errors with every field", async () => {
    if (!natsUp) return;
    const notFound = await rejection(client.getTicket({ ticketId: "T-missing" }));
    expect(notFound).toBeInstanceOf(TicketNotFound);
    expect((notFound as TicketNotFound).toMembers()).toEqual({
      message: "no ticket T-missing",
      ticketId: "T-missing",
    });

    const unchecked = createNativeClient<TicketService>(TicketServiceDescriptor, caller, {
      validateInput: false,
    });
    const calls = impl.calls;
    const invalid = await rejection(unchecked.createTicket({ title: "", priority: 0 }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).fieldErrors.map((e) => e.path)).toEqual([
      "/priority",
      "/title",
    ]);
    expect(impl.calls).toBe(calls);
  });

  it("hides an unexpected throw behind INTERNAL and reports it to onError", async () => {
    if (!natsUp) return;
    const error = await rejection(client.echo({ text: "boom" }));
    expect(NativeCallError.is(error, NativeCode.INTERNAL)).toBe(true);
    expect(`${(error as Error).message}\n${(error as Error).stack}`).not.toMatch(
      /hunter2|tickets-impl/,
    );
    expect(reported.some((e) => (e as Error).message === SECRET)).toBe(true);
  });

  it("answers UNKNOWN_OPERATION for an unimplemented method", async () => {
    if (!natsUp) return;
    const error = await rejection(client.deleteTicket({ ticketId: "T-1" }));
    expect(NativeCallError.is(error, NativeCode.UNKNOWN_OPERATION)).toBe(true);
  });

  it("types timeouts, no responders and oversized payloads", async () => {
    if (!natsUp) return;
    const reportedBefore = reported.length;
    const slow = await rejection(
      client.echo({ text: "slow", delayMs: 5000 }, { deadline: Date.now() + 100 }),
    );
    expect(NativeCallError.is(slow, NativeCode.TIMEOUT)).toBe(true);
    // The implementation's signal fired at the deadline; giving up then is not reported as a failure.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(impl.contexts.at(-1)!.signal!.aborted).toBe(true);
    expect(reported.length).toBe(reportedBefore);

    const elsewhere = await connectNatsTransport({
      servers: NATS_URL,
      lattice: uniqueLattice("empty"),
      codec,
    });
    try {
      const nobody = createNativeClient<TicketService>(TicketServiceDescriptor, elsewhere);
      expect(
        NativeCallError.is(
          await rejection(nobody.echo({ text: "anyone?" })),
          NativeCode.NO_RESPONDERS,
        ),
      ).toBe(true);
    } finally {
      await elsewhere.close();
    }

    const maxPayload = caller.connection.info!.max_payload;
    const calls = impl.calls;
    const huge = await rejection(client.echo({ text: "x".repeat(maxPayload + 1) }));
    expect(NativeCallError.is(huge, NativeCode.PAYLOAD_TOO_LARGE)).toBe(true);
    expect(impl.calls).toBe(calls);
  });

  it("is discoverable through $SRV.PING, INFO and STATS", async () => {
    if (!natsUp) return;
    // Every TicketService on the shared server answers a PING (other tests' lattices too), and a
    // loaded CI answers slowly: 150 ms once missed this lattice's instance.
    const discovery = new Svcm(
      caller.connection as unknown as ConstructorParameters<typeof Svcm>[0],
    ).client({ strategy: "timer", maxWait: 1000 });
    const pings = (await collect(await discovery.ping("TicketService"))).filter(
      (p) => p.metadata?.["oda.lattice"] === lattice,
    );
    expect(pings).toHaveLength(1);
    expect(pings[0]).toMatchObject({ name: "TicketService", version: "0.0.0" });
    expect(pings[0]!.metadata).toMatchObject({
      "oda.shape_id": "example.tickets#TicketService",
      "oda.smithy_version": "2024-06-01",
    });

    const [info] = await collect(await discovery.info("TicketService", pings[0]!.id));
    expect(info!.endpoints.map((e) => [e.name, e.subject, e.queue_group])).toEqual(
      TicketServiceDescriptor.operations.map((op) => [
        op.name,
        natsSubject(lattice, "TicketService", op.name),
        "TicketService",
      ]),
    );
    const [stats] = await collect(await discovery.stats("TicketService", pings[0]!.id));
    const getTicket = stats!.endpoints!.find((e) => e.name === "GetTicket")!;
    expect(getTicket.num_requests).toBeGreaterThan(0);
    expect(getTicket.data).toEqual({ errors: { TicketNotFound: 1 } });
    const echo = stats!.endpoints!.find((e) => e.name === "Echo")!;
    expect(echo.data).toMatchObject({ errors: { INTERNAL: 1, TIMEOUT: 1 } });
  });

  it("speaks the documented wire format to a client that only knows NATS", async () => {
    if (!natsUp) return;
    const nc = caller.connection;
    const request = (operation: string, body: unknown) =>
      nc.request(natsSubject(lattice, "TicketService", operation), JSON.stringify(body), {
        timeout: 1000,
        headers: toHeaders({ "Content-Type": "application/json" }),
      });
    const created = await request("CreateTicket", { title: "raw" });
    expect(created.headers?.get("Nats-Service-Error-Code") ?? "").toBe("");
    expect(created.json()).toEqual({
      ticket: { id: expect.any(String), title: "raw", createdAt: 1_700_000_000 },
    });

    const missing = await request("GetTicket", { ticketId: "nope" });
    expect(missing.headers!.get("Nats-Service-Error-Code")).toBe("404");
    expect(missing.headers!.get("Oda-Error-Type")).toBe("example.tickets#TicketNotFound");
    expect(missing.json()).toEqual({ message: "no ticket nope", ticketId: "nope" });

    const invalid = await request("CreateTicket", { title: 7 });
    expect(invalid.headers!.get("Oda-Error-Type")).toBe("smithy.framework#ValidationException");
    expect(invalid.json()).toMatchObject({ fieldList: [{ path: "/title", constraint: "type" }] });

    const crashed = await request("Echo", { text: "boom" });
    expect(crashed.headers!.get("Nats-Service-Error-Code")).toBe("500");
    expect(crashed.headers!.get("Oda-Error-Code")).toBe("INTERNAL");
    expect(crashed.string()).not.toContain("hunter2");
  });

  it("finishes in-flight calls when the server closes", async () => {
    if (!natsUp) return;
    const slow = client.echo({ text: "finish me", delayMs: 200 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await served.close();
    await expect(slow).resolves.toMatchObject({ text: "finish me" });
    expect(
      NativeCallError.is(
        await rejection(client.echo({ text: "after close" })),
        NativeCode.NO_RESPONDERS,
      ),
    ).toBe(true);
  });
});

describe("NATS transport, replies over max_payload", () => {
  it("answers PAYLOAD_TOO_LARGE instead of a reply NATS would refuse", async () => {
    if (!(await requireService("nats"))) return;
    const lattice = uniqueLattice("big");
    const transport = await connectNatsTransport({ servers: NATS_URL, lattice });
    try {
      const maxPayload = transport.connection.info!.max_payload;
      const inflating = {
        echo: async ({ text }: { text: string }) => ({
          text: text.repeat(64),
          servedBy: "inflater",
        }),
      };
      await serveService(TicketServiceDescriptor, inflating, transport);
      const client = createNativeClient<TicketService>(TicketServiceDescriptor, transport);
      const small = "y".repeat(Math.ceil(maxPayload / 64) + 10);
      const error = await rejection(client.echo({ text: small }));
      expect(NativeCallError.is(error, NativeCode.PAYLOAD_TOO_LARGE)).toBe(true);
      expect((error as Error).message).toContain("reply exceeds");
      await expect(client.echo({ text: "fits" })).resolves.toEqual({
        text: "fits".repeat(64),
        servedBy: "inflater",
      });
    } finally {
      await transport.close();
    }
  });
});
