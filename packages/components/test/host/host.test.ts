/**
 * The host over real transports: in process with a REST front end and a Redis store, and on a
 * private nats-server with the generated per-component users.
 */
import { connectNatsTransport, createNativeClient } from "@oda-codegen/runtime";
import {
  HostError,
  natsServerConfig,
  parseManifest,
  passwordVariable,
  startHost,
  type HostManifest,
} from "../../src/host";
import { freePort, REDIS_URL } from "../../../../test/support/services";
import type { Client } from "../support/descriptors";
import { startPrivateNats } from "../support/nats-server";
import { useRedis } from "../support/redis";
import { ABMF, RATING } from "./fixtures";
import { events, ratingService, registry } from "./host-fixtures";

const redis = useRedis();

function manifest(text: string): HostManifest {
  const parsed = parseManifest(text, { env: { REDIS_URL } });
  if (!parsed.manifest) throw new Error(JSON.stringify(parsed.issues));
  return parsed.manifest;
}

const components = (restPort: number, store = "memory") => `components:
  - name: abmf
    contract: ${ABMF}
    implementation: ccs-abmf
    store: ${store}
  - name: rf
    contract: ${RATING}
    implementation: ccs-rf
    frontEnds: both
    rest: { port: ${restPort}, basePath: /rf/v1 }
    calls: [${ABMF}]
`;

const rate = (port: number, body: object) =>
  fetch(`http://127.0.0.1:${port}/rf/v1/rate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("startHost in process", () => {
  it("logs endpoints, gives each component its store, and answers health", async () => {
    if (!redis.available) return;
    const [restPort, healthPort] = [await freePort(), await freePort()];
    const lines: string[] = [];
    const text =
      `redis: { url: "${REDIS_URL}" }\nhealth: { port: ${healthPort} }\n` +
      components(restPort, "redis");
    const host = await startHost(manifest(text), registry, {
      log: (l) => lines.push(l),
      listenHost: "127.0.0.1",
    });
    try {
      expect(lines).toEqual([
        `component abmf (${ABMF}): native in-process, store redis`,
        `component rf (${RATING}): native in-process, rest http://127.0.0.1:${restPort}/rf/v1, store memory`,
        `health: http://127.0.0.1:${healthPort}/health`,
      ]);
      expect(host.components.map((c) => [c.name, c.native, c.rest])).toEqual([
        ["abmf", "in-process", undefined],
        ["rf", "in-process", `http://127.0.0.1:${restPort}/rf/v1`],
      ]);
      const health = await fetch(`http://127.0.0.1:${healthPort}/health`);
      expect([health.status, await health.json()]).toEqual([
        200,
        { status: "ok", checks: { abmf: "ok", rf: "ok", redis: "ok" } },
      ]);
    } finally {
      await host.close();
    }
    await expect(fetch(`http://127.0.0.1:${healthPort}/health`)).rejects.toThrow(); // stopped
  });

  it("serves the REST front end, routing the RF's calls to the ABMF's Redis store, and drains on close", async () => {
    if (!redis.available) return;
    const restPort = await freePort();
    const lines: string[] = [];
    const text = `redis: { url: "${REDIS_URL}" }\n` + components(restPort, "redis");
    const host = await startHost(manifest(text), registry, {
      log: (l) => lines.push(l),
      listenHost: "127.0.0.1",
    });
    try {
      const first = await rate(restPort, { amount: 5 });
      expect([first.status, await first.json(), lines.filter((l) => l.includes("error"))]).toEqual([
        200,
        { reserved: 5, total: 5 },
        [],
      ]);
      expect(await redis.redis.exists(`{oda:default:abmf:totals}:d:t`)).toBe(1);

      // A slow call in flight when close() starts still gets its answer.
      events.length = 0;
      const slow = rate(restPort, { amount: 7, delayMs: 200 });
      while (!events.includes("rate 7 started"))
        await new Promise((resolve) => setTimeout(resolve, 5));
      const closed = host.close();
      expect((await slow).status).toBe(200);
      await closed;
      expect(events).toEqual(["rate 7 started", "rate 7 done", "rf stopped"]);
      await expect(rate(restPort, { amount: 1 })).rejects.toThrow(); // nobody listens any more
    } finally {
      await host.close();
      await redis.redis.del(
        `{oda:default:abmf:totals}:d:t`,
        `{oda:default:abmf:totals}:idx`,
        `{oda:default:abmf:totals}:seq`,
      );
    }
  });

  it("refuses an unknown implementation, a contract mismatch, and a busy port, leaving nothing running", async () => {
    const restPort = await freePort();
    const base = manifest(components(restPort));
    await expect(
      startHost(
        { ...base, components: [{ ...base.components[0], implementation: "nope" }] },
        registry,
      ),
    ).rejects.toThrow(
      /component "abmf": no registered implementation "nope" \(registered: ccs-abmf, ccs-rf\)/,
    );
    await expect(
      startHost(
        { ...base, components: [{ ...base.components[0], implementation: "ccs-rf" }] },
        registry,
      ),
    ).rejects.toBeInstanceOf(HostError);

    const blocker = await startHost(base, registry, {
      log: () => undefined,
      listenHost: "127.0.0.1",
    });
    await expect(
      startHost(base, registry, { log: () => undefined, listenHost: "127.0.0.1" }),
    ).rejects.toThrow(/cannot listen on port/);
    await blocker.close();
    // Everything the failed start opened was released: the same manifest starts again.
    const again = await startHost(base, registry, {
      log: () => undefined,
      listenHost: "127.0.0.1",
    });
    await again.close();
  });
});

