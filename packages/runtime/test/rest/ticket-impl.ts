/** An in-memory implementation of the tickets fixture service, for REST tests. */
import { NotFound, type Ticket } from "./tickets-schema";

export class MemoryTickets {
  readonly tickets = new Map<string, Ticket>();
  private next = 1;
  lastInput: unknown;

  async createTicket(input: { title: string; severity?: string; due?: Date; labels?: Record<string, string> }) {
    this.lastInput = input;
    const id = String(this.next++);
    const ticket: Ticket = { id, title: input.title, ...(input.severity ? { severity: input.severity } : {}) };
    if (input.due) ticket.due = input.due;
    if (input.labels) ticket.labels = input.labels;
    this.tickets.set(id, ticket);
    return { ticket };
  }

  async getTicket(input: { id: string }) {
    const ticket = this.tickets.get(input.id);
    if (!ticket) throw new NotFound({ message: `no ticket ${input.id}`, id: input.id });
    return { ticket };
  }

  async listTickets() {
    return { items: [...this.tickets.values()] };
  }

  async patchTicket(input: { id: string; patch?: Record<string, unknown> }) {
    this.lastInput = input;
    const ticket = this.tickets.get(input.id);
    if (!ticket) throw new NotFound({ message: `no ticket ${input.id}` });
    for (const [key, value] of Object.entries(input.patch ?? {})) {
      if (value === null) delete (ticket as unknown as Record<string, unknown>)[key];
      else (ticket as unknown as Record<string, unknown>)[key] = value;
    }
    return { ticket };
  }

  async deleteTicket(input: { id: string }) {
    if (!this.tickets.delete(input.id)) throw new NotFound({ message: `no ticket ${input.id}` });
    return {};
  }

  async getAttachment(input: { path: string; tags?: string[]; meta?: Record<string, string>; since?: Date }) {
    this.lastInput = input;
    if (input.path === "boom/crash") throw new Error("database password is hunter2");
    return { data: new TextEncoder().encode(`file ${input.path}`), modified: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), status: 203 };
  }
}
