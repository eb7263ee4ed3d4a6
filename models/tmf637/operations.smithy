$version: "2.0"

// TMF637 Product Inventory v4.0.0: REST operations on `/product` and the hub, with the TMF
// conventions of the oda traits.
namespace oda.tmf637

/// The Product resource (`/product`), identified by `id`.
resource ProductResource {
    identifiers: { id: String }
    create: CreateProduct
    read: RetrieveProduct
    update: PatchProduct
    delete: DeleteProduct
    list: ListProduct
}

/// List or find Product objects
///
/// This operation list or find Product entities
@readonly
@http(method: "GET", uri: "/tmf-api/productInventory/v4/product", code: 200)
@oda#tmfList(filterable: ["id", "name", "status", "productOffering.id", "realizingService.id", "relatedParty.id"])
@oda#tmfFields
operation ListProduct {
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

        /// The Product objects of this page, sent as a JSON array
        @required
        @httpPayload
        products: ProductList
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

/// Creates a Product
///
/// This operation creates a Product entity.
@http(method: "POST", uri: "/tmf-api/productInventory/v4/product", code: 201)
operation CreateProduct {
    input := {
        /// The Product to be created
        @required
        @httpPayload
        product: Product_Create
    }

    output := {
        /// The created Product, with its `id` and `href`
        @required
        @httpPayload
        product: Product
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

/// Retrieves a Product by ID
///
/// This operation retrieves a Product entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/productInventory/v4/product/{id}", code: 200)
@oda#tmfFields
operation RetrieveProduct {
    input := {
        /// Identifier of the Product
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The Product
        @required
        @httpPayload
        product: Product
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

/// Updates partially a Product
///
/// This operation updates partially a Product entity.
@http(method: "PATCH", uri: "/tmf-api/productInventory/v4/product/{id}", code: 200)
@oda#mergePatch
operation PatchProduct {
    input := {
        /// Identifier of the Product
        @required
        @httpLabel
        id: String

        /// The Product to be updated (JSON Merge Patch)
        @required
        @httpPayload
        product: Product_Update
    }

    output := {
        /// The updated Product
        @required
        @httpPayload
        product: Product
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

/// Deletes a Product
///
/// This operation deletes a Product entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productInventory/v4/product/{id}", code: 204)
operation DeleteProduct {
    input := {
        /// Identifier of the Product
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

/// A listener registration on the hub, identified by `id`.
resource HubResource {
    identifiers: { id: String }
    create: RegisterListener
    delete: UnregisterListener
}

/// Register a listener
///
/// Sets the communication endpoint address the service instance must use to deliver information about its health state, execution state, failures and metrics.
@http(method: "POST", uri: "/tmf-api/productInventory/v4/hub", code: 201)
operation RegisterListener {
    input := {
        /// Data containing the callback endpoint to deliver the information
        @required
        @httpPayload
        data: oda.tmf#EventSubscriptionInput
    }

    output := {
        /// The registered listener
        @required
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
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

/// Unregister a listener
///
/// Resets the communication endpoint address the service instance must use to deliver information about its health state, execution state, failures and metrics.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productInventory/v4/hub/{id}", code: 204)
operation UnregisterListener {
    input := {
        /// The id of the registered listener
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
        oda.tmf#InternalServerError
    ]
}
