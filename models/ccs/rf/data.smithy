$version: "2.0"

// Nrf_Rating 1.3.0 (SigScale): the rating request and response bodies and their per-service
// items. Common 3GPP types come from TS 29.571 (`oda.ccs`); volumes are Uint64 (bigInteger).
namespace oda.ccs.rf

use oda.ccs#Gpsi
use oda.ccs#InvocationResult
use oda.ccs#Ipv4Addr
use oda.ccs#Ipv6Addr
use oda.ccs#NfInstanceId
use oda.ccs#Pei
use oda.ccs#PlmnId
use oda.ccs#RatingGroup
use oda.ccs#ServiceId
use oda.ccs#Uint32
use oda.ccs#Uint64

/// A rating request. Required: `nfConsumerIdentification`, `invocationTimeStamp`,
/// `invocationSequenceNumber`, `serviceContextId` (1.3.0 moved it here from the items).
structure RatingDataRequest {
    /// Identifies the charged party, e.g. `imsi-001010000000001`, `msisdn-14165551234`.
    subscriptionId: SubscriptionIdList

    /// Identifier of the tenant.
    tenantIdentifier: String

    /// Management service (MnS) consumer Identifier.
    mnSConsumerIdentifier: String

    /// The network function (NF) consumer of the rating service (the CHF).
    @required
    nfConsumerIdentification: NFIdentification

    /// The time at which the request is sent.
    @required
    @timestampFormat("date-time")
    invocationTimeStamp: Timestamp

    /// The time of the service activation request.
    @timestampFormat("date-time")
    beginTimeStamp: Timestamp

    /// The sequence number of the rating service invocation by the NF consumer.
    @required
    invocationSequenceNumber: Uint32

    /// If true, this is a one-time event: there will be no update or release.
    oneTimeEvent: Boolean

    /// Immediate (IEC) or post event (PEC) rating.
    oneTimeEventType: OneTimeEventType

    /// Callback URI for notifications.
    notifyUri: String

    @required
    serviceContextId: ServiceContextId

    /// One or more service elements to be rated.
    serviceRating: ServiceRatingRequestList
}

/// A rating response. Required: `invocationTimeStamp`, `invocationSequenceNumber`.
structure RatingDataResponse {
    /// The time at which the response is sent.
    @required
    @timestampFormat("date-time")
    invocationTimeStamp: Timestamp

    /// The request's sequence number, echoed.
    @required
    invocationSequenceNumber: Uint32

    /// The result of the rating service invocation.
    invocationResult: InvocationResult

    /// One or more rated service elements.
    @length(min: 1)
    serviceRating: ServiceRatingResultList
}

/// One service element to rate. Required: `requestSubType`.
structure ServiceRatingRequest {
    /// Identifies the service; with `serviceContextId` it identifies the service uniquely.
    serviceId: ServiceId

    /// Identifies the charging key for the service.
    ratingGroup: RatingGroup

    /// The origination(s) from which the requested service is directed.
    originationId: OriginationIdList

    /// The destination(s) to which the requested service is directed.
    destinationId: DestinationIdList

    serviceContextId: ServiceContextId

    /// Service specific information of the "middle tier" TS named by `serviceContextId` (PS, SMS,
    /// MMS, IMS, VCS or 5G PDU session charging information, an `anyOf` without discriminator):
    /// passed through as JSON. For 5G data it is the Nchf `pDUSessionChargingInformation`.
    serviceInformation: Document

    /// Information about the user and user equipment.
    userInformation: UserInformation

    /// One or multiple Counter elements.
    counter: CounterList

    /// The timestamp of the last rating of the Basic Price.
    @timestampFormat("date-time")
    basicPriceTimeStamp: Timestamp

    @required
    requestSubType: RequestSubType

    /// The number of requested units; empty lets the RF decide (centralized unit determination).
    requestedUnit: RequestedUnit

    /// The number of consumed units of the service.
    consumedUnit: ConsumedUnit

    /// Units consumed since the previous request after a tariff switch.
    consumedUnitAfterTariffSwitch: ConsumedUnit

    uPFID: NfInstanceId
}

