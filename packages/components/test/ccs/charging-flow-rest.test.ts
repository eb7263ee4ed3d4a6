/**
 * The charging flow suite with the CHF reached over REST (Nchf on loopback HTTP), all components
 * in one host on NATS (local-first routing keeps their calls in process), memory stores. Also
 * checks the wire form of an Nchf error: `application/problem+json` with the 3GPP `cause`.
 */
import { randomUUID } from "node:crypto";
import { connectNatsTransport, type NatsTransport } from "@oda-codegen/runtime";
import { createConvergedChargingRestClient } from "../../../../generated/converged-charging";
import { NATS_URL, freePort, requireService } from "../../../../test/support/services";
import { capabilitiesFor, parseManifest, startHost, type RunningHost } from "../../src/host";
import { REGISTRY, chargingManifest } from "./canvas-fixture";
import { describeChargingFlow } from "./charging-flow-contract";
import { chargingRequest, newSupi } from "./charging-flow-seed";
import {
  BalanceManagementDescriptor,
  type BalanceManagement,
} from "../../../../generated/balance-management";
import {
  ProductCatalogDescriptor,
  type ProductCatalog,
} from "../../../../generated/product-catalog";
import {
  ProductInventoryDescriptor,
  type ProductInventory,
} from "../../../../generated/product-inventory";
import {
  ServiceInventoryDescriptor,
  type ServiceInventory,
} from "../../../../generated/service-inventory";
import { createNativeClient } from "@oda-codegen/runtime";

let host: RunningHost | undefined;
let nats: NatsTransport | undefined;
let baseUrl = "";

async function open() {
  if (!(await requireService("nats"))) return undefined;
  const lattice = `flowrest-${randomUUID().slice(0, 8)}`;
  const port = await freePort();
  const text = chargingManifestText(lattice, port);
  const parsed = parseManifest(text);
  if (!parsed.manifest) throw new Error(JSON.stringify(parsed.issues));
  host = await startHost(parsed.manifest, REGISTRY, {
    log: () => undefined,
    listenHost: "127.0.0.1",
  });
  baseUrl = `http://127.0.0.1:${port}`;
  nats = await connectNatsTransport({
    servers: NATS_URL,
    lattice,
    name: "flow-rest-test",
    timeoutMs: 10_000,
  });
  const manifest = parsed.manifest;
  return {
    chf: createConvergedChargingRestClient({ baseUrl }),
    services: createNativeClient<ServiceInventory>(ServiceInventoryDescriptor, nats),
    products: createNativeClient<ProductInventory>(ProductInventoryDescriptor, nats),
    catalog: createNativeClient<ProductCatalog>(ProductCatalogDescriptor, nats),
    abmf: createNativeClient<BalanceManagement>(BalanceManagementDescriptor, nats),
    clientAsChf: <S>(service: Parameters<typeof createNativeClient>[0]) =>
      capabilitiesFor(manifest, "chf", nats!).client<S>(service),
  };
}

/** The flow's manifest on NATS with the CHF served over REST as well. */
function chargingManifestText(lattice: string, port: number): string {
  const base = chargingManifest("memory");
  const lines = base.components.map((c) => {
    const calls = c.calls.length > 0 ? `, calls: [${c.calls.join(", ")}]` : "";
    const rest =
      c.name === "chf"
        ? `, frontEnds: both, rest: { port: ${port}, basePath: /nchf-convergedcharging/v3 }`
        : "";
    return `  - { name: ${c.name}, contract: "${c.contract}", implementation: ${c.implementation}${calls}${rest} }`;
  });
  return `transport: { nats: { servers: ["${NATS_URL}"], lattice: ${lattice} } }\ncomponents:\n${lines.join("\n")}\n`;
}

let target: Awaited<ReturnType<typeof open>>;
beforeAll(async () => {
  target = await open();
}, 60_000);
afterAll(async () => {
  await nats?.close();
  await host?.close();
});

describeChargingFlow("CHF over REST, one host on NATS", async () => target);

it("answers an unknown subscriber with application/problem+json and cause USER_UNKNOWN", async () => {
  if (!host) return;
  const request = chargingRequest(newSupi(), 1, { requested: "default" });
  const response = await fetch(`${baseUrl}/nchf-convergedcharging/v3/chargingdata`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      ...request,
      invocationTimeStamp: request.invocationTimeStamp.toISOString(),
    }),
  });
  expect(response.status).toBe(404);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: 404, cause: "USER_UNKNOWN" });
  expect(body.problemCause).toBeUndefined();
});
