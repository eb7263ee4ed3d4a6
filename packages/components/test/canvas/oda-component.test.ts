/**
 * The ODA Component manifests emitted for the canvas: valid against the TM Forum ODA Component
 * schema (checked strictly: no key outside the schema either), derived from the model and the
 * host manifest, and the committed copies in canvas/oda/ are current.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { parseManifest, type HostManifest } from "../../src/host";
import {
  ContractInfoError,
  loadContractModel,
  odaComponent,
  renderOdaComponent,
} from "../../src/oda-component";
import { main } from "../../src/host/cli";
import { describeWithReference } from "../../../../test/support/reference";

const ROOT = path.join(__dirname, "..", "..", "..", "..");
const CANVAS = path.join(ROOT, "canvas", "canvas.yaml");
const model = loadContractModel([path.join(ROOT, "models")]);

function canvasManifest(env: Record<string, string> = {}): HostManifest {
  const { manifest, issues } = parseManifest(fs.readFileSync(CANVAS, "utf8"), { env });
  if (!manifest) throw new Error(JSON.stringify(issues));
  return manifest;
}

/** The schema with `additionalProperties: false` on every object that lists its properties. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = closed(v);
  if (out.type === "object" && out.properties && !out["x-kubernetes-preserve-unknown-fields"])
    out.additionalProperties = false;
  return out;
}

describeWithReference("ODA Component manifests", ["tmf", "oda"], (dir) => {
  const crd = // The published schema repeats a key (`description`); YAML readers keep the last one.
    parse(fs.readFileSync(path.join(dir, "oda-component-oas-v1.yaml"), "utf8"), {
      uniqueKeys: false,
    }) as {
      openAPIV3Schema: { properties: Record<string, unknown> };
    };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("url", (value: string) => URL.canParse(value));
  ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
  const asPublished = ajv.compile(crd.openAPIV3Schema);
  // Top level: the Kubernetes resource around `spec`, which the CRD schema leaves open.
  const strict = ajv.compile({
    type: "object",
    required: ["apiVersion", "kind", "metadata", "spec"],
    properties: {
      apiVersion: { const: "oda.tmforum.org/v1" },
      kind: { const: "Component" },
      metadata: { type: "object", required: ["name"] },
      spec: {
        ...(closed(crd.openAPIV3Schema.properties.spec) as object),
        required: ["componentMetadata", "coreFunction"],
      },
    },
    additionalProperties: false,
  });

  const manifest = canvasManifest();
  const docs = new Map(manifest.components.map((c) => [c.name, odaComponent(manifest, c, model)]));

  it.each(manifest.components.map((c) => c.name))(
    "%s is valid against the ODA Component schema",
    (name) => {
      const doc = docs.get(name);
      expect(asPublished(doc) ? [] : asPublished.errors).toEqual([]);
      expect(strict(doc) ? [] : strict.errors).toEqual([]);
    },
  );

  it("the strict check rejects a misspelt key and a missing required field", () => {
    const doc = structuredClone(docs.get("service-inventory")) as {
      spec: { coreFunction: { exposedAPIs: Record<string, unknown>[] } };
    };
    doc.spec.coreFunction.exposedAPIs[0].prot = 1;
    delete doc.spec.coreFunction.exposedAPIs[0].port;
    expect(strict(doc)).toBe(false);
    expect(strict.errors?.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        "must have required property 'port'",
        "must NOT have additional properties",
      ]),
    );
  });

  it("the committed canvas/oda/*.yaml are what oda-host oda-component emits now", () => {
    for (const [name, doc] of docs) {
      const file = path.join(ROOT, "canvas", "oda", `${name}.yaml`);
      expect(fs.existsSync(file)).toBe(true);
      // Regenerate with: npx oda-host oda-component canvas/canvas.yaml --out canvas/oda
      expect(fs.readFileSync(file, "utf8")).toBe(renderOdaComponent(doc, "canvas/canvas.yaml"));
    }
  });
});

it("exposedAPIs, dependentAPIs and events come from the model's traits and the manifest", () => {
  const manifest = canvasManifest({ SERVICE_INVENTORY_PORT: "9638" });
  const byName = (name: string) =>
    odaComponent(
      manifest,
      manifest.components.find((c) => c.name === name)!,
      model,
    ) as {
      metadata: { annotations: Record<string, string> };
      spec: {
        componentMetadata: Record<string, unknown>;
        coreFunction: {
          exposedAPIs: Record<string, unknown>[];
          dependentAPIs: Record<string, unknown>[];
        };
        eventNotification: { publishedEvents: Record<string, unknown>[] };
      };
    };
  const si = byName("service-inventory");
  expect(si.spec.componentMetadata).toMatchObject({
    id: "TMFC008",
    functionalBlock: "Production",
    version: "4.0.0",
  });
  expect(si.spec.coreFunction.exposedAPIs).toEqual([
    expect.objectContaining({
      id: "TMF638",
      path: "/tmf-api/serviceInventory/v4",
      port: 9638,
      apiSDO: "TM Forum",
    }),
  ]);
  expect(si.spec.coreFunction.dependentAPIs).toEqual([]);
  expect(si.spec.eventNotification.publishedEvents.map((e) => e.name)).toEqual([
    "ServiceCreateEvent",
    "ServiceAttributeValueChangeEvent",
    "ServiceStateChangeEvent",
    "ServiceDeleteEvent",
  ]);
  expect(si.spec.eventNotification.publishedEvents[0]).toMatchObject({
    hub: "/tmf-api/serviceInventory/v4/hub",
    port: 9638,
  });
  const rf = byName("ccs-rf");
  expect(rf.spec.coreFunction.dependentAPIs.map((d) => d.name)).toEqual([
    "serviceinventory",
    "productinventory",
    "productcatalogmanagement",
    "prepaybalancemanagement",
  ]);
  expect(byName("ccs-chf").spec.coreFunction.exposedAPIs[0]).toMatchObject({
    apiSDO: "3GPP",
    path: "/nchf-convergedcharging/v3",
  });
});

it("a native-only component on NATS exposes no REST API and names its subjects", () => {
  const { manifest } = parseManifest(
    `transport: { nats: { servers: [nats://127.0.0.1:4222], lattice: demo } }
components:
  - name: rf
    contract: oda.ccs.rf#Rating
    implementation: ccs-rf
    calls: [oda.ccs.abmf#BalanceManagement]
`,
    { env: {} },
  );
  const doc = odaComponent(manifest!, manifest!.components[0], model) as {
    metadata: { annotations: Record<string, string> };
    spec: { coreFunction: { exposedAPIs: unknown[]; dependentAPIs: { name: string }[] } };
  };
  expect(doc.metadata.annotations["oda-codegen/native"]).toBe("oda.demo.Rating.*");
  expect(doc.spec.coreFunction.exposedAPIs).toEqual([]);
  expect(doc.spec.coreFunction.dependentAPIs.map((d) => d.name)).toEqual([
    "prepaybalancemanagement",
  ]);
});

it("a contract missing from the model is a clear error naming the component", () => {
  const { manifest } = parseManifest(
    `components:\n  - name: ghost\n    contract: oda.nowhere#Ghost\n    implementation: x\n`,
    { env: {} },
  );
  expect(() => odaComponent(manifest!, manifest!.components[0], model)).toThrow(
    new ContractInfoError('component "ghost": the model has no service oda.nowhere#Ghost'),
  );
});

it("oda-host oda-component writes one file per component", async () => {
  const out = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "oda-component-"));
  const lines: string[] = [];
  const io = {
    out: (l: string) => lines.push(l),
    err: (l: string) => lines.push(`ERR ${l}`),
    stopSignal: () => new Promise<string>(() => undefined),
  };
  try {
    const code = await main(
      ["oda-component", CANVAS, "--out", out, "--only", "ccs-chf,ccs-rf"],
      io,
    );
    expect(lines.filter((l) => l.startsWith("ERR"))).toEqual([]);
    expect(code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["ccs-chf.yaml", "ccs-rf.yaml"]);
    expect(
      parse(fs.readFileSync(path.join(out, "ccs-chf.yaml"), "utf8")).spec.coreFunction
        .dependentAPIs,
    ).toEqual([expect.objectContaining({ name: "nrf-rating", apiSDO: "SigScale" })]);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