describe("startHost on NATS", () => {
  it("serves natively under each component's own NATS user, to callers on other hosts", async () => {
    const text =
      `transport:\n  nats: { servers: [nats://127.0.0.1:1], lattice: demo }\n` +
      components(await freePort());
    const base = manifest(text);
    const users = {
      ...base,
      components: [
        ...base.components,
        {
          ...base.components[1],
          name: "chf",
          contract: "oda.ccs.chf#ConvergedCharging",
          calls: [RATING],
          frontEnds: "native" as const,
        },
      ],
    };
    const env = Object.fromEntries(
      users.components.map((c) => [passwordVariable(c.name), `${c.name}-pw`]),
    );
    const server = await startPrivateNats((listen) => natsServerConfig(users, { listen }), env);
    const lines: string[] = [];
    const host = await startHost(
      { ...base, transport: { kind: "nats", servers: [server.url], lattice: "demo" } },
      registry,
      {
        env,
        log: (l) => lines.push(l),
        listenHost: "127.0.0.1",
      },
    );
    const caller = await connectNatsTransport({
      servers: server.url,
      lattice: "demo",
      name: "chf",
      user: "chf",
      pass: "chf-pw",
    });
    try {
      expect(lines[0]).toBe(
        `component abmf (${ABMF}): native oda.demo.BalanceManagement.*, store memory`,
      );
      expect(host.components.map((c) => c.native)).toEqual([
        "oda.demo.BalanceManagement.*",
        "oda.demo.Rating.*",
      ]);
      const rf = createNativeClient<Client>(ratingService, caller);
      expect(await rf.rate({ amount: 3 })).toEqual({ reserved: 3, total: 3 });
      // Drain: a call in flight when close() starts is answered; the RF stops before the ABMF it calls.
      events.length = 0;
      const slow = rf.rate({ amount: 4, delayMs: 200 });
      while (!events.includes("rate 4 started"))
        await new Promise((resolve) => setTimeout(resolve, 5));
      const closed = host.close();
      expect(await slow).toEqual({ reserved: 4, total: 7 });
      await closed;
      expect(events).toEqual(["rate 4 started", "rate 4 done", "rf stopped"]);
      await expect(rf.rate({ amount: 1 })).rejects.toMatchObject({
        code: expect.stringMatching(/NO_RESPONDERS|TIMEOUT/),
      });
    } finally {
      await caller.close();
      await host.close();
      await server.stop();
    }
  });
});
