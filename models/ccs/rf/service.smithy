$version: "2.0"

// The Rating Function (RF) of the Converged Charging System: the Re reference point of
// 3GPP TS 32.296, which has no 3GPP OpenAPI. Its REST form follows SigScale's Nrf_Rating
// API 1.3.0 (`{apiRoot}/nrf-rating/v1`); its native form adds `Rate`, the single operation the
// CHF calls. Its implementation consults TMF638, TMF637 and TMF620 and charges the ABMF, all
// through generated native stubs.
namespace oda.ccs.rf

use oda.ccs#BadRequest
use oda.ccs#Forbidden
use oda.ccs#Gone
use oda.ccs#InternalServerError
use oda.ccs#LengthRequired
use oda.ccs#NotFound
use oda.ccs#PayloadTooLarge
use oda.ccs#ServiceUnavailable
use oda.ccs#Unauthorized

@oda#specification(
    sdo: "SigScale"
    id: "Nrf_Rating"
    name: "Nrf_Rating (Re reference point, TS 32.296)"
    version: "1.3.0"
    url: "https://github.com/sigscale/ocs/blob/master/doc/Nrf_Rating.json"
)
@oda#restApi(basePath: "/nrf-rating/v1", errorFormat: "problemDetails")
@oda#component(id: "CCS-RF", name: "ccs-rf", functionalBlock: "Production")
@oda#calls([
    "oda.tmf638#ServiceInventory"
    "oda.tmf637#ProductInventory"
    "oda.tmf620#ProductCatalog"
    "oda.ccs.abmf#BalanceManagement"
])
service Rating {
    version: "1.3.0"
    resources: [
        RatingData
    ]
    operations: [
        Rate
    ]
}

/// A rating session (Class B): created by `StartRating`, identified by the `RatingDataRef` the
/// RF allocates, ended by `EndRating`, after which it is gone (404).
resource RatingData {
    identifiers: { RatingDataRef: String }
    create: StartRating
    operations: [
        UpdateRating
        EndRating
    ]
}

/// Starts a rating session (`startRating`): reserves and/or debits per `serviceRating` item.
/// A one-time event (`oneTimeEvent: true`) is rated at once and no update or release follows.
/// Always 201 with `Location` (SigScale OCS answers 201 for every successful start; the
/// specification's 200 "Class A" tariff-only answer is not offered).
/// Error causes: see `RatingProblemCause`.
@http(method: "POST", uri: "/nrf-rating/v1/ratingdata", code: 201)
operation StartRating {
    input := {
        @required
        @httpPayload
        ratingDataRequest: RatingDataRequest
    }

    output := {
        /// URI of the rating session, `{apiRoot}/nrf-rating/v1/ratingdata/{RatingDataRef}` (a
        /// path without `{apiRoot}` is allowed); the last segment is the RatingDataRef.
        @required
        @httpHeader("Location")
        location: String

        @required
        @httpPayload
        ratingDataResponse: RatingDataResponse
    }

    errors: [
        BadRequest
        Unauthorized
        Forbidden
        NotFound
        Gone
        LengthRequired
        PayloadTooLarge
        InternalServerError
        ServiceUnavailable
    ]
}

/// Updates a rating session (`updateRating`): typically a DEBIT item with the units consumed
/// and a RESERVE item for the next grant.
@http(method: "POST", uri: "/nrf-rating/v1/ratingdata/{RatingDataRef}/update", code: 200)
operation UpdateRating {
    input := {
        /// Rating Data Reference allocated by the RF at start.
        @required
        @httpLabel
        RatingDataRef: String

        @required
        @httpPayload
        ratingDataRequest: RatingDataRequest
    }

    output := {
        @required
        @httpPayload
        ratingDataResponse: RatingDataResponse
    }

    errors: [
        BadRequest
        Unauthorized
        Forbidden
        NotFound
        Gone
        LengthRequired
        PayloadTooLarge
        InternalServerError
        ServiceUnavailable
    ]
}

/// Ends a rating session (`endRating`): debits the final consumed units, refunds the unused
/// reservation and removes the session. 200 with the final price (not 204).
@http(method: "POST", uri: "/nrf-rating/v1/ratingdata/{RatingDataRef}/release", code: 200)
operation EndRating {
    input := {
        /// Rating Data Reference allocated by the RF at start.
        @required
        @httpLabel
        RatingDataRef: String

        @required
        @httpPayload
        ratingDataRequest: RatingDataRequest
    }

    output := {
        @required
        @httpPayload
        ratingDataResponse: RatingDataResponse
    }

    errors: [
        BadRequest
        Unauthorized
        Forbidden
        NotFound
        Gone
        LengthRequired
        PayloadTooLarge
        InternalServerError
        ServiceUnavailable
    ]
}

/// Native only (CHF → RF; the Catalyst's "RatingRequest / RatingResult"): one call per charging
/// event, with the same semantics and errors as the REST operation `phase` names. `START` and
/// `EVENT` return the new `ratingDataRef` (none is kept for `EVENT`); `UPDATE` and `RELEASE`
/// need it. Retries are safe when the request repeats `invocationSequenceNumber`: the RF answers
/// a repeated (ratingDataRef, invocationSequenceNumber) with the response it already gave.
@suppress(["HttpBindingsMissing"])
operation Rate {
    input := {
        @required
        phase: RatingPhase

        /// The rating session; required for UPDATE and RELEASE, absent for START and EVENT.
        ratingDataRef: String

        @required
        request: RatingDataRequest
    }

    output := {
        /// The rating session (START), or the one given (UPDATE, RELEASE).
        ratingDataRef: String

        @required
        response: RatingDataResponse
    }

    errors: [
        BadRequest
        Forbidden
        NotFound
        InternalServerError
        ServiceUnavailable
    ]
}

/// Which step of a rating session a native `Rate` call is.
enum RatingPhase {
    /// first request of a session (REST `StartRating`)
    START = "start"
    /// interim request (REST `UpdateRating`)
    UPDATE = "update"
    /// last request (REST `EndRating`)
    RELEASE = "release"
    /// one-time event, rated at once, no session kept
    EVENT = "event"
}

/// Application error causes the RF puts in ProblemDetails `cause`, with their HTTP status.
enum RatingProblemCause {
    /// 400: unknown service context or the request cannot be charged.
    CHARGING_FAILED

    /// 400: rating failed (no tariff for the service, bad units).
    RATING_FAILED

    /// 403: insufficient credit: no item could be granted (usage already consumed is applied).
    QUOTA_LIMIT_REACHED

    /// 403: the subscriber's service is not active or not enabled (TMF638).
    END_USER_REQUEST_DENIED

    /// 404: no TMF638 service matches the subscription identifiers.
    USER_UNKNOWN

    /// 404: the RatingDataRef is unknown or already released (our cause; SigScale OCS sends
    /// `MANDATORY_IE_INCORRECT` with 404).
    RATING_DATA_NOT_FOUND
}
