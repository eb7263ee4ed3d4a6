/**
 * The capability gate over the runtime's real transports: in process, and on a private
 * nats-server configured from the same manifest (both layers refuse the same calls).
 */
import {
  NativeCallError,
  connectNatsTransport,
  createInProcessTransport,
  serveService,
  type Transport,
} from "@oda-codegen/runtime";
import {
  capabilitiesFor,
  natsServerConfig,
  parseManifest,
  type HostManifest,
} from "../../src/host";
import { descriptor, type Client } from "../support/descriptors";
import { startPrivateNats, type PrivateNats } from "../support/nats-server";
import { ABMF, CCS_MANIFEST, CHF, RATING } from "./fixtures";

const manifest = parseManifest(CCS_MANIFEST, { env: {} }).manifest as HostManifest;
const abmfService = descriptor(ABMF, ["Reserve"]);
const chfService = descriptor(CHF, ["Create"]);
const ratingService = descriptor(RATING, ["Rate"]);
const abmfImpl = { reserve: async (input: { amount: number }) => ({ reserved: input.amount }) };
const notPermitted = { code: "NOT_PERMITTED" };

describe("capabilitiesFor (in process)", () => {
  let transport: Transport;
  beforeEach(() => {
    transport = createInProcessTransport();
  });
  afterEach(() => transport.close());

  it("hands the RF a working client for a contract it declares", async () => {
    const abmf = capabilitiesFor(manifest, "abmf", transport);
    await serveService(abmfService, abmfImpl, abmf.transport);
    const rf = capabilitiesFor(manifest, "rf", transport);
    expect(rf.mayCall(ABMF)).toBe(true);
    const client = rf.client<Client>(abmfService);
    expect(await client.reserve({ amount: 100 })).toEqual({ reserved: 100 });
  });

  it("refuses a client for an undeclared contract with NOT_PERMITTED", () => {
    const rf = capabilitiesFor(manifest, "rf", transport);
    expect(rf.mayCall(CHF)).toBe(false);
    expect(() => rf.client(chfService)).toThrow(NativeCallError);
    expect(() => rf.client(chfService)).toThrow(expect.objectContaining(notPermitted));
  });

  it("refuses calls through the component's transport, even with a forged descriptor", async () => {
    const chf = capabilitiesFor(manifest, "chf", transport);
    await serveService(chfService, { create: async () => ({ ok: true }) }, chf.transport);
    const abmf = capabilitiesFor(manifest, "abmf", transport);
    const op = chfService.operations[0];
    await expect(abmf.transport.call(chfService, op, {})).rejects.toMatchObject(notPermitted);
    // Declared shape id, but the name (hence the route) of another service.
    const forged = { ...chfService, shapeId: RATING };
    const rf = capabilitiesFor(manifest, "rf", transport);
    await expect(rf.transport.call(forged, op, {})).rejects.toMatchObject(notPermitted);
    // The CHF declares the RF: allowed by the gate (and answered NO_RESPONDERS: nobody serves it).
    await expect(
      chf.transport.call(ratingService, ratingService.operations[0], {}),
    ).rejects.toMatchObject({ code: "NO_RESPONDERS" });
  });

  it("lets a component serve only its own contract", async () => {
    const rf = capabilitiesFor(manifest, "rf", transport);
    await expect(serveService(abmfService, abmfImpl, rf.transport)).rejects.toMatchObject(
      notPermitted,
    );
    await expect(serveService(ratingService, {}, rf.transport)).resolves.toBeDefined();
  });

  it("refuses an unknown component", () => {
    expect(() => capabilitiesFor(manifest, "mallory", transport)).toThrow(
      expect.objectContaining(notPermitted),
    );
  });
});

describe("capabilities on NATS with the generated per-component users", () => {
  let server: PrivateNats;
  const transports: { close(): Promise<void> }[] = [];
  const natsFor = async (name: string) => {
    const t = await connectNatsTransport({
      servers: server.url,
      lattice: manifest.lattice,
      name,
      user: name,
      pass: `${name}-pw`,
      timeoutMs: 2000,
    });
    transports.push(t);
    return t;
  };
  beforeAll(async () => {
    server = await startPrivateNats((listen) =>
      natsServerConfig(manifest, { listen, password: (c) => `${c.name}-pw` }),
    );
  });
  afterAll(async () => {
    for (const t of transports.reverse()) await t.close();
    await server?.stop();
  });

  it("serves a NATS micro service under the component's user and answers a declared caller", async () => {
    await serveService(
      abmfService,
      abmfImpl,
      capabilitiesFor(manifest, "abmf", await natsFor("abmf")).transport,
    );
    const rf = capabilitiesFor(manifest, "rf", await natsFor("rf"));
    expect(await rf.client<Client>(abmfService).reserve({ amount: 7 })).toEqual({ reserved: 7 });
  });

  it("is refused by the NATS server too when the gate is bypassed", async () => {
    // The raw (ungated) transport of the RF: only nats-server's permissions stand in the way.
    const raw = await natsFor("rf");
    await expect(raw.call(chfService, chfService.operations[0], {})).rejects.toMatchObject(
      notPermitted,
    );
  });
});
