/**
 * Local-first routing over the runtime's real transports and a private nats-server: two hosts
 * share one NATS; a call to a contract served in the same host never touches the network.
 */
import {
  connectNatsTransport,
  createInProcessTransport,
  serveService,
  type Transport,
} from "@oda-codegen/runtime";
import { LocalRouting, capabilitiesFor, parseManifest, type HostManifest } from "../../src/host";
import { descriptor, type Client } from "../support/descriptors";
import { startPrivateNats, type PrivateNats } from "../support/nats-server";
import { ABMF, CCS_MANIFEST, RATING } from "./fixtures";

const manifest = parseManifest(CCS_MANIFEST, { env: {} }).manifest as HostManifest;
const abmfService = descriptor(ABMF, ["Reserve"]);
const ratingService = descriptor(RATING, ["Rate"]);

let server: PrivateNats;
const owned: Transport[] = [];
const nats = async (name: string) => {
  const t = await connectNatsTransport({
    servers: server.url,
    lattice: manifest.lattice,
    name,
    timeoutMs: 500,
    reconnectTimeWaitMs: 50,
  });
  owned.push(t);
  return t;
};

beforeAll(async () => {
  server = await startPrivateNats((listen) => `listen: "${listen}"\n`);
});
afterAll(async () => {
  for (const t of owned.reverse()) await t.close();
  await server?.stop();
});

it("routes in process within a host, over NATS across hosts, and survives losing NATS locally", async () => {
  // Host A runs the ABMF and the RF; host B runs the CHF.
  const hostA = new LocalRouting(createInProcessTransport());
  const hostB = new LocalRouting(createInProcessTransport());
  owned.push(hostA.local, hostB.local);
  const abmfView = hostA.view(await nats("abmf"));
  const rf = capabilitiesFor(manifest, "rf", hostA.view(await nats("rf")));
  const chf = capabilitiesFor(manifest, "chf", hostB.view(await nats("chf")));

  let reserves = 0;
  const abmfServed = await serveService(
    abmfService,
    { reserve: async (input: { amount: number }) => ({ reserved: input.amount, n: ++reserves }) },
    abmfView,
  );
  const abmfClient = rf.client<Client>(abmfService);
  await serveService(
    ratingService,
    { rate: async (input: { amount: number }) => ({ rated: await abmfClient.reserve(input) }) },
    rf.transport,
  );

  expect(hostA.isLocal("BalanceManagement")).toBe(true);
  expect(hostB.isLocal("Rating")).toBe(false);
  // Across hosts: B's CHF reaches A's RF over NATS, which reaches the ABMF in process.
  expect(await chf.client<Client>(ratingService).rate({ amount: 5 })).toEqual({
    rated: { reserved: 5, n: 1 },
  });

  await server.stop();
  // NATS is gone: in-process calls still work, cross-host calls do not.
  expect(await abmfClient.reserve({ amount: 6 })).toEqual({ reserved: 6, n: 2 });
  await expect(chf.client<Client>(ratingService).rate({ amount: 7 })).rejects.toMatchObject({
    code: expect.stringMatching(/TIMEOUT|UNAVAILABLE/),
  });

  // Once the ABMF stops serving here, the RF's calls leave the process (and find nobody).
  await abmfServed.close();
  expect(hostA.isLocal("BalanceManagement")).toBe(false);
  await expect(abmfClient.reserve({ amount: 8 })).rejects.toMatchObject({
    code: expect.stringMatching(/TIMEOUT|UNAVAILABLE|NO_RESPONDERS/),
  });
  expect(reserves).toBe(2);
});
