/**
 * Runs generated code: a back end served over the in-process transport and over NATS, called
 * through the generated client; codecs round-trip through JSON.
 */
import { ValidationError, connectNatsTransport, createInProcessTransport, type Transport } from "@oda-codegen/runtime";
import { NATS_URL, requireService } from "../../../test/support/services";
import { generateInto, type GeneratedSet } from "./support/generate-into";
import type { Ticket, TicketService, TicketsModule } from "./support/tickets-api";
import { ticketsModel } from "./support/tickets-model";

let generated: GeneratedSet;
let api: TicketsModule;

beforeAll(async () => {
  generated = await generateInto(ticketsModel(), "roundtrip");
  api = generated.load<TicketsModule>("ticket-service");
}, 30000);

afterAll(() => generated?.remove());

function backEnd(): TicketService {
  const tickets = new Map<string, Ticket>();
  let next = 1;
  return {
    ping: async () => ({}),
    createTicket: async (input) => {
      const ticket: Ticket = { ...input, id: `T-${next++}`, title: String(input.title), status: "open", createdAt: new Date(1700000000000) };
      tickets.set(ticket.id, ticket);
      return { ticket };
    },
    getTicket: async ({ id }) => {
      const ticket = tickets.get(id);
      if (!ticket) throw new api.TicketNotFound({ message: `no ticket ${id}`, ticketId: id });
      return { ticket };
    },
    listTickets: async () => ({ tickets: [...tickets.values()] }),
    closeTicket: async ({ id }) => {
      if (!tickets.has(id)) throw new api.TicketNotFound({ ticketId: id });
      throw new api.Overloaded({ message: "try later", retryAfterSeconds: 5 });
    },
  };
}

const fullInput = {
  title: "Printer",
  tags: ["hw", "urgent"],
  assignee: { team: { name: "desk", size: 3 } },
  extra: { nested: [1, "two", null] },
};

