$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: REST operations on `/catalog` and `/category`.
namespace oda.tmf620

/// The Catalog resource (`/catalog`), identified by `id`.
resource CatalogResource {
    identifiers: { id: String }
    create: CreateCatalog
    read: RetrieveCatalog
    update: PatchCatalog
    delete: DeleteCatalog
    list: ListCatalog
}

/// List or find Catalog objects
///
/// This operation list or find Catalog entities
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/catalog", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListCatalog {
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

        /// The Catalog objects of this page, sent as a JSON array
        @required
        @httpPayload
        catalogs: CatalogList
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

/// Creates a Catalog
///
/// This operation creates a Catalog entity.
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/catalog", code: 201)
operation CreateCatalog {
    input := {
        /// The Catalog to be created
        @required
        @httpPayload
        catalog: Catalog_Create
    }

    output := {
        /// The created Catalog, with its `id` and `href`
        @required
        @httpPayload
        catalog: Catalog
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

/// Retrieves a Catalog by ID
///
/// This operation retrieves a Catalog entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/catalog/{id}", code: 200)
@oda#tmfFields
operation RetrieveCatalog {
    input := {
        /// Identifier of the Catalog
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The Catalog
        @required
        @httpPayload
        catalog: Catalog
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

/// Updates partially a Catalog
///
/// This operation updates partially a Catalog entity.
@http(method: "PATCH", uri: "/tmf-api/productCatalogManagement/v4/catalog/{id}", code: 200)
@oda#mergePatch
operation PatchCatalog {
    input := {
        /// Identifier of the Catalog
        @required
        @httpLabel
        id: String

        /// The Catalog to be updated (JSON Merge Patch)
        @required
        @httpPayload
        catalog: Catalog_Update
    }

    output := {
        /// The updated Catalog
        @required
        @httpPayload
        catalog: Catalog
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

/// Deletes a Catalog
///
/// This operation deletes a Catalog entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productCatalogManagement/v4/catalog/{id}", code: 204)
operation DeleteCatalog {
    input := {
        /// Identifier of the Catalog
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

/// The Category resource (`/category`), identified by `id`.
resource CategoryResource {
    identifiers: { id: String }
    create: CreateCategory
    read: RetrieveCategory
    update: PatchCategory
    delete: DeleteCategory
    list: ListCategory
}

/// List or find Category objects
///
/// This operation list or find Category entities
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/category", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListCategory {
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

        /// The Category objects of this page, sent as a JSON array
        @required
        @httpPayload
        categories: CategoryList
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

/// Creates a Category
///
/// This operation creates a Category entity.
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/category", code: 201)
operation CreateCategory {
    input := {
        /// The Category to be created
        @required
        @httpPayload
        category: Category_Create
    }

    output := {
        /// The created Category, with its `id` and `href`
        @required
        @httpPayload
        category: Category
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

/// Retrieves a Category by ID
///
/// This operation retrieves a Category entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/category/{id}", code: 200)
@oda#tmfFields
operation RetrieveCategory {
    input := {
        /// Identifier of the Category
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The Category
        @required
        @httpPayload
        category: Category
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

/// Updates partially a Category
///
/// This operation updates partially a Category entity.
@http(method: "PATCH", uri: "/tmf-api/productCatalogManagement/v4/category/{id}", code: 200)
@oda#mergePatch
operation PatchCategory {
    input := {
        /// Identifier of the Category
        @required
        @httpLabel
        id: String

        /// The Category to be updated (JSON Merge Patch)
        @required
        @httpPayload
        category: Category_Update
    }

    output := {
        /// The updated Category
        @required
        @httpPayload
        category: Category
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

/// Deletes a Category
///
/// This operation deletes a Category entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productCatalogManagement/v4/category/{id}", code: 204)
operation DeleteCategory {
    input := {
        /// Identifier of the Category
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
