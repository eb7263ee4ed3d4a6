$version: "2.0"

// TMF638 Service Inventory v4.0.0: the service contract exposed by the Service Inventory
// component (ODA TMFC008). Its REST front end serves every official v4 path under
// `/tmf-api/serviceInventory/v4`; its native front end serves the same operations plus the
// native-only lookups below, which the CCS Rating Function calls through generated stubs.
namespace oda.tmf638

@oda#specification(
    sdo: "TM Forum"
    id: "TMF638"
    name: "Service Inventory Management"
    version: "4.0.0"
    url: "https://github.com/tmforum-apis/TMF638_ServiceInventory/blob/master/TMF638-ServiceInventory-v4.0.0.swagger.json"
)
@oda#restApi(basePath: "/tmf-api/serviceInventory/v4", errorFormat: "tmf", trailingSlash: true)
@oda#component(id: "TMFC008", name: "service-inventory", functionalBlock: "Production")
@oda#hub(
    register: "oda.tmf638#RegisterListener"
    unregister: "oda.tmf638#UnregisterListener"
    listener: "oda.tmf638#ServiceInventoryListener"
    events: [
        { event: "oda.tmf638#ServiceCreateEvent", kind: "create" }
        { event: "oda.tmf638#ServiceAttributeValueChangeEvent", kind: "attributeValueChange" }
        { event: "oda.tmf638#ServiceStateChangeEvent", kind: "stateChange" }
        { event: "oda.tmf638#ServiceDeleteEvent", kind: "delete" }
    ]
)
service ServiceInventory {
    version: "4.0.0"
    resources: [
        ServiceResource
        HubResource
    ]
    operations: [
        FindServicesBySubscriber
    ]
}

/// Native only (no REST binding; called by the CCS Rating Function): the services that belong
/// to a subscriber. A Service matches when its `id` equals `subscriberId`, or when one of its
/// `serviceCharacteristic` entries is named `subscriberIdentifier` and its `value` is
/// `subscriberId` (or an array containing it). Identifiers use the 3GPP prefixed forms
/// (`imsi-001010000000001`, `msisdn-14165551234`, `nai-…`). The REST equivalent is
/// `GET /service?serviceCharacteristic.value=<id>`; this operation saves the RF the generic query.
@readonly
@suppress(["HttpBindingsMissing"])
operation FindServicesBySubscriber {
    input := {
        /// SUPI or GPSI of the subscriber, with its type prefix, e.g. `imsi-001010000000001`.
        @required
        @length(min: 1)
        subscriberId: String

        /// When set, only services in this state are returned (the RF asks for `active`).
        state: ServiceStateType
    }

    output := {
        /// Matching services, full representation; empty when the subscriber is unknown.
        @required
        services: ServiceList
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#InternalServerError
    ]
}
