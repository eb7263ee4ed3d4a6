/**
 * The slice of the generated tickets API the round-trip tests use, typed by hand so that the
 * tests compile before the code exists; the tests check the generated code behaves this way.
 */
import type { CallContext, ModeledError, ShapeCodec, Transport } from "@oda-codegen/runtime";

export interface Ticket {
  id: string;
  title: string;
  status?: string;
  createdAt: Date;
  [member: string]: unknown;
}

export interface TicketService {
  ping(input: Record<string, never>, context?: CallContext): Promise<Record<string, never>>;
  createTicket(input: Record<string, unknown>, context?: CallContext): Promise<{ ticket: Ticket }>;
  getTicket(input: { id: string }, context?: CallContext): Promise<{ ticket: Ticket }>;
  listTickets(input: { status?: string; limit?: number }, context?: CallContext): Promise<{ tickets: Ticket[] }>;
  closeTicket(input: { id: string; reason?: string }, context?: CallContext): Promise<Record<string, never>>;
}

export type ErrorClass = new (members: Record<string, unknown>) => ModeledError & Record<string, unknown>;

export interface TicketsModule {
  createTicketServiceNativeClient(transport: Transport): TicketService;
  serveTicketService(impl: TicketService, transport: Transport): Promise<{ close(): Promise<void> }>;
  TicketNotFound: ErrorClass;
  Overloaded: ErrorClass;
  Status: Record<string, string>;
  createTicketInputCodec: ShapeCodec<Record<string, unknown>>;
  getTicketOutputCodec: ShapeCodec<{ ticket: Ticket }>;
}
