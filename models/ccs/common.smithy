$version: "2.0"

// Shapes the Converged Charging System contracts share, transcribed from 3GPP TS 29.571
// Common Data (Rel-17, API 1.4.3, `TS29571_CommonData.yaml`): integer ranges, subscriber
// identifiers, `ProblemDetails` and the HTTP error statuses an SBI answers with.
//
// 3GPP enumerations are written `anyOf: [enum, string]` (extensible). They are Smithy `enum`
// shapes here, which Smithy defines as open: a receiver must accept a value it does not know.
namespace oda.ccs

/// Integer where the allowed values correspond to the value range of an unsigned 32-bit integer.
@range(min: 0, max: 4294967295)
long Uint32

/// Integer where the allowed values correspond to the value range of an unsigned 64-bit integer.
/// A `bigInteger`, so that values above 2^53 - 1 keep every digit; on the wire it is a plain
/// JSON number (never a string), as in the YAML.
@range(min: 0, max: 18446744073709551615)
bigInteger Uint64

/// A signed 32-bit integer (TS 29.571 `Int32`).
integer Int32

/// A time in seconds (TS 29.571 `DurationSec`).
integer DurationSec

/// Identifies a rating group (TS 29.571 `RatingGroup` = Uint32).
@range(min: 0, max: 4294967295)
long RatingGroup

/// Identifies a service (TS 29.571 `ServiceId` = Uint32).
@range(min: 0, max: 4294967295)
long ServiceId

/// A SUPI: `imsi-<imsi>`, `nai-<nai>`, `gci-<gci>` or `gli-<gli>` (TS 29.571 `Supi`).
@pattern("^(imsi-[0-9]{5,15}|nai-.+|gci-.+|gli-.+|.+)$")
string Supi

/// A GPSI: `msisdn-<msisdn>` or `extid-<extid>` (TS 29.571 `Gpsi`).
@pattern("^(msisdn-[0-9]{5,15}|extid-[^@]+@[^@]+|.+)$")
string Gpsi

/// A Permanent Equipment Identifier, e.g. `imei-012345678901234` (TS 29.571 `Pei`).
@pattern("^(imei-[0-9]{15}|imeisv-[0-9]{16}|mac((-[0-9a-fA-F]{2}){6})(-untrusted)?|eui((-[0-9a-fA-F]{2}){8})|.+)$")
string Pei

/// A NF instance id, a UUID version 4 (TS 29.571 `NfInstanceId`, `format: uuid`).
string NfInstanceId

/// An IPv4 address in dotted decimal notation (TS 29.571 `Ipv4Addr`).
@pattern("^(([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])$")
string Ipv4Addr

/// An IPv6 address formatted according to clause 4 of RFC 5952 (TS 29.571 `Ipv6Addr`).
string Ipv6Addr

/// An IPv6 prefix (TS 29.571 `Ipv6Prefix`).
string Ipv6Prefix

/// Features supported by an API, a hexadecimal bitmask (TS 29.571 `SupportedFeatures`).
@pattern("^[A-Fa-f0-9]*$")
string SupportedFeatures

/// Mobile Country Code, 3 digits.
@pattern("^\\d{3}$")
string Mcc

/// Mobile Network Code, 2 or 3 digits.
@pattern("^\\d{2,3}$")
string Mnc

/// A PLMN identifier (TS 29.571 `PlmnId`).
structure PlmnId {
    @required
    mcc: Mcc

    @required
    mnc: Mnc
}

/// Single Network Slice Selection Assistance Information (TS 29.571 `Snssai`).
structure Snssai {
    /// Slice/Service Type, 0 to 255.
    @required
    @range(min: 0, max: 255)
    sst: Integer

    /// Slice Differentiator, 3 octets in hexadecimal.
    @pattern("^[A-Fa-f0-9]{6}$")
    sd: String
}

list DateTimeList {
    @timestampFormat("date-time")
    member: Timestamp
}

list StringList {
    member: String
}

/// How the NF consumer handles a failure (`FailureHandling`).
enum FailureHandling {
    TERMINATE
    CONTINUE
    RETRY_AND_TERMINATE
}

/// Result of an invocation, with the failure handling the consumer should apply (`InvocationResult`).
structure InvocationResult {
    error: ProblemDetails

    failureHandling: FailureHandling
}

/// An invalid parameter of a request (TS 29.571 `InvalidParam`).
structure InvalidParam {
    /// JSON Pointer of the attribute, or "header <name>", or "query <name>".
    @required
    param: String

    /// Why the parameter is invalid.
    reason: String
}

list InvalidParamList {
    member: InvalidParam
}

/// Members of TS 29.571 `ProblemDetails` (RFC 7807 with 3GPP extensions). The application error
/// causes a service uses are listed on its error shapes.
@mixin
structure ProblemDetailsFields {
    /// A URI reference that identifies the problem type.
    type: String

    /// A short, human-readable summary of the problem type.
    title: String

    /// The HTTP status code for this occurrence of the problem.
    status: Integer

    /// A human-readable explanation specific to this occurrence of the problem.
    detail: String

    /// A URI reference that identifies the specific occurrence of the problem.
    instance: String

    /// A machine-readable application error cause specific to this occurrence of the problem.
    /// JSON name `cause`; the member is `problemCause` because generated error classes inherit
    /// `Error.cause` (ES2022), which the generator reserves.
    @jsonName("cause")
    problemCause: String

    /// Description of invalid parameters, for a request rejected due to invalid parameters.
    @length(min: 1)
    invalidParams: InvalidParamList

    /// Features supported by the API.
    supportedFeatures: SupportedFeatures

    /// Access token error (TS 29.510 `AccessTokenErr`), passed through unchanged.
    accessTokenError: Document

    /// Access token request (TS 29.510 `AccessTokenReq`), passed through unchanged.
    accessTokenRequest: Document

    /// FQDN of the NRF that issued the access token error.
    nrfId: String
}

/// Additional information in an error response (TS 29.571 `ProblemDetails`), as a value.
structure ProblemDetails with [ProblemDetailsFields] {}

/// 400 Bad Request (`application/problem+json`).
@error("client")
@httpError(400)
structure BadRequest with [ProblemDetailsFields] {}

/// 401 Unauthorized.
@error("client")
@httpError(401)
structure Unauthorized with [ProblemDetailsFields] {}

/// 403 Forbidden.
@error("client")
@httpError(403)
structure Forbidden with [ProblemDetailsFields] {}

/// 404 Not Found.
@error("client")
@httpError(404)
structure NotFound with [ProblemDetailsFields] {}

/// 405 Method Not Allowed (TS 29.571 declares no body; a body, when sent, is a ProblemDetails).
@error("client")
@httpError(405)
structure MethodNotAllowed with [ProblemDetailsFields] {}

/// 408 Request Timeout.
@error("client")
@httpError(408)
structure RequestTimeout with [ProblemDetailsFields] {}

/// 410 Gone.
@error("client")
@httpError(410)
structure Gone with [ProblemDetailsFields] {}

/// 411 Length Required.
@error("client")
@httpError(411)
structure LengthRequired with [ProblemDetailsFields] {}

/// 413 Payload Too Large.
@error("client")
@httpError(413)
structure PayloadTooLarge with [ProblemDetailsFields] {}

/// 500 Internal Server Error (cause `SYSTEM_FAILURE`).
@error("server")
@httpError(500)
structure InternalServerError with [ProblemDetailsFields] {}

/// 503 Service Unavailable.
@error("server")
@httpError(503)
structure ServiceUnavailable with [ProblemDetailsFields] {}
