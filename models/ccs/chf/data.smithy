$version: "2.0"

// Nchf_ConvergedCharging v3 (TS 32.291 Rel-17, API 3.1.6): the request and response bodies and
// the unit containers a data session uses. Volumes are `oda.ccs#Uint64` (bigInteger), so no
// digit is lost above 2^53. Service-specific information other than the 5G data
// connectivity (PDU session) one is carried as an uninterpreted JSON document.
namespace oda.ccs.chf

use oda.ccs#DateTimeList
use oda.ccs#DurationSec
use oda.ccs#InvocationResult
use oda.ccs#Ipv4Addr
use oda.ccs#Ipv6Addr
use oda.ccs#NfInstanceId
use oda.ccs#PlmnId
use oda.ccs#RatingGroup
use oda.ccs#ServiceId
use oda.ccs#StringList
use oda.ccs#Supi
use oda.ccs#SupportedFeatures
use oda.ccs#Uint32
use oda.ccs#Uint64

/// Body of Create, Update and Release. Required: `nfConsumerIdentification`,
/// `invocationTimeStamp`, `invocationSequenceNumber`.
structure ChargingDataRequest {
    /// SUPI of the served subscriber, e.g. `imsi-001010000000001`.
    subscriberIdentifier: Supi

    tenantIdentifier: String

    /// Deprecated in TS 29.571 1.4.3; PDU sessions carry `pDUSessionChargingInformation.sMFchargingId`.
    chargingId: Uint32

    mnSConsumerIdentifier: String

    /// The NF consumer (e.g. the SMF) sending the request.
    @required
    nfConsumerIdentification: NFIdentification

    /// When the request is sent.
    @required
    @timestampFormat("date-time")
    invocationTimeStamp: Timestamp

    /// Sequence number of this invocation within the session (0 is accepted).
    @required
    invocationSequenceNumber: Uint32

    retransmissionIndicator: Boolean

    oneTimeEvent: Boolean

    oneTimeEventType: OneTimeEventType

    /// Target of the Nchf_ConvergedCharging_Notify callback.
    notifyUri: String

    supportedFeatures: SupportedFeatures

    /// e.g. `32255@3gpp.org` (5G data connectivity).
    serviceSpecificationInfo: String

    /// Quota requests and usage reports, one entry per rating group.
    multipleUnitUsage: MultipleUnitUsageList

    triggers: TriggerList

    easid: String

    ednid: String

    eASProviderIdentifier: String

    /// AMF identifier (TS 29.571 `AmfId`, 6 hexadecimal digits).
    @pattern("^[A-Fa-f0-9]{6}$")
    aMFId: String

    /// 5G data connectivity charging information (TS 32.255), sent by the SMF.
    pDUSessionChargingInformation: PDUSessionChargingInformation

    /// Not used by a data session: passed through as JSON.
    roamingQBCInformation: Document

    /// Not used by a data session: passed through as JSON.
    sMSChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    nEFChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    registrationChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    n2ConnectionChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    locationReportingChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    nSPAChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    nSMChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    mMTelChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    iMSChargingInformation: Document

    /// Not used by a data session: passed through as JSON. The JSON name keeps the trailing
    /// apostrophe of the Rel-17 and Rel-18 YAML (an upstream typo).
    @jsonName("edgeInfrastructureUsageChargingInformation'")
    edgeInfrastructureUsageChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    eASDeploymentChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    directEdgeEnablingServiceChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    exposedEdgeEnablingServiceChargingInformation: Document

    /// Not used by a data session: passed through as JSON.
    proSeChargingInformation: Document
}

/// Body of the Create and Update responses. Required: `invocationTimeStamp`,
/// `invocationSequenceNumber` (the request's, echoed).
structure ChargingDataResponse {
    @required
    @timestampFormat("date-time")
    invocationTimeStamp: Timestamp

    @required
    invocationSequenceNumber: Uint32

    invocationResult: InvocationResult

    sessionFailover: SessionFailover

    supportedFeatures: SupportedFeatures

    /// Quota grants and results, one entry per rating group.
    multipleUnitInformation: MultipleUnitInformationList

    triggers: TriggerList

    pDUSessionChargingInformation: PDUSessionChargingInformation

    /// Not used by a data session: passed through as JSON.
    roamingQBCInformation: Document

    /// Not used by a data session: passed through as JSON.
    locationReportingChargingInformation: Document
}

