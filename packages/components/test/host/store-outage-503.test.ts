/**
 * A store outage reaches REST callers of every component as 503, not 500: the host wraps each
 * component's stores, so the CHF's session store answers like the TMF inventories' stores do.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILT_IN_COMPONENTS } from "../../src/builtin-registry";
import { parseManifest, startHost, type RunningHost } from "../../src/host";
import { freePort } from "../../../../test/support/services";
import { chargingRequest, newSupi } from "../ccs/charging-flow-seed";

let host: RunningHost;
const urlOf = (name: string) => host.components.find((c) => c.name === name)!.rest!;

beforeAll(async () => {
  // The canvas's six components, every store on a Redis that is down from the start.
  const deadPort = await freePort();
  const canvas = fs.readFileSync(
    path.join(__dirname, "..", "..", "..", "..", "canvas", "canvas.yaml"),
    "utf8",
  );
  const text = `redis: { url: "redis://127.0.0.1:${deadPort}" }\n${canvas.replace(/store: memory/g, "store: redis")}`;
  const env: Record<string, string> = {};
  for (const name of [
    "HEALTH_PORT",
    "SERVICE_INVENTORY_PORT",
    "PRODUCT_INVENTORY_PORT",
    "PRODUCT_CATALOG_PORT",
    "CCS_ABMF_PORT",
    "CCS_RF_PORT",
    "CCS_CHF_PORT",
  ]) {
    env[name] = String(await freePort());
  }
  const parsed = parseManifest(text, { env });
  expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
  host = await startHost(parsed.manifest!, BUILT_IN_COMPONENTS, {
    log: () => undefined,
    listenHost: "127.0.0.1",
  });
}, 30_000);
afterAll(() => host?.close());

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

it("answers an Nchf update and release with 503 while the session store is down", async () => {
  const request = chargingRequest(newSupi(), 2, { requested: "default" });
  const body = { ...request, invocationTimeStamp: request.invocationTimeStamp.toISOString() };
  for (const action of ["update", "release"]) {
    const response = await post(`${urlOf("ccs-chf")}/chargingdata/ref-1/${action}`, body);
    expect({ action, status: response.status }).toEqual({ action, status: 503 });
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 503 });
  }
});

it("answers a TMF638 retrieve with 503 and a TMF Error while the store is down", async () => {
  const response = await fetch(`${urlOf("service-inventory")}/service/s-1`);
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ code: "503" });
});
