import { docComment, kebabCase, lowerCamelCase, lowerFirst, constantCase } from "../src/names";

describe("names", () => {
  it.each([
    ["TicketService", "ticket-service"],
    ["HTTPServer", "http-server"],
    ["Weather", "weather"],
    ["TMF638ServiceInventory", "tmf638-service-inventory"],
  ])("kebab-cases %s as %s", (name, want) => expect(kebabCase(name)).toBe(want));

  it.each([
    ["GetTicket", "getTicket"],
    ["HTTPPing", "httpPing"],
    ["ListServices2", "listServices2"],
  ])("lowerCamelCases %s as %s", (name, want) => expect(lowerCamelCase(name)).toBe(want));

  it("derives stems and constants", () => {
    expect(lowerFirst("HTTPHeader")).toBe("httpHeader");
    expect(lowerFirst("Ticket")).toBe("ticket");
    expect(constantCase("TicketId_pattern")).toBe("TICKET_ID_PATTERN");
  });

  it("writes TSDoc and neutralises comment terminators", () => {
    expect(docComment(undefined)).toBe("");
    expect(docComment("One line.")).toBe("/** One line. */");
    expect(docComment("Ends */ here\nsecond", ["@deprecated"])).toBe(
      ["/**", " * Ends *\\/ here", " * second", " *", " * @deprecated", " */"].join("\n"),
    );
  });
});
