$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: REST operations on `/importJob` and `/exportJob`.
namespace oda.tmf620

/// The ImportJob resource (`/importJob`), identified by `id`.
resource ImportJobResource {
    identifiers: { id: String }
    create: CreateImportJob
    read: RetrieveImportJob
    delete: DeleteImportJob
    list: ListImportJob
}

/// List or find ImportJob objects
///
/// This operation list or find ImportJob entities
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/importJob", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListImportJob {
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

        /// The ImportJob objects of this page, sent as a JSON array
        @required
        @httpPayload
        importJobs: ImportJobList
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

/// Creates a ImportJob
///
/// This operation creates a ImportJob entity.
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/importJob", code: 201)
operation CreateImportJob {
    input := {
        /// The ImportJob to be created
        @required
        @httpPayload
        importJob: ImportJob_Create
    }

    output := {
        /// The created ImportJob, with its `id` and `href`
        @required
        @httpPayload
        importJob: ImportJob
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

/// Retrieves a ImportJob by ID
///
/// This operation retrieves a ImportJob entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/importJob/{id}", code: 200)
@oda#tmfFields
operation RetrieveImportJob {
    input := {
        /// Identifier of the ImportJob
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The ImportJob
        @required
        @httpPayload
        importJob: ImportJob
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

/// Deletes a ImportJob
///
/// This operation deletes a ImportJob entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productCatalogManagement/v4/importJob/{id}", code: 204)
operation DeleteImportJob {
    input := {
        /// Identifier of the ImportJob
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

/// The ExportJob resource (`/exportJob`), identified by `id`.
resource ExportJobResource {
    identifiers: { id: String }
    create: CreateExportJob
    read: RetrieveExportJob
    delete: DeleteExportJob
    list: ListExportJob
}

/// List or find ExportJob objects
///
/// This operation list or find ExportJob entities
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/exportJob", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListExportJob {
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

        /// The ExportJob objects of this page, sent as a JSON array
        @required
        @httpPayload
        exportJobs: ExportJobList
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

/// Creates a ExportJob
///
/// This operation creates a ExportJob entity.
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/exportJob", code: 201)
operation CreateExportJob {
    input := {
        /// The ExportJob to be created
        @required
        @httpPayload
        exportJob: ExportJob_Create
    }

    output := {
        /// The created ExportJob, with its `id` and `href`
        @required
        @httpPayload
        exportJob: ExportJob
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

/// Retrieves a ExportJob by ID
///
/// This operation retrieves a ExportJob entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/productCatalogManagement/v4/exportJob/{id}", code: 200)
@oda#tmfFields
operation RetrieveExportJob {
    input := {
        /// Identifier of the ExportJob
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The ExportJob
        @required
        @httpPayload
        exportJob: ExportJob
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

/// Deletes a ExportJob
///
/// This operation deletes a ExportJob entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productCatalogManagement/v4/exportJob/{id}", code: 204)
operation DeleteExportJob {
    input := {
        /// Identifier of the ExportJob
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
