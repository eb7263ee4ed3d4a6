/** A small model for the documentation tests: REST and native-only operations, constraints, errors. */
import { assembleModel, type Model } from "@oda-codegen/smithy";

export const DESK = "example.desk#Desk";

const SOURCE = `$version: "2"
namespace example.desk

/// The help desk: tickets | queues, for <everyone>.
service Desk {
    version: "2024-06-01"
    operations: [CreateTicket, GetTicket, Ping]
    errors: [Throttled]
}

/// Ticket ids look like \`T-42\`.
@pattern("^T-[0-9]+$")
string TicketId

@range(min: 1, max: 5)
integer Priority

/// Where a ticket is in its life.
enum Status {
    /// Waiting for an agent.
    OPEN = "open"
    CLOSED = "closed"
}

/// A support ticket.
structure Ticket {
    @required
    id: TicketId

    /// A short summary, e.g. "printer on fire".
    @required
    @length(min: 1, max: 80)
    title: String

    status: Status = "open"

    priority: Priority

    tags: Tags

    assignee: Assignee
}

@uniqueItems
@length(max: 5)
list Tags {
    member: String
}

union Assignee {
    user: String
    team: String
}

/// Opens a ticket. Agents see it at once.
@http(method: "POST", uri: "/tickets", code: 201)
operation CreateTicket {
    input := {
        @required
        @length(min: 1, max: 80)
        title: String

        @httpHeader("X-Request-Id")
        requestId: String

        @httpQuery("notify")
        notify: Boolean
    }
    output := {
        @required
        @httpPayload
        ticket: Ticket
    }
    errors: [TicketExists]
}

@readonly
@http(method: "GET", uri: "/tickets/{id}")
operation GetTicket {
    input := {
        @required
        @httpLabel
        id: TicketId
    }
    output := {
        @required
        @httpPayload
        ticket: Ticket
    }
    errors: [TicketNotFound]
}

/// Native only: answers when the desk is up.
@readonly
operation Ping {}

/// No ticket has this id.
@error("client")
@httpError(404)
structure TicketNotFound {
    @required
    message: String
}

@error("client")
@httpError(409)
structure TicketExists {
    message: String
}

/// Too many calls; retry later.
@error("server")
@retryable
structure Throttled {
    retryAfterSeconds: Integer
}
`;

export function deskModel(): Model {
  const result = assembleModel({ sources: [{ filename: "desk.smithy", text: SOURCE }] });
  if (!result.model) throw new Error(result.events.map((e) => e.message).join("\n"));
  return result.model;
}
