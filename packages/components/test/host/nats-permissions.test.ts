/**
 * The generated nats-server configuration, proven on a real nats-server started by this test:
 * each component's user can reach the contracts it declares, and nothing else.
 */
import { connect, errors, type NatsConnection } from "@nats-io/transport-node";
import {
  componentPermissions,
  natsServerConfig,
  parseManifest,
  passwordVariable,
  type HostManifest,
} from "../../src/host";
import { startPrivateNats, type PrivateNats } from "../support/nats-server";
import { CCS_MANIFEST } from "./fixtures";

const manifest = parseManifest(CCS_MANIFEST, { env: {} }).manifest as HostManifest;
const component = (name: string) => manifest.components.find((c) => c.name === name)!;

describe("componentPermissions", () => {
  it("lets the RF publish to the four contracts it calls and subscribe to its own", () => {
    const rf = componentPermissions(manifest, component("rf"));
    expect(rf.publish).toEqual([
      "oda.demo.ServiceInventory.*",
      "oda.demo.ProductInventory.*",
      "oda.demo.ProductCatalog.*",
      "oda.demo.BalanceManagement.*",
    ]);
    expect(rf.subscribe).toEqual([
      "oda.demo.Rating.*",
      "$SRV.PING",
      "$SRV.INFO",
      "$SRV.STATS",
      "$SRV.*.Rating",
      "$SRV.*.Rating.*",
      "_INBOX.>",
    ]);
  });

  it("gives a component that calls nothing no publish subject and no reply inbox", () => {
    const abmf = componentPermissions(manifest, component("abmf"));
    expect(abmf.publish).toEqual([]);
    expect(abmf.subscribe).not.toContain("_INBOX.>");
  });

  it("writes passwords as environment references unless given", () => {
    const text = natsServerConfig(manifest);
    expect(text).toContain(`password: $${passwordVariable("service-inventory")}`);
    expect(passwordVariable("service-inventory")).toBe("ODA_NATS_PASSWORD_SERVICE_INVENTORY");
    expect(text).toContain(`publish: { deny: [">"] }`);
  });
});

/** nats.js rejects a refused request with a RequestError caused by the server's permission violation. */
async function refusal(
  request: Promise<unknown>,
): Promise<InstanceType<typeof errors.PermissionViolationError>> {
  const error = await request.then(
    () => Promise.reject(new Error("the request was answered")),
    (e: unknown) => e,
  );
  const cause = error instanceof errors.RequestError ? error.cause : error;
  expect(cause).toBeInstanceOf(errors.PermissionViolationError);
  return cause as InstanceType<typeof errors.PermissionViolationError>;
}

describe("generated nats-server configuration on a real nats-server", () => {
  let server: PrivateNats;
  const connections: NatsConnection[] = [];
  const as = async (user: string) => {
    const nc = await connect({
      servers: server.url,
      user,
      pass: `${user}-secret`,
      reconnect: false,
    });
    connections.push(nc);
    return nc;
  };

  beforeAll(async () => {
    // Passwords through the environment, as in production: nothing secret in the file.
    const env = Object.fromEntries(
      manifest.components.map((c) => [passwordVariable(c.name), `${c.name}-secret`]),
    );
    server = await startPrivateNats((listen) => natsServerConfig(manifest, { listen }), env);
  });
  afterAll(async () => {
    await Promise.all(connections.map((nc) => nc.close()));
    await server?.stop();
  });

  it("lets a declared caller reach the contract, and the server answer it", async () => {
    const abmf = await as("abmf");
    abmf.subscribe("oda.demo.BalanceManagement.*", {
      queue: "BalanceManagement",
      callback: (_, msg) => {
        msg.respond("reserved");
      },
    });
    await abmf.flush();
    const rf = await as("rf");
    const reply = await rf.request("oda.demo.BalanceManagement.Reserve", "100", { timeout: 2000 });
    expect(reply.string()).toBe("reserved");
  });

  it("refuses a publish to a contract the component did not declare", async () => {
    const rf = await as("rf");
    // The CHF's contract: the RF never declared it.
    const denied = await refusal(
      rf.request("oda.demo.ConvergedCharging.Create", "{}", { timeout: 2000 }),
    );
    expect(denied).toMatchObject({
      operation: "publish",
      subject: "oda.demo.ConvergedCharging.Create",
    });
    // A component that calls nothing cannot publish anywhere, not even to a real contract.
    const abmf = await as("abmf");
    const statuses = abmf.status();
    abmf.publish("oda.demo.Rating.Rate", "{}");
    await abmf.flush();
    for await (const status of statuses) {
      if (status.type !== "error") continue;
      expect(status.error).toBeInstanceOf(errors.PermissionViolationError);
      expect(status.error).toMatchObject({ operation: "publish", subject: "oda.demo.Rating.Rate" });
      break;
    }
  });

  it("refuses a subscription to another component's contract (no eavesdropping or impersonation)", async () => {
    const chf = await as("chf");
    const sub = chf.subscribe("oda.demo.BalanceManagement.*");
    await expect(sub.closed).resolves.toBeInstanceOf(errors.PermissionViolationError);
  });

  it("refuses a wrong password", async () => {
    await expect(
      connect({ servers: server.url, user: "rf", pass: "nope", reconnect: false }),
    ).rejects.toThrow();
  });
});
