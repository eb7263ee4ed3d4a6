import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { NativeCallError, ValidationError } from "../../src/errors";
import { createRestClient, createRestHandler, toNodeListener } from "../../src/rest";
import { MemoryTickets } from "./ticket-impl";
import { NotFound, TICKETS, type Ticket } from "./tickets-schema";

interface TicketsClient {
  createTicket(input: { title: string; severity?: string; due?: Date; labels?: Record<string, string> }): Promise<{ ticket: Ticket }>;
  getTicket(input: { id: string; fields?: string }): Promise<{ ticket: Ticket }>;
  listTickets(input: { offset?: number; limit?: number; filters?: Record<string, string> }): Promise<{ items: Ticket[]; totalCount?: number; resultCount?: number }>;
  patchTicket(input: { id: string; patch: Record<string, unknown> }): Promise<{ ticket: Ticket }>;
  deleteTicket(input: { id: string }): Promise<Record<string, never>>;
  getAttachment(input: { path: string; tags?: string[]; meta?: Record<string, string>; since?: Date }): Promise<{ data?: Uint8Array; modified?: Date; status?: number }>;
}

describe("REST over node:http", () => {
  let server: http.Server;
  let baseUrl: string;
  let client: TicketsClient;

  beforeAll(async () => {
    const handler = createRestHandler(TICKETS, new MemoryTickets(), { maxBodyBytes: 4096, onInternalError: () => undefined });
    server = http.createServer(toNodeListener(handler, { maxBodyBytes: 4096 }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = createRestClient<TicketsClient>(TICKETS, { baseUrl }, { "example.tickets#NotFound": (m) => new NotFound(m) });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("round-trips every operation through the client", async () => {
    const due = new Date("2025-01-02T03:04:05.500Z");
    const created = await client.createTicket({ title: "Printer", severity: "high", due, labels: { floor: "2" } });
    expect(created.ticket).toEqual({
      id: "1",
      title: "Printer",
      severity: "high",
      due,
      labels: { floor: "2" },
      href: `${baseUrl}/tmf-api/ticket/v4/ticket/1`,
    });
    await client.createTicket({ title: "Scanner" });
    expect((await client.getTicket({ id: "1" })).ticket.title).toBe("Printer");
    const page = await client.listTickets({ filters: { severity: "low" }, limit: 5 });
    expect(page).toMatchObject({ totalCount: 1, resultCount: 1, items: [{ title: "Scanner" }] });
    const patched = await client.patchTicket({ id: "2", patch: { title: "Scanner 2" } });
    expect(patched.ticket.title).toBe("Scanner 2");
    expect(await client.deleteTicket({ id: "2" })).toEqual({});
    const attachment = await client.getAttachment({ path: "a/b c", tags: ["x,y", "z"], meta: { k: "v" }, since: due });
    expect(attachment.status).toBe(203);
    expect(Buffer.from(attachment.data!).toString()).toBe("file a/b c");
    expect(attachment.modified).toEqual(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)));
  });

  it("turns error responses back into modeled errors, validation errors and native errors", async () => {
    const notFound = await client.getTicket({ id: "404" }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFound);
    expect(notFound).toMatchObject({ message: "no ticket 404", id: "404", httpStatus: 404 });
    const invalid = await client.createTicket({ title: "x" }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).fieldErrors[0]!.message).toContain("'/title'");
    const crash = await client.getAttachment({ path: "boom/crash" }).catch((e: unknown) => e);
    expect(crash).toBeInstanceOf(NativeCallError);
    expect((crash as NativeCallError).message).not.toContain("hunter2");
  });

  it("answers 413 for a body over the limit, before reading it all", async () => {
    const res = await fetch(`${baseUrl}/tmf-api/ticket/v4/ticket`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "x".repeat(10_000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: "413", status: "413" });
  });

  it("answers 415, 405 and 404 over the wire", async () => {
    const post = await fetch(`${baseUrl}/tmf-api/ticket/v4/ticket`, { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" });
    expect(post.status).toBe(415);
    expect((await fetch(`${baseUrl}/tmf-api/ticket/v4/ticket/1`, { method: "PUT" })).status).toBe(405);
    expect((await fetch(`${baseUrl}/elsewhere`)).status).toBe(404);
  });
});
