import {
  NativeCallError,
  NativeCode,
  ValidationError,
  createInProcessTransport,
  createNativeClient,
  serveService,
  type Transport,
} from "@oda-codegen/runtime";
import { TicketNotFound, TicketServiceDescriptor, type TicketService } from "./fixtures/tickets";
import { MemoryTickets, SECRET } from "./fixtures/tickets-impl";
import { rejection } from "./support";

describe.each([
  { mode: "objects passed through", encode: false },
  { mode: "encoded (msgpack)", encode: true },
  { mode: "encoded (json)", encode: true, codec: "json" as const },
])("in-process transport, $mode", ({ encode, codec }) => {
  let transport: Transport;
  let impl: MemoryTickets;
  let reported: unknown[];
  let client: TicketService;

  beforeEach(async () => {
    transport = createInProcessTransport({ encode, codec, timeoutMs: 1000 });
    impl = new MemoryTickets();
    reported = [];
    await serveService(TicketServiceDescriptor, impl, transport, {
      onError: (error) => reported.push(error),
    });
    client = createNativeClient<TicketService>(TicketServiceDescriptor, transport);
  });
  afterEach(() => transport.close());

  it("round-trips a call, timestamps included", async () => {
    const { ticket } = await client.createTicket({ title: "printer on fire", priority: 2 });
    const { ticket: read } = await client.getTicket({ ticketId: ticket.id });
    expect(read).toEqual({
      id: ticket.id,
      title: "printer on fire",
      priority: 2,
      createdAt: new Date(1_700_000_000_000),
    });
    expect(read.createdAt).toBeInstanceOf(Date);
  });

  it("passes the request id, traceparent and deadline to the implementation", async () => {
    const deadline = Date.now() + 800;
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    await client.echo({ text: "hi" }, { requestId: "req-1", traceparent, deadline });
    const seen = impl.contexts[0]!;
    expect(seen).toMatchObject({ requestId: "req-1", traceparent, deadline });
    expect(seen.signal).toBeDefined();
  });

  it("rejects invalid input locally with every field error, before sending", async () => {
    const error = await rejection(client.createTicket({ title: "", priority: 9 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.map((e) => [e.path, e.constraint])).toEqual([
      ["/priority", "range"],
      ["/title", "length"],
    ]);
    expect(impl.calls).toBe(0);
  });

  it("validates on the server too, never calling the implementation", async () => {
    const unchecked = createNativeClient<TicketService>(TicketServiceDescriptor, transport, {
      validateInput: false,
    });
    const error = await rejection(unchecked.createTicket({ title: "x".repeat(101) }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual([
      expect.objectContaining({ path: "/title", constraint: "length" }),
    ]);
    expect(impl.calls).toBe(0);
  });

  it("delivers a modeled error as its own class with its members", async () => {
    const error = await rejection(client.getTicket({ ticketId: "T-404" }));
    expect(error).toBeInstanceOf(TicketNotFound);
    expect((error as TicketNotFound).toMembers()).toEqual({
      message: "no ticket T-404",
      ticketId: "T-404",
    });
    expect((error as TicketNotFound).ticketId).toBe("T-404");
  });

  it("turns an unexpected throw into INTERNAL without the server's message or stack", async () => {
    const error = await rejection(client.echo({ text: "boom" }));
    expect(NativeCallError.is(error, NativeCode.INTERNAL)).toBe(true);
    expect(String((error as Error).message)).not.toContain("hunter2");
    expect(String((error as Error).stack)).not.toContain("tickets-impl");
    expect(reported).toHaveLength(1);
    expect((reported[0] as Error).message).toBe(SECRET);
  });

  it("treats a modeled error the operation does not declare as INTERNAL", async () => {
    const error = await rejection(client.echo({ text: "undeclared" }));
    expect(NativeCallError.is(error, NativeCode.INTERNAL)).toBe(true);
    expect(error).not.toBeInstanceOf(TicketNotFound);
  });

  it("answers UNKNOWN_OPERATION for a method the implementation lacks", async () => {
    const error = await rejection(client.deleteTicket({ ticketId: "T-1" }));
    expect(NativeCallError.is(error, NativeCode.UNKNOWN_OPERATION)).toBe(true);
    expect((error as Error).message).toContain("unimplemented");
  });

  it("times out at the deadline and aborts the server's signal", async () => {
    const started = Date.now();
    const error = await rejection(
      client.echo({ text: "slow", delayMs: 5000 }, { deadline: Date.now() + 60 }),
    );
    expect(NativeCallError.is(error, NativeCode.TIMEOUT)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(impl.contexts[0]!.signal!.aborted).toBe(true);
    expect(reported).toEqual([]); // giving up at the deadline is not a server failure
  });

  it("fails with DEADLINE_EXCEEDED when the deadline has already passed", async () => {
    const error = await rejection(client.echo({ text: "late" }, { deadline: Date.now() - 1 }));
    expect(NativeCallError.is(error, NativeCode.DEADLINE_EXCEEDED)).toBe(true);
    expect(impl.calls).toBe(0);
  });

  it("cancels on the caller's AbortSignal", async () => {
    const controller = new AbortController();
    const call = client.echo({ text: "slow", delayMs: 5000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(NativeCallError.is(await rejection(call), NativeCode.CANCELLED)).toBe(true);
  });

  it("answers NO_RESPONDERS when nothing serves the service", async () => {
    const empty = createInProcessTransport({ encode });
    const lonely = createNativeClient<TicketService>(TicketServiceDescriptor, empty);
    expect(
      NativeCallError.is(
        await rejection(lonely.echo({ text: "anyone?" })),
        NativeCode.NO_RESPONDERS,
      ),
    ).toBe(true);
  });

  it("spreads calls over several servers and lets in-flight calls finish on close", async () => {
    const second = new MemoryTickets("instance-2");
    const served = await serveService(TicketServiceDescriptor, second, transport);
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) => client.echo({ text: `${i}` })),
    );
    expect(new Set(replies.map((r) => r.servedBy))).toEqual(new Set(["instance-1", "instance-2"]));

    const slow = client.echo({ text: "finish me", delayMs: 100 });
    await new Promise((resolve) => setImmediate(resolve));
    await transport.close();
    await expect(slow).resolves.toMatchObject({ text: "finish me" });
    await served.close();
    const afterClose = await rejection(client.echo({ text: "closed" }));
    expect(NativeCallError.is(afterClose, NativeCode.UNAVAILABLE)).toBe(true);
  });
});

describe("a server bug in generated code", () => {
  it("answers INTERNAL when a validator throws, and reports it", async () => {
    const broken = {
      ...TicketServiceDescriptor,
      operations: TicketServiceDescriptor.operations.map((op) =>
        op.name !== "Echo"
          ? op
          : {
              ...op,
              input: {
                ...op.input,
                validate: () => {
                  throw new Error("validator bug");
                },
              },
            },
      ),
    };
    const transport = createInProcessTransport();
    const reported: unknown[] = [];
    await serveService(broken, new MemoryTickets(), transport, {
      onError: (error) => reported.push(error),
    });
    const client = createNativeClient<TicketService>(broken, transport, { validateInput: false });
    const error = await rejection(client.echo({ text: "hi" }));
    expect(NativeCallError.is(error, NativeCode.INTERNAL)).toBe(true);
    expect((reported[0] as Error).message).toBe("validator bug");
    await transport.close();
  });
});
