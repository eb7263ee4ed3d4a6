$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: REST operations on `/productOffering` and
// `/productOfferingPrice`.
namespace oda.tmf620

/// The ProductOffering resource (`/productOffering`), identified by `id`.
resource ProductOfferingResource {
    identifiers: { id: String }
    create: CreateProductOffering
    read: RetrieveProductOffering
    update: PatchProductOffering
    delete: DeleteProductOffering
    list: ListProductOffering
}

/// List or find ProductOffering objects
///
/// This operation list or find ProductOffering entities
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/productOffering", code: 200)
@oda#tmfList(filterable: ["id", "name", "lifecycleStatus", "productSpecification.id"])
@oda#tmfFields
operation ListProductOffering {
    input := @suppress(["HttpQueryParamsTrait"]) {
        /// Comma-separated properties to be provided in response
        @httpQuery("fields")
        fields: String

        /// Requested index for start of resources to be provided in response
        @httpQuery("offset")
        offset: Integer

        /// Requested number of resources to be provided in response
        @httpQuery("limit")
        limit: Integer

        /// Attribute filters (`?state=active`), see `@oda#tmfList`. `fields`, `offset` and `limit`
        /// take precedence (TMF630), hence the suppressed HttpQueryParamsTrait note.
        @httpQueryParams
        filters: oda.tmf#QueryFilters
    }

    output := {
        /// Total number of items matching criteria
        @httpHeader("X-Total-Count")
        totalCount: Integer

        /// Actual number of items returned in the response body
        @httpHeader("X-Result-Count")
        resultCount: Integer

        /// The ProductOffering objects of this page, sent as a JSON array
        @required
        @httpPayload
        productOfferings: ProductOfferingList
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Creates a ProductOffering
///
/// This operation creates a ProductOffering entity.
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/productOffering", code: 201)
operation CreateProductOffering {
    input := {
        /// The ProductOffering to be created
        @required
        @httpPayload
        productOffering: ProductOffering_Create
    }

    output := {
        /// The created ProductOffering, with its `id` and `href`
        @required
        @httpPayload
        productOffering: ProductOffering
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Retrieves a ProductOffering by ID
///
/// This operation retrieves a ProductOffering entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/productOffering/{id}", code: 200)
@oda#tmfFields
operation RetrieveProductOffering {
    input := {
        /// Identifier of the ProductOffering
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The ProductOffering
        @required
        @httpPayload
        productOffering: ProductOffering
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Updates partially a ProductOffering
///
/// This operation updates partially a ProductOffering entity.
@http(method: "PATCH", uri: "/tmf-api/productCatalogManagement/v4/productOffering/{id}", code: 200)
@oda#mergePatch
operation PatchProductOffering {
    input := {
        /// Identifier of the ProductOffering
        @required
        @httpLabel
        id: String

        /// The ProductOffering to be updated (JSON Merge Patch)
        @required
        @httpPayload
        productOffering: ProductOffering_Update
    }

    output := {
        /// The updated ProductOffering
        @required
        @httpPayload
        productOffering: ProductOffering
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Deletes a ProductOffering
///
/// This operation deletes a ProductOffering entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productCatalogManagement/v4/productOffering/{id}", code: 204)
operation DeleteProductOffering {
    input := {
        /// Identifier of the ProductOffering
        @required
        @httpLabel
        id: String
    }

    output := {}

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// The ProductOfferingPrice resource (`/productOfferingPrice`), identified by `id`.
resource ProductOfferingPriceResource {
    identifiers: { id: String }
    create: CreateProductOfferingPrice
    read: RetrieveProductOfferingPrice
    update: PatchProductOfferingPrice
    delete: DeleteProductOfferingPrice
    list: ListProductOfferingPrice
}

/// List or find ProductOfferingPrice objects
///
/// This operation list or find ProductOfferingPrice entities
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/productOfferingPrice", code: 200)
@oda#tmfList(filterable: ["id", "name", "lifecycleStatus", "priceType"])
@oda#tmfFields
operation ListProductOfferingPrice {
    input := @suppress(["HttpQueryParamsTrait"]) {
        /// Comma-separated properties to be provided in response
        @httpQuery("fields")
        fields: String

        /// Requested index for start of resources to be provided in response
        @httpQuery("offset")
        offset: Integer

        /// Requested number of resources to be provided in response
        @httpQuery("limit")
        limit: Integer

        /// Attribute filters (`?state=active`), see `@oda#tmfList`. `fields`, `offset` and `limit`
        /// take precedence (TMF630), hence the suppressed HttpQueryParamsTrait note.
        @httpQueryParams
        filters: oda.tmf#QueryFilters
    }

    output := {
        /// Total number of items matching criteria
        @httpHeader("X-Total-Count")
        totalCount: Integer

        /// Actual number of items returned in the response body
        @httpHeader("X-Result-Count")
        resultCount: Integer

        /// The ProductOfferingPrice objects of this page, sent as a JSON array
        @required
        @httpPayload
        productOfferingPrices: ProductOfferingPriceList
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Creates a ProductOfferingPrice
///
/// This operation creates a ProductOfferingPrice entity.
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/productOfferingPrice", code: 201)
operation CreateProductOfferingPrice {
    input := {
        /// The ProductOfferingPrice to be created
        @required
        @httpPayload
        productOfferingPrice: ProductOfferingPrice_Create
    }

    output := {
        /// The created ProductOfferingPrice, with its `id` and `href`
        @required
        @httpPayload
        productOfferingPrice: ProductOfferingPrice
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Retrieves a ProductOfferingPrice by ID
///
/// This operation retrieves a ProductOfferingPrice entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/productOfferingPrice/{id}", code: 200)
@oda#tmfFields
operation RetrieveProductOfferingPrice {
    input := {
        /// Identifier of the ProductOfferingPrice
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The ProductOfferingPrice
        @required
        @httpPayload
        productOfferingPrice: ProductOfferingPrice
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Updates partially a ProductOfferingPrice
///
/// This operation updates partially a ProductOfferingPrice entity.
@http(method: "PATCH", uri: "/tmf-api/productCatalogManagement/v4/productOfferingPrice/{id}", code: 200)
@oda#mergePatch
operation PatchProductOfferingPrice {
    input := {
        /// Identifier of the ProductOfferingPrice
        @required
        @httpLabel
        id: String

        /// The ProductOfferingPrice to be updated (JSON Merge Patch)
        @required
        @httpPayload
        productOfferingPrice: ProductOfferingPrice_Update
    }

    output := {
        /// The updated ProductOfferingPrice
        @required
        @httpPayload
        productOfferingPrice: ProductOfferingPrice
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Deletes a ProductOfferingPrice
///
/// This operation deletes a ProductOfferingPrice entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productCatalogManagement/v4/productOfferingPrice/{id}", code: 204)
operation DeleteProductOfferingPrice {
    input := {
        /// Identifier of the ProductOfferingPrice
        @required
        @httpLabel
        id: String
    }

    output := {}

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}
