$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: top-up and adjustment operations.
namespace oda.ccs.abmf

/// The TopupBalance resource (`/topupBalance`), identified by `id`.
resource TopupBalanceResource {
    identifiers: { id: String }
    create: CreateTopupBalance
    read: RetrieveTopupBalance
    update: PatchTopupBalance
    delete: DeleteTopupBalance
    list: ListTopupBalance
}

/// List or find TopupBalance objects
///
/// This operation list or find TopupBalance entities
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/topupBalance", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListTopupBalance {
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

        /// The TopupBalance objects of this page, sent as a JSON array
        @required
        @httpPayload
        topupBalances: TopupBalanceList
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

/// Creates a TopupBalance
///
/// This operation creates a TopupBalance entity.
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/topupBalance", code: 201)
operation CreateTopupBalance {
    input := {
        /// The TopupBalance to be created
        @required
        @httpPayload
        topupBalance: TopupBalance_Create
    }

    output := {
        /// The created TopupBalance, with its `id` and `href`
        @required
        @httpPayload
        topupBalance: TopupBalance
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

/// Retrieves a TopupBalance by ID
///
/// This operation retrieves a TopupBalance entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/topupBalance/{id}", code: 200)
@oda#tmfFields
operation RetrieveTopupBalance {
    input := {
        /// Identifier of the TopupBalance
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The TopupBalance
        @required
        @httpPayload
        topupBalance: TopupBalance
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

/// Updates partially a TopupBalance
///
/// This operation updates partially a TopupBalance entity.
@http(method: "PATCH", uri: "/tmf-api/prepayBalanceManagement/v4/topupBalance/{id}", code: 200)
@oda#mergePatch
operation PatchTopupBalance {
    input := {
        /// Identifier of the TopupBalance
        @required
        @httpLabel
        id: String

        /// The TopupBalance to be updated (JSON Merge Patch)
        @required
        @httpPayload
        topupBalance: TopupBalance_Update
    }

    output := {
        /// The updated TopupBalance
        @required
        @httpPayload
        topupBalance: TopupBalance
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

/// Deletes a TopupBalance
///
/// This operation deletes a TopupBalance entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/prepayBalanceManagement/v4/topupBalance/{id}", code: 204)
operation DeleteTopupBalance {
    input := {
        /// Identifier of the TopupBalance
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

/// The AdjustBalance resource (`/adjustBalance`), identified by `id`.
resource AdjustBalanceResource {
    identifiers: { id: String }
    create: CreateAdjustBalance
    read: RetrieveAdjustBalance
    update: PatchAdjustBalance
    delete: DeleteAdjustBalance
    list: ListAdjustBalance
}

/// List or find AdjustBalance objects
///
/// This operation list or find AdjustBalance entities
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/adjustBalance", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListAdjustBalance {
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

        /// The AdjustBalance objects of this page, sent as a JSON array
        @required
        @httpPayload
        adjustBalances: AdjustBalanceList
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

/// Creates a AdjustBalance
///
/// This operation creates a AdjustBalance entity.
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/adjustBalance", code: 201)
operation CreateAdjustBalance {
    input := {
        /// The AdjustBalance to be created
        @required
        @httpPayload
        adjustBalance: AdjustBalance_Create
    }

    output := {
        /// The created AdjustBalance, with its `id` and `href`
        @required
        @httpPayload
        adjustBalance: AdjustBalance
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

/// Retrieves a AdjustBalance by ID
///
/// This operation retrieves a AdjustBalance entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/adjustBalance/{id}", code: 200)
@oda#tmfFields
operation RetrieveAdjustBalance {
    input := {
        /// Identifier of the AdjustBalance
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The AdjustBalance
        @required
        @httpPayload
        adjustBalance: AdjustBalance
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

/// Updates partially a AdjustBalance
///
/// This operation updates partially a AdjustBalance entity.
@http(method: "PATCH", uri: "/tmf-api/prepayBalanceManagement/v4/adjustBalance/{id}", code: 200)
@oda#mergePatch
operation PatchAdjustBalance {
    input := {
        /// Identifier of the AdjustBalance
        @required
        @httpLabel
        id: String

        /// The AdjustBalance to be updated (JSON Merge Patch)
        @required
        @httpPayload
        adjustBalance: AdjustBalance_Update
    }

    output := {
        /// The updated AdjustBalance
        @required
        @httpPayload
        adjustBalance: AdjustBalance
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

/// Deletes a AdjustBalance
///
/// This operation deletes a AdjustBalance entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/prepayBalanceManagement/v4/adjustBalance/{id}", code: 204)
operation DeleteAdjustBalance {
    input := {
        /// Identifier of the AdjustBalance
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