/// One rated service element. Required: `resultCode`.
structure ServiceRatingResult {
    serviceId: ServiceId

    ratingGroup: RatingGroup

    serviceContextId: ServiceContextId

    /// The price of the consumed units.
    price: Price

    /// The number of granted units for the service.
    grantedUnit: GrantedUnit

    /// The consumed units, echoed for a DEBIT item. Not in the 1.3.0 schema, but in its examples
    /// and in SigScale OCS responses (see docs/models.md).
    consumedUnit: ConsumedUnit

    /// Textual description for bill presentation.
    billingInfo: String

    /// A basic fee, applicable e.g. once per day.
    basicPrice: Price

    /// How the NF consumer shall modify counters of the subscriber in the ABMF.
    counterPrice: CounterPriceList

    /// How counters were modified by the current session.
    impactOnCounter: ImpactOnCounterList

    /// Seconds from `beginTimeStamp` until the next tariff switch.
    tariffSwitchTime: Uint32

    /// Tariff that is currently valid.
    currentTariff: Tariff

    /// Tariff after the next tariff switch.
    nextTariff: Tariff

    /// Seconds from `beginTimeStamp` until all tariff information expires.
    expiryTime: Uint32

    /// For how many units the tariff is valid.
    validUnits: Uint64

    /// Tariff after all valid units have been used.
    tariffAfterValidUnits: Tariff

    counterTariff: CounterTariffList

    /// Counters to include in subsequent update requests.
    requestedCounter: Uint32List

    uPFID: NfInstanceId

    finalUnitIndication: FinalUnitIndication

    @required
    resultCode: ResultCode
}

/// Identifies the network function (NF) consumer. Required: `nodeFunctionality`.
structure NFIdentification {
    nFName: NfInstanceId

    nFIPv4Address: Ipv4Addr

    nFIPv6Address: Ipv6Addr

    nFPLMNID: PlmnId

    @required
    nodeFunctionality: NodeFunctionality

    nFFqdn: String
}

/// Information about the user and user equipment.
structure UserInformation {
    servedGPSI: Gpsi

    servedPEI: Pei
}

/// An origination of the service.
structure OriginationId {
    originationIdType: OriginationIdType

    originationIdData: String
}

/// A destination of the service.
structure DestinationId {
    destinationIdType: DestinationIdType

    /// e.g. the called number `14165556789`.
    destinationIdData: String
}

/// Requested units (Nrf spells `serviceSpecificUnit` in the singular).
structure RequestedUnit {
    /// Seconds.
    time: Uint32

    /// Octets, both directions.
    totalVolume: Uint64

    uplinkVolume: Uint64

    downlinkVolume: Uint64

    serviceSpecificUnit: Uint64
}

/// Granted units.
structure GrantedUnit {
    time: Uint32

    totalVolume: Uint64

    uplinkVolume: Uint64

    downlinkVolume: Uint64

    serviceSpecificUnit: Uint64
}

/// Consumed units.
structure ConsumedUnit {
    time: Uint32

    totalVolume: Uint64

    uplinkVolume: Uint64

    downlinkVolume: Uint64

    serviceSpecificUnit: Uint64
}

/// What the NF does when the final granted units are used. Required: `finalUnitAction`.
structure FinalUnitIndication {
    @required
    finalUnitAction: FinalUnitAction

    @length(min: 1)
    restrictionFilterRules: oda.ccs#StringList

    @length(min: 1)
    filterIds: oda.ccs#StringList

    redirectServer: RedirectServer
}

/// Where to redirect the user. Required: both members.
structure RedirectServer {
    @required
    redirectAddressType: RedirectAddressType

    @required
    redirectServerAddress: String
}

/// A charged party identifier with its type prefix.
@pattern("^(imsi-[0-9]{5,15}|msisdn-[0-9]{5,15}|nai-.+|gci-.+|gli-.+|iccid-89[0-9]{1,17}|.+)$")
string SubscriptionId

/// Service-Context-Id, `[extensions.MNC.MCC.Release.]<service-context>@domain`: 32251@3gpp.org
/// PS, 32260@3gpp.org IMS, 32274@3gpp.org SMS, 32275@3gpp.org MMTel, 32276@3gpp.org VCS,
/// 32255@3gpp.org 5G data connectivity.
string ServiceContextId

list SubscriptionIdList {
    member: SubscriptionId
}

list ServiceRatingRequestList {
    member: ServiceRatingRequest
}

list ServiceRatingResultList {
    member: ServiceRatingResult
}

list OriginationIdList {
    member: OriginationId
}

list DestinationIdList {
    member: DestinationId
}

list Uint32List {
    member: Uint32
}
