$version: "2.0"

// The Charging Function (CHF) of the Converged Charging System: Nchf_ConvergedCharging v3 as
// 3GPP TS 32.291 V17.9.0 (Rel-17, API 3.1.6, `TS32291_Nchf_ConvergedCharging.yaml`) defines it.
// Served over REST to the SMF and natively inside the CCS; its implementation calls the RF.
namespace oda.ccs.chf

use oda.ccs#BadRequest
use oda.ccs#Forbidden
use oda.ccs#Gone
use oda.ccs#InternalServerError
use oda.ccs#LengthRequired
use oda.ccs#MethodNotAllowed
use oda.ccs#NotFound
use oda.ccs#PayloadTooLarge
use oda.ccs#RequestTimeout
use oda.ccs#ServiceUnavailable
use oda.ccs#Unauthorized

@oda#specification(
    sdo: "3GPP"
    id: "TS 32.291 Nchf_ConvergedCharging"
    name: "Nchf_ConvergedCharging"
    version: "3.1.6"
    url: "https://forge.3gpp.org/rep/all/5G_APIs/-/blob/REL-17/TS32291_Nchf_ConvergedCharging.yaml"
)
@oda#restApi(basePath: "/nchf-convergedcharging/v3", errorFormat: "problemDetails")
@oda#component(id: "CCS-CHF", name: "ccs-chf", functionalBlock: "Production")
@oda#calls(["oda.ccs.rf#Rating"])
service ConvergedCharging {
    version: "3.1.6"
    resources: [
        ChargingData
    ]
}

/// An Individual Charging Data resource: one converged charging session, created by the NF
/// consumer and identified by the `ChargingDataRef` the CHF allocates.
resource ChargingData {
    identifiers: { ChargingDataRef: String }
    create: CreateChargingData
    operations: [
        UpdateChargingData
        ReleaseChargingData
    ]
}

/// Nchf_ConvergedCharging_Create: opens a charging session and returns the first quota grants.
///
/// Error causes (TS 32.291 application errors, in ProblemDetails `cause`): 400
/// `CHARGING_FAILED`, `RE_AUTHORIZATION_FAILED`; 403 `CHARGING_NOT_APPLICABLE`,
/// `END_USER_REQUEST_DENIED`, `END_USER_REQUEST_REJECTED`, `QUOTA_LIMIT_REACHED`;
/// 404 `USER_UNKNOWN`; 500 `SYSTEM_FAILURE`. See `ChargingProblemCause`.
@http(method: "POST", uri: "/nchf-convergedcharging/v3/chargingdata", code: 201)
operation CreateChargingData {
    input := {
        @required
        @httpPayload
        chargingDataRequest: ChargingDataRequest
    }

    output := {
        /// URI of the created resource, `{apiRoot}/nchf-convergedcharging/v3/chargingdata/{ChargingDataRef}`
        /// (a path without `{apiRoot}` is allowed); the last segment is the ChargingDataRef.
        /// Not declared in the YAML; every implementation sends it, and the consumer needs it.
        @required
        @httpHeader("Location")
        location: String

        @required
        @httpPayload
        chargingDataResponse: ChargingDataResponse
    }

    errors: [
        BadRequest
        Unauthorized
        Forbidden
        NotFound
        MethodNotAllowed
        RequestTimeout
        Gone
        LengthRequired
        PayloadTooLarge
        InternalServerError
        ServiceUnavailable
    ]
}

/// Nchf_ConvergedCharging_Update: reports used units and asks for new quota. Same error causes
/// as Create; 404 also when `ChargingDataRef` is unknown (released or never created).
@http(method: "POST", uri: "/nchf-convergedcharging/v3/chargingdata/{ChargingDataRef}/update", code: 200)
operation UpdateChargingData {
    input := {
        /// Charging Data Reference allocated by the CHF at Create.
        @required
        @httpLabel
        ChargingDataRef: String

        @required
        @httpPayload
        chargingDataRequest: ChargingDataRequest
    }

    output := {
        @required
        @httpPayload
        chargingDataResponse: ChargingDataResponse
    }

    errors: [
        BadRequest
        Unauthorized
        Forbidden
        NotFound
        MethodNotAllowed
        RequestTimeout
        Gone
        LengthRequired
        PayloadTooLarge
        InternalServerError
        ServiceUnavailable
    ]
}

/// Nchf_ConvergedCharging_Release: reports the final used units and ends the session; 204 with
/// no body. The YAML lists no 400 or 403 here: usage already consumed is always charged.
@http(method: "POST", uri: "/nchf-convergedcharging/v3/chargingdata/{ChargingDataRef}/release", code: 204)
operation ReleaseChargingData {
    input := {
        /// Charging Data Reference allocated by the CHF at Create.
        @required
        @httpLabel
        ChargingDataRef: String

        @required
        @httpPayload
        chargingDataRequest: ChargingDataRequest
    }

    output := {}

    errors: [
        Unauthorized
        NotFound
        Gone
        LengthRequired
        PayloadTooLarge
        InternalServerError
        ServiceUnavailable
    ]
}

/// Application error causes the CHF puts in ProblemDetails `cause`, with their HTTP status
/// (TS 32.291 application errors; the mapping matches SigScale CHF `from_problemdetails/2`).
enum ChargingProblemCause {
    /// 400: the charging request failed (e.g. rating failed, unknown service context).
    CHARGING_FAILED

    /// 400: re-authorization failed.
    RE_AUTHORIZATION_FAILED

    /// 403: charging is not applicable to this request.
    CHARGING_NOT_APPLICABLE

    /// 403: the end user's request is denied (e.g. the service is not active in TMF638).
    END_USER_REQUEST_DENIED

    /// 403: the end user's request is rejected.
    END_USER_REQUEST_REJECTED

    /// 403: insufficient credit: nothing could be granted.
    QUOTA_LIMIT_REACHED

    /// 404: the subscriber is unknown.
    USER_UNKNOWN

    /// 500: system failure.
    SYSTEM_FAILURE
}