/// Identifies the NF consumer of the charging service.
structure NFIdentification {
    nFName: NfInstanceId

    nFIPv4Address: Ipv4Addr

    nFIPv6Address: Ipv6Addr

    nFPLMNID: PlmnId

    @required
    nodeFunctionality: NodeFunctionality

    nFFqdn: String
}

/// Quota request and usage report for one rating group. Required: `ratingGroup`.
structure MultipleUnitUsage {
    @required
    ratingGroup: RatingGroup

    /// Units asked for; an empty object lets the CHF choose the amount.
    requestedUnit: RequestedUnit

    usedUnitContainer: UsedUnitContainerList

    /// UPF instance id (a UUID in the YAML; implementations send other strings too).
    uPFID: NfInstanceId

    multihomedPDUAddress: PDUAddress
}

/// Units requested for a rating group.
structure RequestedUnit {
    /// Seconds.
    time: Uint32

    /// Octets, both directions.
    totalVolume: Uint64

    /// Octets, uplink.
    uplinkVolume: Uint64

    /// Octets, downlink.
    downlinkVolume: Uint64

    /// Service specific units (the Nchf spelling is plural; Nrf's is singular).
    serviceSpecificUnits: Uint64
}

/// Units granted for a rating group.
structure GrantedUnit {
    @timestampFormat("date-time")
    tariffTimeChange: Timestamp

    time: Uint32

    totalVolume: Uint64

    uplinkVolume: Uint64

    downlinkVolume: Uint64

    serviceSpecificUnits: Uint64
}

/// Units used since the last report. Required: `localSequenceNumber`.
structure UsedUnitContainer {
    serviceId: ServiceId

    quotaManagementIndicator: QuotaManagementIndicator

    triggers: TriggerList

    @timestampFormat("date-time")
    triggerTimestamp: Timestamp

    time: Uint32

    totalVolume: Uint64

    uplinkVolume: Uint64

    downlinkVolume: Uint64

    serviceSpecificUnits: Uint64

    eventTimeStamps: DateTimeList

    @required
    localSequenceNumber: Integer

    /// Per-container QoS and location details; passed through as JSON.
    pDUContainerInformation: Document

    /// Passed through as JSON.
    nSPAContainerInformation: Document

    /// Passed through as JSON.
    pC5ContainerInformation: Document
}

/// Grant and result for one rating group. Required: `ratingGroup`.
structure MultipleUnitInformation {
    resultCode: ResultCode

    @required
    ratingGroup: RatingGroup

    grantedUnit: GrantedUnit

    triggers: TriggerList

    validityTime: DurationSec

    quotaHoldingTime: DurationSec

    finalUnitIndication: FinalUnitIndication

    timeQuotaThreshold: Integer

    volumeQuotaThreshold: Uint64

    unitQuotaThreshold: Integer

    uPFID: NfInstanceId

    /// Passed through as JSON.
    announcementInformation: Document
}

/// A charging trigger. Required: `triggerCategory`.
structure Trigger {
    triggerType: TriggerType

    @required
    triggerCategory: TriggerCategory

    timeLimit: DurationSec

    volumeLimit: Uint32

    volumeLimit64: Uint64

    eventLimit: Uint32

    maxNumberOfccc: Uint32

    @timestampFormat("date-time")
    tariffTimeChange: Timestamp
}

/// What the NF does when the final granted units are used. Required: `finalUnitAction`.
structure FinalUnitIndication {
    @required
    finalUnitAction: FinalUnitAction

    restrictionFilterRule: String

    @length(min: 1)
    restrictionFilterRuleList: StringList

    filterId: String

    @length(min: 1)
    filterIdList: StringList

    redirectServer: RedirectServer
}

/// Where to redirect the user. Required: both members.
structure RedirectServer {
    @required
    redirectAddressType: RedirectAddressType

    @required
    redirectServerAddress: String
}

list MultipleUnitUsageList {
    member: MultipleUnitUsage
}

list UsedUnitContainerList {
    member: UsedUnitContainer
}

list MultipleUnitInformationList {
    member: MultipleUnitInformation
}

list TriggerList {
    member: Trigger
}
