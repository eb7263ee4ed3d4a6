import Fastify, { type FastifyInstance } from "fastify";
import { createRestClient, createRestHandler, restFastifyPlugin } from "../../src/rest";
import { MemoryTickets } from "./ticket-impl";
import { NotFound, TICKETS } from "./tickets-schema";

describe("restFastifyPlugin", () => {
  let app: FastifyInstance;
  let base: string;
  // Real requests (fastify's inject needs an ESM-only dependency that Jest cannot load).
  const call = async (method: string, path: string, body?: string, contentType?: string) => {
    const res = await fetch(base + path, { method, ...(body !== undefined ? { body } : {}), headers: contentType ? { "content-type": contentType } : {} });
    const raw = Buffer.from(await res.arrayBuffer());
    return { statusCode: res.status, headers: Object.fromEntries(res.headers), raw, json: () => JSON.parse(raw.toString()) as Record<string, unknown> };
  };
  beforeAll(async () => {
    app = Fastify();
    const handler = createRestHandler(TICKETS, new MemoryTickets(), { maxBodyBytes: 256 });
    await app.register(restFastifyPlugin(handler, { maxBodyBytes: 256 }));
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(() => app.close());

  const create = (body: string, contentType = "application/json") => call("POST", "/tmf-api/ticket/v4/ticket", body, contentType);

  it("serves the handler: 201, TMF list headers, blob payloads", async () => {
    const res = await create(JSON.stringify({ title: "On fastify" }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: "1", title: "On fastify", href: expect.stringMatching(/\/tmf-api\/ticket\/v4\/ticket\/1$/) });
    const list = await call("GET", "/tmf-api/ticket/v4/ticket?limit=5");
    expect(list.headers["x-total-count"]).toBe("1");
    const file = await call("GET", "/tmf-api/ticket/v4/attachment/a/b");
    expect(file.statusCode).toBe(203);
    expect(file.raw.toString()).toBe("file a/b");
  });

  it("keeps the service's error format for 404, 405, 413 and 415", async () => {
    const missing = await call("GET", "/tmf-api/ticket/v4/ticket/77");
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: "404", id: "77", "@type": "Error" });
    expect((await call("PUT", "/tmf-api/ticket/v4/ticket/1")).statusCode).toBe(405);
    const big = await create(JSON.stringify({ title: "x".repeat(1000) }));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: "413", status: "413" });
    expect((await create("<a/>", "application/xml")).statusCode).toBe(415);
    expect((await create("{oops")).statusCode).toBe(400);
  });

  it("is reachable by the REST client", async () => {
    const client = createRestClient<{ getTicket(i: { id: string }): Promise<unknown> }>(
      TICKETS,
      { baseUrl: base },
      { "example.tickets#NotFound": (m) => new NotFound(m) },
    );
    await expect(client.getTicket({ id: "1" })).resolves.toMatchObject({ ticket: { title: "On fastify" } });
    await expect(client.getTicket({ id: "9" })).rejects.toBeInstanceOf(NotFound);
  });
});
