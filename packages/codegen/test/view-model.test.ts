import { collectClosure } from "../src/view-model/closure";
import { createContext } from "../src/view-model/context";
import { buildServiceView } from "../src/view-model/service-view";
import { buildTypesView, type DeclarationView } from "../src/view-model/types-view";
import { CodegenError } from "../src/codegen-error";
import type { ServiceShape } from "@oda-codegen/smithy";
import { ModelBuilder, m } from "./support/model-builder";
import { TICKET_SERVICE, ticketsModel } from "./support/tickets-model";

function ticketsContext() {
  const model = ticketsModel();
  const closure = collectClosure(model, model.expectShape(TICKET_SERVICE) as ServiceShape);
  return createContext(model, closure, "@oda-codegen/runtime");
}

function declaration(name: string): DeclarationView {
  const found = buildTypesView(ticketsContext()).declarations.find((d) => d.name === name);
  if (!found) throw new Error(`no declaration ${name}`);
  return found;
}

describe("service closure", () => {
  it("collects service and resource operations in order, and every shape they reach", () => {
    const ctx = ticketsContext();
    expect(ctx.closure.operations.map((o) => o.id.split("#")[1])).toEqual([
      "Ping",
      "CreateTicket",
      "GetTicket",
      "ListTickets",
      "CloseTicket",
    ]);
    const names = ctx.closure.shapes.map((s) => s.id.split("#")[1]);
    expect(names).toContain("Team"); // reached only through the Assignee union
    expect(names).toContain("Overloaded"); // a service error
    expect(names).not.toContain("TicketResource");
  });

  it("honours rename and rejects name conflicts", () => {
    const build = (rename: Record<string, string>) =>
      new ModelBuilder("a")
        .structure("Thing", { x: m("String") })
        .structure("b#Thing", { y: m("String") })
        .structure("In", { one: m("Thing"), two: m("b#Thing") })
        .operation("Op", { input: "In" })
        .service("Svc", { operations: ["Op"], rename })
        .build();
    const renamed = build({ "b#Thing": "OtherThing" });
    const closure = collectClosure(renamed, renamed.expectShape("a#Svc") as ServiceShape);
    expect(closure.nameOf("b#Thing")).toBe("OtherThing");
    const clash = build({});
    expect(() => collectClosure(clash, clash.expectShape("a#Svc") as ServiceShape)).toThrow(CodegenError);
  });
});

describe("types view", () => {
  it("makes required members non-optional and defaulted or optional ones optional", () => {
    const ticket = declaration("Ticket");
    if (ticket.kind !== "structure") throw new Error("not a structure");
    const byName = Object.fromEntries(ticket.members.map((mm) => [mm.name, mm]));
    expect(byName.id).toMatchObject({ type: "TicketId", optional: false });
    expect(byName.createdAt).toMatchObject({ type: "Date", optional: false });
    expect(byName.status).toMatchObject({ type: "Status", optional: true });
    expect(byName.status!.doc).toContain('@defaultValue `"open"`');
    expect(byName.views).toMatchObject({ type: "bigint" });
    expect(byName.budget).toMatchObject({ type: "string" });
    expect(byName.extra).toMatchObject({ type: "JsonValue" });
    expect(byName.title!.doc).toBe("/** A short summary. */");
  });

  it("types unions as single-member objects plus $unknown", () => {
    const union = declaration("Assignee");
    if (union.kind !== "union") throw new Error("not a union");
    expect(union.variants.map((v) => [v.name, v.type])).toEqual([
      ["user", "string"],
      ["team", "Team"],
      ["unassigned", "Record<string, never>"],
      ["$unknown", "[name: string, value: JsonValue]"],
    ]);
    expect(union.variants[0]!.others).toEqual(["team", "unassigned", "$unknown"]);
  });

  it("gives enums and intEnums their values, and sparse collections null", () => {
    const status = declaration("Status");
    expect(status.kind === "enum" && status.values.map((v) => `${v.key}=${v.value}`)).toEqual([
      'OPEN="open"',
      'CLOSED="closed"',
      'ON_HOLD="on-hold"',
    ]);
    const severity = declaration("Severity");
    expect(severity.kind === "enum" && severity.values.map((v) => v.value)).toEqual(["1", "10"]);
    expect(declaration("SparseNotes")).toMatchObject({ kind: "alias", type: "(string | null)[]" });
    expect(declaration("StatusCounts")).toMatchObject({ kind: "alias", type: "Record<string, number | null>" });
  });

  it("declares error members as a type alias named after the error", () => {
    expect(declaration("TicketNotFoundMembers")).toMatchObject({ kind: "structure", alias: true });
  });
});

describe("service view", () => {
  it("names methods in lowerCamelCase and lists operation then service errors", () => {
    const view = buildServiceView(ticketsContext());
    const getTicket = view.methods.find((mm) => mm.operation === "GetTicket")!;
    expect(getTicket).toMatchObject({ name: "getTicket", input: "GetTicketInput", output: "GetTicketOutput" });
    expect(getTicket.errors).toEqual(["ticketNotFoundError", "overloadedError"]);
    const ping = view.methods.find((mm) => mm.operation === "Ping")!;
    expect(ping).toMatchObject({ inputCodec: "unitCodec", outputCodec: "unitCodec" });
    expect(view.descriptor).toBe("TicketServiceDescriptor");
  });

  it("takes fault and status from @error and @httpError", () => {
    const errors = buildServiceView(ticketsContext()).errors;
    expect(errors.map((e) => [e.name, e.fault, e.httpStatus])).toEqual([
      ["Overloaded", "server", 500],
      ["TicketNotFound", "client", 404],
    ]);
    expect(errors[1]!.fields.map((f) => f.name)).toEqual(["ticketId"]); // `message` lives on Error
  });
});
