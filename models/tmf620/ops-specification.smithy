$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: REST operations on `/productSpecification`.
namespace oda.tmf620

/// The ProductSpecification resource (`/productSpecification`), identified by `id`.
resource ProductSpecificationResource {
    identifiers: { id: String }
    create: CreateProductSpecification
    read: RetrieveProductSpecification
    update: PatchProductSpecification
    delete: DeleteProductSpecification
    list: ListProductSpecification
}

/// List or find ProductSpecification objects
///
/// This operation list or find ProductSpecification entities
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/productSpecification", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListProductSpecification {
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

        /// The ProductSpecification objects of this page, sent as a JSON array
        @required
        @httpPayload
        productSpecifications: ProductSpecificationList
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

/// Creates a ProductSpecification
///
/// This operation creates a ProductSpecification entity.
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/productSpecification", code: 201)
operation CreateProductSpecification {
    input := {
        /// The ProductSpecification to be created
        @required
        @httpPayload
        productSpecification: ProductSpecification_Create
    }

    output := {
        /// The created ProductSpecification, with its `id` and `href`
        @required
        @httpPayload
        productSpecification: ProductSpecification
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

/// Retrieves a ProductSpecification by ID
///
/// This operation retrieves a ProductSpecification entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/productSpecification/{id}", code: 200)
@oda#tmfFields
operation RetrieveProductSpecification {
    input := {
        /// Identifier of the ProductSpecification
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The ProductSpecification
        @required
        @httpPayload
        productSpecification: ProductSpecification
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

/// Updates partially a ProductSpecification
///
/// This operation updates partially a ProductSpecification entity.
@http(method: "PATCH", uri: "/tmf-api/productCatalogManagement/v4/productSpecification/{id}", code: 200)
@oda#mergePatch
operation PatchProductSpecification {
    input := {
        /// Identifier of the ProductSpecification
        @required
        @httpLabel
        id: String

        /// The ProductSpecification to be updated (JSON Merge Patch)
        @required
        @httpPayload
        productSpecification: ProductSpecification_Update
    }

    output := {
        /// The updated ProductSpecification
        @required
        @httpPayload
        productSpecification: ProductSpecification
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

/// Deletes a ProductSpecification
///
/// This operation deletes a ProductSpecification entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productCatalogManagement/v4/productSpecification/{id}", code: 204)
operation DeleteProductSpecification {
    input := {
        /// Identifier of the ProductSpecification
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
