$version: "2.0"

// Nchf_ConvergedCharging v3 (TS 32.291 Rel-17): 5G data connectivity charging information
// (TS 32.255) sent by the SMF, and the enumerations of the charging bodies. Enumerations are
// extensible upstream (`anyOf [enum, string]`): receivers accept unknown values.
namespace oda.ccs.chf

use oda.ccs#DurationSec
use oda.ccs#Gpsi
use oda.ccs#Ipv4Addr
use oda.ccs#Ipv6Addr
use oda.ccs#Ipv6Prefix
use oda.ccs#NfInstanceId
use oda.ccs#Pei
use oda.ccs#PlmnId
use oda.ccs#Snssai
use oda.ccs#Uint32

/// 5G data connectivity charging information. No member is required.
structure PDUSessionChargingInformation {
    /// Deprecated; see `sMFchargingId`.
    chargingId: Uint32

    sMFchargingId: String

    homeProvidedChargingId: Uint32

    sMFHomeProvidedChargingId: String

    userInformation: UserInformation

    /// TS 29.571 `UserLocation`; passed through as JSON.
    userLocationinfo: Document

    /// TS 29.571 `UserLocation`; passed through as JSON.
    mAPDUNon3GPPUserLocationInfo: Document

    @timestampFormat("date-time")
    non3GPPUserLocationTime: Timestamp

    @timestampFormat("date-time")
    mAPDUNon3GPPUserLocationTime: Timestamp

    /// Map of presence reporting areas; passed through as JSON.
    presenceReportingAreaInformation: Document

    /// TS 29.571 `TimeZone`, e.g. "-08:00+1".
    uetimeZone: String

    pduSessionInformation: PDUSessionInformation

    unitCountInactivityTimer: DurationSec

    /// Passed through as JSON.
    rANSecondaryRATUsageReport: Document
}

/// The served user.
structure UserInformation {
    servedGPSI: Gpsi

    servedPEI: Pei

    unauthenticatedFlag: Boolean

    roamerInOut: RoamerInOut
}

/// The PDU session. Required: `pduSessionID`, `dnnId`.
structure PDUSessionInformation {
    networkSlicingInfo: NetworkSlicingInfo

    /// 0 to 255 (TS 29.571 `PduSessionId`).
    @required
    @range(min: 0, max: 255)
    pduSessionID: Integer

    pduType: PduSessionType

    sscMode: SscMode

    hPlmnId: PlmnId

    servingNetworkFunctionID: ServingNetworkFunctionID

    ratType: RatType

    mAPDUNon3GPPRATType: RatType

    /// Data network name, e.g. `internet`.
    @required
    dnnId: String

    dnnSelectionMode: DnnSelectionMode

    @pattern("^[0-9a-fA-F]{1,4}$")
    chargingCharacteristics: String

    chargingCharacteristicsSelectionMode: ChargingCharacteristicsSelectionMode

    @timestampFormat("date-time")
    startTime: Timestamp

    @timestampFormat("date-time")
    stopTime: Timestamp

    @jsonName("3gppPSDataOffStatus")
    threeGppPSDataOffStatus: PsDataOffStatus

    sessionStopIndicator: Boolean

    pduAddress: PDUAddress

    /// TS 32.291 `Diagnostics`.
    diagnostics: Integer

    /// Passed through as JSON.
    authorizedQoSInformation: Document

    /// Passed through as JSON.
    subscribedQoSInformation: Document

    /// Passed through as JSON.
    authorizedSessionAMBR: Document

    /// Passed through as JSON.
    subscribedSessionAMBR: Document

    servingCNPlmnId: PlmnId

    /// Passed through as JSON.
    mAPDUSessionInformation: Document

    /// RAN/NAS release causes (`RanNasCauseList`); each entry passed through as JSON.
    enhancedDiagnostics: DocumentList

    redundantTransmissionType: RedundantTransmissionType

    pDUSessionPairID: Uint32

    cpCIoTOptimisationIndicator: Boolean

    @jsonName("5GSControlPlaneOnlyIndicator")
    fiveGSControlPlaneOnlyIndicator: Boolean

    smallDataRateControlIndicator: Boolean

    /// Passed through as JSON.
    @jsonName("5GLANTypeService")
    fiveGLANTypeService: Document
}

/// Network slice of the session. Required: `sNSSAI`.
structure NetworkSlicingInfo {
    @required
    sNSSAI: Snssai
}

/// The serving network function. Required: `servingNetworkFunctionInformation`.
structure ServingNetworkFunctionID {
    @required
    servingNetworkFunctionInformation: NFIdentification

    @pattern("^[A-Fa-f0-9]{6}$")
    aMFId: String
}

/// Addresses of the PDU session.
structure PDUAddress {
    pduIPv4Address: Ipv4Addr

    pduIPv6AddresswithPrefix: Ipv6Addr

    pduAddressprefixlength: Integer

    iPv4dynamicAddressFlag: Boolean

    iPv6dynamicPrefixFlag: Boolean

    addIpv6AddrPrefixes: Ipv6Prefix

    addIpv6AddrPrefixList: Ipv6PrefixList
}

list DocumentList {
    member: Document
}

list Ipv6PrefixList {
    member: Ipv6Prefix
}

/// Type of a one-time event: immediate or post event charging (schema `oneTimeEventType`).
enum OneTimeEventType {
    IEC
    PEC
}

