/**
 * A hand-built service exercising every feature code generation supports: structures, unions
 * (with a unit variant), enums, intEnums, lists (sparse, unique), maps (sparse, enum keys),
 * timestamps, blobs, documents, big numbers, constraints, resources, operation and service errors.
 */
import type { Model } from "@oda-codegen/smithy";
import { ModelBuilder, m } from "./model-builder";

export const TICKETS_NAMESPACE = "example.tickets";
export const TICKET_SERVICE = "example.tickets#TicketService";

export function ticketsModel(): Model {
  return new ModelBuilder(TICKETS_NAMESPACE)
    .simple("string", "TicketId", { pattern: "^T-[0-9]+$", documentation: "Ticket ids look like `T-42`." })
    .simple("string", "Title", { length: { min: 1, max: 10 } })
    .simple("integer", "Priority", { range: { min: 1, max: 5 } })
    .enum("Status", { OPEN: "open", CLOSED: "closed", ON_HOLD: "on-hold" }, { documentation: "Where a ticket is in its life." })
    .intEnum("Severity", { LOW: 1, HIGH: 10 })
    .list("Tags", m("String", { length: { min: 1 } }), { uniqueItems: {}, length: { max: 5 } })
    .list("SparseNotes", m("String"), { sparse: {} })
    .list("Attachments", m("Attachment"))
    .map("Labels", m("String", { pattern: "^[a-z]+$" }), m("String", { length: { max: 20 } }))
    .map("StatusCounts", m("Status"), m("Integer"), { sparse: {} })
    .structure("Attachment", {
      name: m("String", { required: {} }),
      data: m("Blob", { required: {}, length: { max: 1024 } }),
      uploadedAt: m("Timestamp"),
    })
    .union("Assignee", {
      user: m("String", { length: { min: 3 } }),
      team: m("Team"),
      unassigned: m("Unit"),
    })
    .structure("Team", { name: m("String", { required: {} }), size: m("Integer", { range: { min: 1 } }) })
    .structure(
      "Ticket",
      {
        id: m("TicketId", { required: {} }),
        title: m("Title", { required: {}, documentation: "A short summary." }),
        status: m("Status", { required: {}, default: "open" }),
        severity: m("Severity"),
        priority: m("Priority"),
        tags: m("Tags"),
        notes: m("SparseNotes"),
        labels: m("Labels"),
        counts: m("StatusCounts"),
        attachments: m("Attachments"),
        assignee: m("Assignee"),
        createdAt: m("Timestamp", { required: {} }),
        dueAt: m("Timestamp", { timestampFormat: "date-time" }),
        estimate: m("Double"),
        budget: m("BigDecimal"),
        views: m("BigInteger", { range: { min: 0 } }),
        counter: m("Long"),
        extra: m("Document"),
      },
      { documentation: "A support ticket." },
    )
    .structure("CreateTicketInput", {
      title: m("Title", { required: {} }),
      priority: m("Priority", { default: 3 }),
      tags: m("Tags"),
      assignee: m("Assignee"),
      extra: m("Document"),
    })
    .structure("CreateTicketOutput", { ticket: m("Ticket", { required: {} }) })
    .structure("GetTicketInput", { id: m("TicketId", { required: {} }) })
    .structure("GetTicketOutput", { ticket: m("Ticket", { required: {} }) })
    .structure("ListTicketsInput", { status: m("Status"), limit: m("Integer", { range: { min: 1, max: 100 } }) })
    .structure("ListTicketsOutput", { tickets: m("TicketList", { required: {} }) })
    .list("TicketList", m("Ticket"))
    .structure("CloseTicketInput", { id: m("TicketId", { required: {} }), reason: m("String") })
    .structure(
      "TicketNotFound",
      { message: m("String"), ticketId: m("TicketId", { required: {} }) },
      { error: "client", httpError: 404, documentation: "No ticket has this id." },
    )
    .structure("Overloaded", { message: m("String", { required: {} }), retryAfterSeconds: m("Integer") }, { error: "server" })
    .operation("CreateTicket", { input: "CreateTicketInput", output: "CreateTicketOutput" }, { documentation: "Opens a ticket." })
    .operation("GetTicket", { input: "GetTicketInput", output: "GetTicketOutput", errors: ["TicketNotFound"] })
    .operation("ListTickets", { input: "ListTicketsInput", output: "ListTicketsOutput" })
    .operation("CloseTicket", { input: "CloseTicketInput", errors: ["TicketNotFound"] })
    .operation("Ping", {})
    .resource("TicketResource", { identifiers: { id: "TicketId" }, create: "CreateTicket", read: "GetTicket", list: "ListTickets", operations: ["CloseTicket"] })
    .service("TicketService", { version: "2024-01-01", operations: ["Ping"], resources: ["TicketResource"], errors: ["Overloaded"] }, { documentation: "Tickets for the support desk." })
    .build();
}
