$version: "2.0"

// TMF637 Product Inventory v4.0.0: the service contract exposed by the Product Inventory
// component (ODA TMFC005). REST: every official v4 path under `/tmf-api/productInventory/v4`.
// Native: the same operations plus the native-only lookup the CCS Rating Function calls.
namespace oda.tmf637

@oda#specification(
    sdo: "TM Forum"
    id: "TMF637"
    name: "Product Inventory Management"
    version: "4.0.0"
    url: "https://github.com/tmforum-apis/TMF637_ProductInventory/blob/master/TMF637-ProductInventory-v4.0.0.swagger.json"
)
@oda#restApi(basePath: "/tmf-api/productInventory/v4", errorFormat: "tmf", trailingSlash: true)
@oda#component(id: "TMFC005", name: "product-inventory", functionalBlock: "Core Commerce Management")
@oda#hub(
    register: "oda.tmf637#RegisterListener"
    unregister: "oda.tmf637#UnregisterListener"
    listener: "oda.tmf637#ProductInventoryListener"
    events: [
        { event: "oda.tmf637#ProductCreateEvent", kind: "create" }
        { event: "oda.tmf637#ProductAttributeValueChangeEvent", kind: "attributeValueChange" }
        { event: "oda.tmf637#ProductStateChangeEvent", kind: "stateChange" }
        { event: "oda.tmf637#ProductBatchEvent", kind: "batch" }
        { event: "oda.tmf637#ProductDeleteEvent", kind: "delete" }
    ]
)
service ProductInventory {
    version: "4.0.0"
    resources: [
        ProductResource
        HubResource
    ]
    operations: [
        FindProductsByService
    ]
}

/// Native only (no REST binding; called by the CCS Rating Function): the products realized by a
/// TMF638 service, i.e. whose `realizingService` contains a reference with `id` = `serviceId`.
/// The REST equivalent is `GET /product?realizingService.id=<serviceId>`.
@readonly
@suppress(["HttpBindingsMissing"])
operation FindProductsByService {
    input := {
        /// TMF638 Service id.
        @required
        @length(min: 1)
        serviceId: String

        /// When set, only products with this status are returned (the RF asks for `active`).
        status: ProductStatusType
    }

    output := {
        /// Matching products, full representation; empty when none.
        @required
        products: ProductList
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#InternalServerError
    ]
}