async function exercise(transport: Transport): Promise<void> {
  const served = await api.serveTicketService(backEnd(), transport);
  try {
    const client = api.createTicketServiceNativeClient(transport);
    await expect(client.ping({})).resolves.toEqual({});
    const { ticket } = await client.createTicket(fullInput);
    expect(ticket).toMatchObject({ id: "T-1", title: "Printer", tags: ["hw", "urgent"], assignee: { team: { name: "desk", size: 3 } } });
    expect(ticket.createdAt).toBeInstanceOf(Date);
    expect(ticket.createdAt.getTime()).toBe(1700000000000);
    await expect(client.getTicket({ id: "T-1" })).resolves.toMatchObject({ ticket: { id: "T-1" } });

    // A modeled error arrives as its own class with its members.
    const notFound = await client.getTicket({ id: "T-99" }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(api.TicketNotFound);
    expect(notFound).toMatchObject({ name: "TicketNotFound", ticketId: "T-99", message: "no ticket T-99", httpStatus: 404 });
    // A service-wide error too.
    const overloaded = await client.closeTicket({ id: "T-1" }).catch((e: unknown) => e);
    expect(overloaded).toBeInstanceOf(api.Overloaded);
    expect(overloaded).toMatchObject({ retryAfterSeconds: 5, message: "try later", fault: "server" });

    // Constraint violations: every failure of the input, with path, constraint and value.
    const invalid = await client.createTicket({ title: "", tags: ["a", "a"], assignee: { user: "x" } }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    const failures = (invalid as ValidationError).fieldErrors.map((f) => `${f.path} ${f.constraint}`);
    expect(failures.sort()).toEqual(["/assignee/user length", "/tags uniqueItems", "/title length"]);
  } finally {
    await served.close();
  }
}

describe("generated code round-trips", () => {
  it("over the in-process transport", async () => {
    const transport = createInProcessTransport();
    await exercise(transport);
    await transport.close();
  });

  it("over the in-process transport with encoding (the NATS wire path, no network)", async () => {
    const transport = createInProcessTransport({ encode: true });
    await exercise(transport);
    await transport.close();
  });

  it("over NATS, modeled errors included", async () => {
    if (!(await requireService("nats"))) return;
    const lattice = `codegen${process.pid}`;
    const server = await connectNatsTransport({ servers: NATS_URL, lattice });
    const client = await connectNatsTransport({ servers: NATS_URL, lattice, codec: "json" });
    const served = await api.serveTicketService(backEnd(), server);
    try {
      const tickets = api.createTicketServiceNativeClient(client);
      await tickets.createTicket({ title: "Over NATS" });
      const got = await tickets.getTicket({ id: "T-1" });
      expect(got.ticket.createdAt).toEqual(new Date(1700000000000));
      const error = await tickets.getTicket({ id: "T-7" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(api.TicketNotFound);
      expect(error).toMatchObject({ ticketId: "T-7" });
    } finally {
      await served.close();
      await client.close();
      await server.close();
    }
  });
});

describe("generated codecs", () => {
  it("write Smithy's JSON form and read it back", () => {
    const codec = api.getTicketOutputCodec;
    const value = {
      ticket: {
        id: "T-5",
        title: "Codec",
        status: "closed",
        severity: 10,
        createdAt: new Date(1700000000500),
        dueAt: new Date("2024-05-01T10:00:00.000Z"),
        attachments: [{ name: "log", data: new Uint8Array([1, 2, 250]) }],
        assignee: { unassigned: {} },
        notes: ["a", null],
        counts: { open: 2, closed: null },
        estimate: Number.NaN,
        budget: "12345678901234567890.123456789",
        views: 2n ** 70n,
        counter: 9007199254740991,
      },
    };
    const json = codec.toJson(value as never) as { ticket: Record<string, unknown> };
    expect(json.ticket).toMatchObject({
      createdAt: 1700000000.5,
      dueAt: "2024-05-01T10:00:00.000Z",
      attachments: [{ name: "log", data: "AQL6" }],
      assignee: { unassigned: {} },
      estimate: "NaN",
      budget: "12345678901234567890.123456789",
      views: "1180591620717411303424",
    });
    const back = codec.fromJson(JSON.parse(JSON.stringify(json)));
    expect(back).toEqual(value);
  });

  it("fill defaults, keep unknown union variants, and reject unreadable JSON with every failure", () => {
    const codec = api.createTicketInputCodec;
    expect(codec.fromJson({ title: "x", assignee: { robot: { id: 1 } } })).toEqual({
      title: "x",
      priority: 3,
      assignee: { $unknown: ["robot", { id: 1 }] },
    });
    expect(codec.toJson({ title: "x", assignee: { $unknown: ["robot", { id: 1 }] } })).toEqual({
      title: "x",
      assignee: { robot: { id: 1 } },
    });
    const error = (() => {
      try {
        codec.fromJson({ priority: 9, tags: "nope" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual([
      { path: "/priority", constraint: "range", message: "must be between 1 and 5, got 9" },
      { path: "/tags", constraint: "type", message: "must be an array, got \"nope\"" },
      { path: "/title", constraint: "required", message: "is required" },
    ]);
  });

  it("validate long as a safe integer and lengths in code points", () => {
    const codec = api.getTicketOutputCodec;
    const base = { id: "T-1", title: "😀😀😀😀😀😀😀😀😀😀", createdAt: new Date(0) };
    expect(codec.validate({ ticket: base })).toEqual([]); // 10 code points, 20 UTF-16 units
    const attachments = [{ name: "ok", data: new Uint8Array(1) }, { data: "not bytes" }];
    const errors = codec.validate({ ticket: { ...base, title: `${base.title}!`, counter: 2 ** 60, id: "X", attachments } });
    expect(errors.map((e) => `${e.path} ${e.constraint}`).sort()).toEqual([
      "/ticket/attachments/1/data type",
      "/ticket/attachments/1/name required",
      "/ticket/counter type",
      "/ticket/id pattern",
      "/ticket/title length",
    ]);
    expect(errors.find((e) => e.constraint === "pattern")!.message).toBe('must match ^T-[0-9]+$, got "X"');
  });
});
