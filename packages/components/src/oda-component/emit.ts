/**
 * The TM Forum ODA Component manifest (oda.tmforum.org/v1 `Component`) of one host component,
 * from the model (what the contract is: its specification, REST base path, hub events) and the
 * host manifest (how this deployment serves it: front ends, port, the contracts it may call).
 *
 * Mapping (docs/host.md, "ODA Component manifests"):
 * - `coreFunction.exposedAPIs`: the contract, when the component has a REST front end (an ODA
 *   Canvas routes HTTP to it); a native-only component exposes none and names its NATS subjects
 *   in the `oda-codegen/native` annotation instead.
 * - `coreFunction.dependentAPIs`: one per contract in the manifest's `calls`.
 * - `eventNotification.publishedEvents`: one per `oda#hub` event, with the hub's path, when the
 *   REST front end serves the hub.
 */
import { stringify } from "yaml";
import type { Model } from "@oda-codegen/smithy";
import { type ComponentManifest, type HostManifest, serviceNameOf } from "../host/manifest-types";
import { contractInfo, ContractInfoError, type ContractInfo } from "./contract-info";

export const ODA_API_VERSION = "oda.tmforum.org/v1";

/** Plain data, ready for YAML: the ODA Component resource. */
export type OdaComponentDocument = Record<string, unknown>;

/** `/tmf-api/serviceInventory/v4` → `serviceinventory`; `/nchf-convergedcharging/v3` → `nchf-convergedcharging`. */
export function apiName(info: ContractInfo): string {
  const segments = (info.basePath ?? "").split("/").filter((s) => s && s !== "tmf-api");
  if (segments.length > 1 && /^v\d+$/.test(segments[segments.length - 1])) segments.pop();
  const name = segments
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-");
  return name || serviceNameOf(info.shapeId).toLowerCase();
}

function specificationOf(info: ContractInfo) {
  const spec = info.specification;
  if (!spec) return {};
  return {
    ...(spec.id ? { id: spec.id } : {}),
    specification: [{ ...(spec.url ? { url: spec.url } : {}), version: spec.version }],
    apiType: "openapi",
    apiSDO: spec.sdo,
  };
}

function contractOf(model: Model, shapeId: string, component: string): ContractInfo {
  try {
    return contractInfo(model, shapeId);
  } catch (error) {
    if (error instanceof ContractInfoError)
      throw new ContractInfoError(`component "${component}": ${error.message}`);
    throw error;
  }
}

export function odaComponent(
  manifest: HostManifest,
  component: ComponentManifest,
  model: Model,
): OdaComponentDocument {
  const info = contractOf(model, component.contract, component.name);
  const spec = info.specification;
  const native =
    component.frontEnds !== "rest"
      ? manifest.transport.kind === "nats"
        ? `oda.${manifest.lattice}.${serviceNameOf(component.contract)}.*`
        : "in-process"
      : undefined;
  const rest = component.rest;
  const exposed = rest
    ? [
        {
          name: apiName(info),
          ...specificationOf(info),
          implementation: component.name,
          path: rest.basePath,
          port: rest.port,
          required: true,
        },
      ]
    : [];
  const dependent = component.calls.map((call) => {
    const called = contractOf(model, call, component.name);
    const { id: _id, ...withoutId } = specificationOf(called) as { id?: string };
    return {
      name: apiName(called),
      ...(called.specification ? withoutId : { apiType: "openapi" }),
      required: true,
    };
  });
  const published = rest
    ? info.hubEvents.map((event) => ({
        name: event,
        apiType: "openapi",
        ...(spec
          ? { specification: [{ ...(spec.url ? { url: spec.url } : {}), version: spec.version }] }
          : {}),
        implementation: component.name,
        hub: `${rest.basePath}/hub`,
        port: rest.port,
      }))
    : [];
  const title = spec?.name ?? serviceNameOf(component.contract);
  return {
    apiVersion: ODA_API_VERSION,
    kind: "Component",
    metadata: {
      name: component.name,
      labels: { "oda.tmforum.org/componentName": component.name },
      annotations: {
        "oda-codegen/contract": component.contract,
        "oda-codegen/implementation": component.implementation,
        ...(native ? { "oda-codegen/native": native } : {}),
      },
    },
    spec: {
      componentMetadata: {
        id: info.component?.id ?? component.name,
        name: info.component?.name ?? component.name,
        ...(info.component?.functionalBlock
          ? { functionalBlock: info.component.functionalBlock }
          : {}),
        version: info.serviceVersion ?? spec?.version ?? "0.0.0",
        status: "specified",
        description: spec
          ? `${title} (${spec.sdo} ${spec.id} ${spec.version}), implemented on oda-codegen's ${serviceNameOf(component.contract)} contract.`
          : `Implements ${component.contract}.`,
      },
      coreFunction: { exposedAPIs: exposed, dependentAPIs: dependent },
      eventNotification: { publishedEvents: published, subscribedEvents: [] },
      managementFunction: { exposedAPIs: [], dependentAPIs: [] },
      securityFunction: { canvasSystemRole: "Admin", exposedAPIs: [], dependentAPIs: [] },
    },
  };
}

/** One ODA Component per manifest component, by component name, in manifest order. */
export function odaComponents(
  manifest: HostManifest,
  model: Model,
): Map<string, OdaComponentDocument> {
  return new Map(manifest.components.map((c) => [c.name, odaComponent(manifest, c, model)]));
}

/** The YAML text, with a header saying where it came from. */
export function renderOdaComponent(doc: OdaComponentDocument, source: string): string {
  return (
    `# generated by \`oda-host oda-component ${source}\` from the model and the host manifest — do not edit\n` +
    stringify(doc, { lineWidth: 0 })
  );
}
