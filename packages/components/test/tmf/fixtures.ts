/** Resources with every attribute the TMF638 conformance profile calls mandatory. */
import type { Service_Create } from "../../../../generated/service-inventory";

export function serviceCreate(
  name: string,
  state: Service_Create["state"],
  extra: Partial<Service_Create> = {},
): Service_Create {
  return {
    name,
    description: `${name} service`,
    state,
    category: "CFS",
    serviceType: "5G data",
    startDate: new Date("2026-01-01T00:00:00Z"),
    serviceSpecification: {
      id: "spec-5g",
      href: "https://example.com/serviceCatalog/serviceSpecification/spec-5g",
      version: "1.0",
    },
    serviceCharacteristic: [
      { name: "subscriberIdentifier", valueType: "string", value: `imsi-${name}` },
    ],
    serviceRelationship: [
      {
        relationshipType: "reliesOn",
        service: { id: "core-1", href: "https://example.com/s/core-1" },
      },
    ],
    supportingService: [{ id: "core-1", href: "https://example.com/s/core-1" }],
    supportingResource: [{ id: "sim-1", href: "https://example.com/r/sim-1" }],
    relatedParty: [
      {
        id: "cust-1",
        href: "https://example.com/p/cust-1",
        role: "customer",
        referredType: "Individual",
      },
    ],
    place: [{ id: "cell-1", href: "https://example.com/g/cell-1", role: "servingArea" }],
    ...extra,
  };
}
