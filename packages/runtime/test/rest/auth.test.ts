import type { HttpRequest, HttpResponse } from "@smithy/types";
import { createRestHandler, withRestAuth } from "../../src/rest";
import { MemoryTickets } from "./ticket-impl";
import { TICKETS } from "./tickets-schema";

const BASE = "/tmf-api/ticket/v4";

function get(path: string, headers: Record<string, string> = {}): HttpRequest {
  return {
    method: "GET",
    protocol: "http:",
    hostname: "localhost",
    path,
    query: {},
    headers: { host: "api.test", ...headers },
  };
}

function json(response: HttpResponse): Record<string, unknown> {
  return JSON.parse(String(response.body));
}

describe("withRestAuth: API keys", () => {
  const handle = withRestAuth(createRestHandler(TICKETS, new MemoryTickets()), {
    apiKeys: ["k-one", "k-two"],
  });

  it("lets a request with any configured key through", async () => {
    expect((await handle(get(`${BASE}/ticket`, { "x-api-key": "k-two" }))).statusCode).toBe(200);
    expect((await handle(get(`${BASE}/ticket`, { "X-Api-Key": "k-one" }))).statusCode).toBe(200);
  });

  it("answers 401 with a TMF Error body and a challenge when the key is missing", async () => {
    const res = await handle(get(`${BASE}/ticket`));
    expect(res.statusCode).toBe(401);
    expect(res.headers["www-authenticate"]).toBe('ApiKey header="x-api-key"');
    expect(json(res)).toMatchObject({
      code: "401",
      reason: "Unauthorized",
      message: "Authentication is required",
    });
  });

  it("answers 401 for a wrong key, a key prefix, and before routing (unknown paths too)", async () => {
    for (const key of ["k-three", "k-", "k-one ", ""]) {
      const res = await handle(
        get(`${BASE}/ticket`, { "x-api-key": key === "k-one " ? "k-onex" : key }),
      );
      expect(res.statusCode).toBe(401);
    }
    expect((await handle(get("/nowhere"))).statusCode).toBe(401);
    expect((await handle(get("/nowhere", { "x-api-key": "k-one" }))).statusCode).toBe(404);
  });
});

describe("withRestAuth: bearer tokens", () => {
  const handle = withRestAuth(createRestHandler(TICKETS, new MemoryTickets()), {
    bearerTokens: ["t0ken"],
  });

  it("accepts `Authorization: Bearer <token>` (scheme case-insensitive) and nothing else", async () => {
    expect(
      (await handle(get(`${BASE}/ticket`, { authorization: "Bearer t0ken" }))).statusCode,
    ).toBe(200);
    expect(
      (await handle(get(`${BASE}/ticket`, { authorization: "bearer t0ken" }))).statusCode,
    ).toBe(200);
    for (const value of ["t0ken", "Basic t0ken", "Bearer", "Bearer t0ken extra", "Bearer T0KEN"]) {
      const res = await handle(get(`${BASE}/ticket`, { authorization: value }));
      expect(res.statusCode).toBe(401);
      expect(res.headers["www-authenticate"]).toBe('Bearer realm="oda"');
    }
  });

  it("reads another header when told to", async () => {
    const custom = withRestAuth(createRestHandler(TICKETS, new MemoryTickets()), {
      bearerTokens: ["t"],
      header: "X-Auth",
    });
    expect((await custom(get(`${BASE}/ticket`, { "x-auth": "Bearer t" }))).statusCode).toBe(200);
    expect((await custom(get(`${BASE}/ticket`, { authorization: "Bearer t" }))).statusCode).toBe(
      401,
    );
  });

  it("refuses a configuration without a usable credential", () => {
    expect(() =>
      withRestAuth(createRestHandler(TICKETS, new MemoryTickets()), { apiKeys: [""] }),
    ).toThrow(TypeError);
  });
});