/// Function of the NF consumer.
enum NodeFunctionality {
    AMF
    SMF
    SMS
    SMSF
    PGW_C_SMF
    NEFF
    SGW
    I_SMF
    EPDG = "ePDG"
    CEF
    NEF
    MNS_PRODUCER = "MnS_Producer"
    SGSN
    V_SMF
    FIVE_G_DDNMF = "5G_DDNMF"
    IMS_NODE = "IMS_Node"
    EES
    PCF
    UDM
    UPF
}

enum TriggerCategory {
    IMMEDIATE_REPORT
    DEFERRED_REPORT
}

/// Why a report or request was sent.
enum TriggerType {
    QUOTA_THRESHOLD
    QHT
    FINAL
    QUOTA_EXHAUSTED
    VALIDITY_TIME
    OTHER_QUOTA_TYPE
    FORCED_REAUTHORISATION
    UNUSED_QUOTA_TIMER
    UNIT_COUNT_INACTIVITY_TIMER
    ABNORMAL_RELEASE
    QOS_CHANGE
    VOLUME_LIMIT
    TIME_LIMIT
    EVENT_LIMIT
    PLMN_CHANGE
    USER_LOCATION_CHANGE
    RAT_CHANGE
    SESSION_AMBR_CHANGE
    UE_TIMEZONE_CHANGE
    TARIFF_TIME_CHANGE
    MAX_NUMBER_OF_CHANGES_IN_CHARGING_CONDITIONS
    MANAGEMENT_INTERVENTION
    CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA
    CHANGE_OF_3GPP_PS_DATA_OFF_STATUS
    SERVING_NODE_CHANGE
    REMOVAL_OF_UPF
    ADDITION_OF_UPF
    INSERTION_OF_ISMF
    REMOVAL_OF_ISMF
    CHANGE_OF_ISMF
    START_OF_SERVICE_DATA_FLOW
    ECGI_CHANGE
    TAI_CHANGE
    HANDOVER_CANCEL
    HANDOVER_START
    HANDOVER_COMPLETE
    GFBR_GUARANTEED_STATUS_CHANGE
    ADDITION_OF_ACCESS
    REMOVAL_OF_ACCESS
    START_OF_SDF_ADDITIONAL_ACCESS
    REDUNDANT_TRANSMISSION_CHANGE
    CGI_SAI_CHANGE
    RAI_CHANGE
    VSMF_CHANGE
}

enum QuotaManagementIndicator {
    ONLINE_CHARGING
    OFFLINE_CHARGING
    QUOTA_MANAGEMENT_SUSPENDED
}

/// Result of quota management for a rating group.
enum ResultCode {
    SUCCESS
    END_USER_SERVICE_DENIED
    QUOTA_MANAGEMENT_NOT_APPLICABLE
    QUOTA_LIMIT_REACHED
    END_USER_SERVICE_REJECTED
    USER_UNKNOWN
    RATING_FAILED
    QUOTA_MANAGEMENT
}

enum FinalUnitAction {
    TERMINATE
    REDIRECT
    RESTRICT_ACCESS
}

enum RedirectAddressType {
    IPV4
    IPV6
    URL
    URI
}

enum SessionFailover {
    FAILOVER_NOT_SUPPORTED
    FAILOVER_SUPPORTED
}

enum RoamerInOut {
    IN_BOUND
    OUT_BOUND
}

/// TS 29.571 `PduSessionType`.
enum PduSessionType {
    IPV4
    IPV6
    IPV4V6
    UNSTRUCTURED
    ETHERNET
}

/// TS 29.571 `SscMode`.
enum SscMode {
    SSC_MODE_1
    SSC_MODE_2
    SSC_MODE_3
}

/// TS 29.571 `RatType` (Rel-17 values).
enum RatType {
    NR
    EUTRA
    WLAN
    VIRTUAL
    NBIOT
    WIRELINE
    WIRELINE_CABLE
    WIRELINE_BBF
    LTE_M = "LTE-M"
    NR_U
    EUTRA_U
    TRUSTED_N3GA
    TRUSTED_WLAN
    UTRA
    GERA
    NR_LEO
    NR_MEO
    NR_GEO
    NR_OTHER_SAT
    NR_REDCAP
    WB_E_UTRAN_LEO
    WB_E_UTRAN_MEO
    WB_E_UTRAN_GEO
    WB_E_UTRAN_OTHERSAT
    NB_IOT_LEO
    NB_IOT_MEO
    NB_IOT_GEO
    NB_IOT_OTHERSAT
    LTE_M_LEO
    LTE_M_MEO
    LTE_M_GEO
    LTE_M_OTHERSAT
}

enum DnnSelectionMode {
    VERIFIED
    UE_DNN_NOT_VERIFIED
    NW_DNN_NOT_VERIFIED
}

enum ChargingCharacteristicsSelectionMode {
    HOME_DEFAULT
    ROAMING_DEFAULT
    VISITING_DEFAULT
}

enum RedundantTransmissionType {
    NON_TRANSMISSION
    END_TO_END_USER_PLANE_PATHS
    N3_N9 = "N3/N9"
    TRANSPORT_LAYER
}

/// 3GPP PS Data Off status (schema `3GPPPSDataOffStatus`).
enum PsDataOffStatus {
    ACTIVE
    INACTIVE
}
