$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: transfer and reservation operations.
namespace oda.ccs.abmf

/// The TransferBalance resource (`/transferBalance`), identified by `id`.
resource TransferBalanceResource {
    identifiers: { id: String }
    create: CreateTransferBalance
    read: RetrieveTransferBalance
    update: PatchTransferBalance
    delete: DeleteTransferBalance
    list: ListTransferBalance
}

/// List or find TransferBalance objects
///
/// This operation list or find TransferBalance entities
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/transferBalance", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListTransferBalance {
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

        /// The TransferBalance objects of this page, sent as a JSON array
        @required
        @httpPayload
        transferBalances: TransferBalanceList
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

/// Creates a TransferBalance
///
/// This operation creates a TransferBalance entity.
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/transferBalance", code: 201)
operation CreateTransferBalance {
    input := {
        /// The TransferBalance to be created
        @required
        @httpPayload
        transferBalance: TransferBalance_Create
    }

    output := {
        /// The created TransferBalance, with its `id` and `href`
        @required
        @httpPayload
        transferBalance: TransferBalance
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

/// Retrieves a TransferBalance by ID
///
/// This operation retrieves a TransferBalance entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/transferBalance/{id}", code: 200)
@oda#tmfFields
operation RetrieveTransferBalance {
    input := {
        /// Identifier of the TransferBalance
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The TransferBalance
        @required
        @httpPayload
        transferBalance: TransferBalance
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

/// Updates partially a TransferBalance
///
/// This operation updates partially a TransferBalance entity.
@http(method: "PATCH", uri: "/tmf-api/prepayBalanceManagement/v4/transferBalance/{id}", code: 200)
@oda#mergePatch
operation PatchTransferBalance {
    input := {
        /// Identifier of the TransferBalance
        @required
        @httpLabel
        id: String

        /// The TransferBalance to be updated (JSON Merge Patch)
        @required
        @httpPayload
        transferBalance: TransferBalance_Update
    }

    output := {
        /// The updated TransferBalance
        @required
        @httpPayload
        transferBalance: TransferBalance
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

/// Deletes a TransferBalance
///
/// This operation deletes a TransferBalance entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/prepayBalanceManagement/v4/transferBalance/{id}", code: 204)
operation DeleteTransferBalance {
    input := {
        /// Identifier of the TransferBalance
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

/// The ReserveBalance resource (`/reserveBalance`), identified by `id`.
resource ReserveBalanceResource {
    identifiers: { id: String }
    create: CreateReserveBalance
    read: RetrieveReserveBalance
    update: PatchReserveBalance
    delete: DeleteReserveBalance
    list: ListReserveBalance
}

/// List or find ReserveBalance objects
///
/// This operation list or find ReserveBalance entities
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/reserveBalance", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListReserveBalance {
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

        /// The ReserveBalance objects of this page, sent as a JSON array
        @required
        @httpPayload
        reserveBalances: ReserveBalanceList
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

/// Creates a ReserveBalance
///
/// This operation creates a ReserveBalance entity.
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/reserveBalance", code: 201)
operation CreateReserveBalance {
    input := {
        /// The ReserveBalance to be created
        @required
        @httpPayload
        reserveBalance: ReserveBalance_Create
    }

    output := {
        /// The created ReserveBalance, with its `id` and `href`
        @required
        @httpPayload
        reserveBalance: ReserveBalance
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

/// Retrieves a ReserveBalance by ID
///
/// This operation retrieves a ReserveBalance entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/reserveBalance/{id}", code: 200)
@oda#tmfFields
operation RetrieveReserveBalance {
    input := {
        /// Identifier of the ReserveBalance
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The ReserveBalance
        @required
        @httpPayload
        reserveBalance: ReserveBalance
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

/// Updates partially a ReserveBalance
///
/// This operation updates partially a ReserveBalance entity.
@http(method: "PATCH", uri: "/tmf-api/prepayBalanceManagement/v4/reserveBalance/{id}", code: 200)
@oda#mergePatch
operation PatchReserveBalance {
    input := {
        /// Identifier of the ReserveBalance
        @required
        @httpLabel
        id: String

        /// The ReserveBalance to be updated (JSON Merge Patch)
        @required
        @httpPayload
        reserveBalance: ReserveBalance_Update
    }

    output := {
        /// The updated ReserveBalance
        @required
        @httpPayload
        reserveBalance: ReserveBalance
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

/// Deletes a ReserveBalance
///
/// This operation deletes a ReserveBalance entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/prepayBalanceManagement/v4/reserveBalance/{id}", code: 204)
operation DeleteReserveBalance {
    input := {
        /// Identifier of the ReserveBalance
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
