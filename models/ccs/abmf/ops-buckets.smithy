$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: read operations on buckets, accumulated balances
// and the balance action history.
namespace oda.ccs.abmf

/// The Bucket resource (`/bucket`), identified by `id`.
resource BucketResource {
    identifiers: { id: String }
    read: RetrieveBucket
    list: ListBucket
}

/// List or find Bucket objects
///
/// This operation list or find Bucket entities
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/bucket", code: 200)
@oda#tmfList(filterable: ["id", "status", "usageType", "product.id"])
@oda#tmfFields
operation ListBucket {
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

        /// The Bucket objects of this page, sent as a JSON array
        @required
        @httpPayload
        buckets: BucketList
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

/// Retrieves a Bucket by ID
///
/// This operation retrieves a Bucket entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/bucket/{id}", code: 200)
@oda#tmfFields
operation RetrieveBucket {
    input := {
        /// Identifier of the Bucket
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The Bucket
        @required
        @httpPayload
        bucket: Bucket
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

/// The AccumulatedBalance resource (`/accumulatedBalance`), identified by `id`.
resource AccumulatedBalanceResource {
    identifiers: { id: String }
    read: RetrieveAccumulatedBalance
    list: ListAccumulatedBalance
}

/// List or find AccumulatedBalance objects
///
/// This operation list or find AccumulatedBalance entities
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/accumulatedBalance", code: 200)
@oda#tmfList(filterable: ["product.id"])
@oda#tmfFields
operation ListAccumulatedBalance {
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

        /// The AccumulatedBalance objects of this page, sent as a JSON array
        @required
        @httpPayload
        accumulatedBalances: AccumulatedBalanceList
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

/// Retrieves a AccumulatedBalance by ID
///
/// This operation retrieves a AccumulatedBalance entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/accumulatedBalance/{id}", code: 200)
@oda#tmfFields
operation RetrieveAccumulatedBalance {
    input := {
        /// Identifier of the AccumulatedBalance
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The AccumulatedBalance
        @required
        @httpPayload
        accumulatedBalance: AccumulatedBalance
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

/// The BalanceActionHistory resource (`/balanceActionHistory`), identified by `id`.
resource BalanceActionHistoryResource {
    identifiers: { id: String }
    read: RetrieveBalanceActionHistory
    list: ListBalanceActionHistory
}

/// List or find BalanceActionHistory objects
///
/// This operation list or find BalanceActionHistory entities
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/balanceActionHistory", code: 200)
@oda#tmfList
@oda#tmfFields
operation ListBalanceActionHistory {
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

        /// The BalanceActionHistory objects of this page, sent as a JSON array
        @required
        @httpPayload
        balanceActionHistories: BalanceActionHistoryList
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

/// Retrieves a BalanceActionHistory by ID
///
/// This operation retrieves a BalanceActionHistory entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/prepayBalanceManagement/v4/balanceActionHistory/{id}", code: 200)
@oda#tmfFields
operation RetrieveBalanceActionHistory {
    input := {
        /// Identifier of the BalanceActionHistory
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The BalanceActionHistory
        @required
        @httpPayload
        balanceActionHistory: BalanceActionHistory
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
