import { checkHealth, serveHealth } from "../../src/host";

describe("health", () => {
  it("is ok only when every check passes, naming what fails", async () => {
    expect(await checkHealth({ a: async () => true, b: async () => true })).toEqual({
      status: "ok",
      checks: { a: "ok", b: "ok" },
    });
    const report = await checkHealth(
      {
        redis: async () => Promise.reject(new Error("ECONNREFUSED")),
        nats: async () => "disconnected",
        stuck: () => new Promise(() => undefined),
        chf: async () => false,
      },
      50,
    );
    expect(report).toEqual({
      status: "failing",
      checks: {
        redis: "ECONNREFUSED",
        nats: "disconnected",
        stuck: "no answer within 50 ms",
        chf: "failing",
      },
    });
  });

  it("serves GET /health with 200 or 503, and 404 elsewhere", async () => {
    let up = true;
    const server = await serveHealth({ component: async () => up }, 0, "127.0.0.1");
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const ok = await fetch(`${base}/health`);
      expect([ok.status, await ok.json()]).toEqual([
        200,
        { status: "ok", checks: { component: "ok" } },
      ]);
      up = false;
      expect((await fetch(`${base}/health`)).status).toBe(503);
      expect((await fetch(`${base}/other`)).status).toBe(404);
      expect((await fetch(`${base}/health`, { method: "POST" })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
