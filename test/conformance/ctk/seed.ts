/**
 * The TMF638 CTK's preconditions (CTK-NOTES.md): at least two services whose first two differ in
 * `state` and `name`, each with every attribute the conformance profile marks mandatory and at
 * least one element in each array. Sent as a client would, in TMF JSON.
 */
export const CTK_SEED_SERVICES: readonly Record<string, unknown>[] = [
  seedService("ctk-5g-data-1", "active", "imsi-001010000000001"),
  seedService("ctk-5g-data-2", "inactive", "imsi-001010000000002"),
];

function seedService(name: string, state: string, subscriber: string): Record<string, unknown> {
  return {
    name,
    description: `5G data service ${name} (CTK seed)`,
    state,
    category: "CFS",
    serviceType: "5G data",
    startDate: "2026-01-01T00:00:00Z",
    serviceSpecification: {
      id: "spec-5g-data",
      href: "https://example.com/tmf-api/serviceCatalogManagement/v4/serviceSpecification/spec-5g-data",
      name: "5G data",
      version: "1.0",
    },
    serviceCharacteristic: [
      { name: "subscriberIdentifier", valueType: "string", value: subscriber },
    ],
    serviceRelationship: [
      {
        relationshipType: "reliesOn",
        service: {
          id: "core-1",
          href: "https://example.com/tmf-api/serviceInventory/v4/service/core-1",
        },
      },
    ],
    supportingService: [
      { id: "core-1", href: "https://example.com/tmf-api/serviceInventory/v4/service/core-1" },
    ],
    supportingResource: [
      {
        id: "sim-1",
        href: "https://example.com/tmf-api/resourceInventoryManagement/v4/resource/sim-1",
      },
    ],
    relatedParty: [
      {
        id: "cust-1",
        href: "https://example.com/tmf-api/partyManagement/v4/individual/cust-1",
        role: "customer",
        "@referredType": "Individual",
      },
    ],
    place: [
      {
        id: "cell-1",
        href: "https://example.com/tmf-api/geographicSite/v4/geographicSite/cell-1",
        role: "servingArea",
      },
    ],
  };
}
