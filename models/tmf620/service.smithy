$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: the service contract exposed by the Product
// Catalog component (ODA TMFC001). REST: every official v4 path under
// `/tmf-api/productCatalogManagement/v4`. Native: the same operations plus the native-only
// price lookup the CCS Rating Function calls.
namespace oda.tmf620

@oda#specification(
    sdo: "TM Forum"
    id: "TMF620"
    name: "Product Catalog Management"
    version: "4.0.0"
    url: "https://github.com/tmforum-apis/TMF620_ProductCatalog/blob/master/TMF620-ProductCatalog-v4.0.0.swagger.json"
)
@oda#restApi(basePath: "/tmf-api/productCatalogManagement/v4", errorFormat: "tmf", trailingSlash: true)
@oda#component(id: "TMFC001", name: "product-catalog", functionalBlock: "Core Commerce Management")
@oda#hub(
    register: "oda.tmf620#RegisterListener"
    unregister: "oda.tmf620#UnregisterListener"
    listener: "oda.tmf620#ProductCatalogListener"
    events: [
        { event: "oda.tmf620#CatalogCreateEvent", kind: "create" }
        { event: "oda.tmf620#CatalogDeleteEvent", kind: "delete" }
        { event: "oda.tmf620#CatalogBatchEvent", kind: "batch" }
        { event: "oda.tmf620#CategoryCreateEvent", kind: "create" }
        { event: "oda.tmf620#CategoryDeleteEvent", kind: "delete" }
        { event: "oda.tmf620#ProductOfferingCreateEvent", kind: "create" }
        { event: "oda.tmf620#ProductOfferingAttributeValueChangeEvent", kind: "attributeValueChange" }
        { event: "oda.tmf620#ProductOfferingStateChangeEvent", kind: "stateChange" }
        { event: "oda.tmf620#ProductOfferingDeleteEvent", kind: "delete" }
        { event: "oda.tmf620#ProductOfferingPriceCreateEvent", kind: "create" }
        { event: "oda.tmf620#ProductOfferingPriceAttributeValueChangeEvent", kind: "attributeValueChange" }
        { event: "oda.tmf620#ProductOfferingPriceStateChangeEvent", kind: "stateChange" }
        { event: "oda.tmf620#ProductOfferingPriceDeleteEvent", kind: "delete" }
        { event: "oda.tmf620#ProductSpecificationCreateEvent", kind: "create" }
        { event: "oda.tmf620#ProductSpecificationDeleteEvent", kind: "delete" }
    ]
)
service ProductCatalog {
    version: "4.0.0"
    resources: [
        CatalogResource
        CategoryResource
        ProductOfferingResource
        ProductOfferingPriceResource
        ProductSpecificationResource
        ImportJobResource
        ExportJobResource
        HubResource
    ]
    operations: [
        GetOfferingPrices
    ]
}

/// Native only (no REST binding; called by the CCS Rating Function): a product offering with
/// every price that applies to it, resolved in one call: the offering's `productOfferingPrice`
/// references, and for a price with `isBundle` its `bundledPopRelationship` prices, each as a
/// full `ProductOfferingPrice`. With `at`, only offerings and prices whose `validFor` contains
/// that instant are returned. The REST equivalent is `GET /productOffering/{id}` followed by one
/// `GET /productOfferingPrice/{id}` per reference.
@readonly
@suppress(["HttpBindingsMissing"])
operation GetOfferingPrices {
    input := {
        /// The ProductOffering id (TMF637 `Product.productOffering.id`).
        @required
        @length(min: 1)
        productOfferingId: String

        /// Instant at which prices must be valid; absent means "any".
        @timestampFormat("date-time")
        at: Timestamp
    }

    output := {
        @required
        productOffering: ProductOffering

        /// The resolved prices, in the order the offering lists them (bundled ones follow their
        /// bundle).
        @required
        productOfferingPrices: ProductOfferingPriceList
    }

    errors: [
        oda.tmf#NotFound
        oda.tmf#BadRequest
        oda.tmf#InternalServerError
    ]
}
