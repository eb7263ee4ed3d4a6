/**
 * A hand-written REST descriptor (what a generated rest.ts holds) for a small ticket service:
 * labels, query, headers, a payload, 201/204, modeled errors, and the TMF conventions.
 */
import type { RestServiceSchema } from "../../src/rest";
import { ModeledError } from "../../src/errors";

export const TICKETS: RestServiceSchema = {
  shapeId: "example.tickets#Tickets",
  name: "Tickets",
  version: "1",
  basePath: "/tmf-api/ticket/v4",
  errorFormat: "tmf",
  operations: [
    {
      name: "CreateTicket",
      method: "createTicket",
      httpMethod: "POST",
      uri: "/tmf-api/ticket/v4/ticket",
      code: 201,
      input: "example.tickets#CreateTicketInput",
      output: "example.tickets#TicketOutput",
      inputBindings: [{ kind: "header", member: "requestId", name: "X-Request-Id" }],
      outputBindings: [{ kind: "payload", member: "ticket" }],
      errors: ["example.tickets#Conflict"],
    },
    {
      name: "GetTicket",
      method: "getTicket",
      httpMethod: "GET",
      uri: "/tmf-api/ticket/v4/ticket/{id}",
      code: 200,
      input: "example.tickets#GetTicketInput",
      output: "example.tickets#TicketOutput",
      inputBindings: [
        { kind: "label", member: "id", name: "id" },
        { kind: "query", member: "fields", name: "fields" },
      ],
      outputBindings: [{ kind: "payload", member: "ticket" }],
      errors: ["example.tickets#NotFound"],
      tmf: { fields: true },
    },
    {
      name: "ListTickets",
      method: "listTickets",
      httpMethod: "GET",
      uri: "/tmf-api/ticket/v4/ticket",
      code: 200,
      input: "example.tickets#ListTicketsInput",
      output: "example.tickets#ListTicketsOutput",
      inputBindings: [
        { kind: "query", member: "fields", name: "fields" },
        { kind: "query", member: "offset", name: "offset" },
        { kind: "query", member: "limit", name: "limit" },
        { kind: "queryParams", member: "filters" },
      ],
      outputBindings: [
        { kind: "header", member: "totalCount", name: "X-Total-Count" },
        { kind: "header", member: "resultCount", name: "X-Result-Count" },
        { kind: "payload", member: "items" },
      ],
      errors: [],
      tmf: { list: true },
    },
    {
      name: "PatchTicket",
      method: "patchTicket",
      httpMethod: "PATCH",
      uri: "/tmf-api/ticket/v4/ticket/{id}",
      code: 200,
      input: "example.tickets#PatchTicketInput",
      output: "example.tickets#TicketOutput",
      inputBindings: [
        { kind: "label", member: "id", name: "id" },
        { kind: "payload", member: "patch" },
      ],
      outputBindings: [{ kind: "payload", member: "ticket" }],
      errors: ["example.tickets#NotFound"],
      tmf: { mergePatch: true },
    },
    {
      name: "DeleteTicket",
      method: "deleteTicket",
      httpMethod: "DELETE",
      uri: "/tmf-api/ticket/v4/ticket/{id}",
      code: 204,
      input: "example.tickets#GetTicketInput",
      inputBindings: [{ kind: "label", member: "id", name: "id" }],
      outputBindings: [],
      errors: ["example.tickets#NotFound"],
    },
    {
      name: "GetAttachment",
      method: "getAttachment",
      httpMethod: "GET",
      uri: "/tmf-api/ticket/v4/attachment/{path+}",
      code: 200,
      input: "example.tickets#AttachmentInput",
      output: "example.tickets#AttachmentOutput",
      inputBindings: [
        { kind: "label", member: "path", name: "path" },
        { kind: "header", member: "tags", name: "X-Tags" },
        { kind: "prefixHeaders", member: "meta", prefix: "X-Meta-" },
        { kind: "query", member: "since", name: "since" },
      ],
      outputBindings: [
        { kind: "payload", member: "data" },
        { kind: "header", member: "modified", name: "Last-Modified" },
        { kind: "responseCode", member: "status" },
      ],
      errors: [],
    },
  ],
  errors: {
    "example.tickets#NotFound": { name: "NotFound", fault: "client", status: 404, bindings: [] },
    "example.tickets#Conflict": { name: "Conflict", fault: "client", status: 409, bindings: [] },
  },
  shapes: {
    "smithy.api#String": { type: "string" },
    "smithy.api#Integer": { type: "integer" },
    "smithy.api#Blob": { type: "blob" },
    "smithy.api#Timestamp": { type: "timestamp" },
    "smithy.api#Document": { type: "document" },
    "example.tickets#Title": { type: "string", constraints: { length: { min: 3, max: 40 } } },
    "example.tickets#Severity": { type: "enum", enumValues: ["low", "high"] },
    "example.tickets#Tags": { type: "list", member: { target: "smithy.api#String" } },
    "example.tickets#StringMap": { type: "map", key: { target: "smithy.api#String" }, value: { target: "smithy.api#String" } },
    "example.tickets#Ticket": {
      type: "structure",
      tmfResourcePath: "/ticket",
      members: {
        id: { target: "smithy.api#String" },
        href: { target: "smithy.api#String" },
        title: { target: "example.tickets#Title", required: true },
        severity: { target: "example.tickets#Severity" },
        due: { target: "smithy.api#Timestamp", timestampFormat: "date-time", jsonName: "dueDate" },
        labels: { target: "example.tickets#StringMap" },
        type: { target: "smithy.api#String", jsonName: "@type" },
      },
    },
    "example.tickets#TicketList": { type: "list", member: { target: "example.tickets#Ticket" } },
    "example.tickets#CreateTicketInput": {
      type: "structure",
      members: {
        requestId: { target: "smithy.api#String" },
        title: { target: "example.tickets#Title", required: true },
        severity: { target: "example.tickets#Severity", default: "low" },
        due: { target: "smithy.api#Timestamp", timestampFormat: "date-time", jsonName: "dueDate" },
        labels: { target: "example.tickets#StringMap" },
        extra: { target: "smithy.api#Document" },
      },
    },
    "example.tickets#TicketOutput": { type: "structure", members: { ticket: { target: "example.tickets#Ticket" } } },
    "example.tickets#GetTicketInput": {
      type: "structure",
      members: { id: { target: "smithy.api#String", required: true }, fields: { target: "smithy.api#String" } },
    },
    "example.tickets#ListTicketsInput": {
      type: "structure",
      members: {
        fields: { target: "smithy.api#String" },
        offset: { target: "smithy.api#Integer", constraints: { range: { min: 0 } } },
        limit: { target: "smithy.api#Integer", constraints: { range: { min: 0 } } },
        filters: { target: "example.tickets#StringMap" },
      },
    },
    "example.tickets#ListTicketsOutput": {
      type: "structure",
      members: {
        totalCount: { target: "smithy.api#Integer" },
        resultCount: { target: "smithy.api#Integer" },
        items: { target: "example.tickets#TicketList" },
      },
    },
    "example.tickets#TicketPatch": {
      type: "structure",
      members: {
        title: { target: "example.tickets#Title" },
        severity: { target: "example.tickets#Severity" },
        labels: { target: "example.tickets#StringMap" },
      },
    },
    "example.tickets#PatchTicketInput": {
      type: "structure",
      members: { id: { target: "smithy.api#String", required: true }, patch: { target: "example.tickets#TicketPatch" } },
    },
    "example.tickets#AttachmentInput": {
      type: "structure",
      members: {
        path: { target: "smithy.api#String", required: true },
        tags: { target: "example.tickets#Tags" },
        meta: { target: "example.tickets#StringMap" },
        since: { target: "smithy.api#Timestamp" },
      },
    },
    "example.tickets#AttachmentOutput": {
      type: "structure",
      members: {
        data: { target: "smithy.api#Blob" },
        modified: { target: "smithy.api#Timestamp" },
        status: { target: "smithy.api#Integer" },
      },
    },
    "example.tickets#NotFound": {
      type: "structure",
      members: { message: { target: "smithy.api#String" }, id: { target: "smithy.api#String" } },
    },
    "example.tickets#Conflict": { type: "structure", members: { message: { target: "smithy.api#String" } } },
  },
};

export class NotFound extends ModeledError {
  readonly shapeId = "example.tickets#NotFound";
  readonly fault = "client" as const;
  readonly httpStatus = 404;
  declare id?: string;
  constructor(members: { message?: string; id?: string }) {
    super(members);
    this.name = "NotFound";
    if (members.id !== undefined) this.id = members.id;
  }
}

export interface Ticket {
  id?: string;
  href?: string;
  title: string;
  severity?: string;
  due?: Date;
  labels?: Record<string, string>;
  type?: string;
}
