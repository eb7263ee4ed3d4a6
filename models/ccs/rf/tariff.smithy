$version: "2.0"

// Nrf_Rating 1.3.0 (SigScale): prices, tariffs, counters and the enumerations of the rating
// bodies. Enumerations are extensible upstream (`anyOf [enum, string]`): receivers accept
// unknown values.
namespace oda.ccs.rf

use oda.ccs#Int32
use oda.ccs#Uint32
use oda.ccs#Uint64

/// An exact decimal: value = valueDigits × 10^exponent (0.75 = {valueDigits: 75, exponent: -2}).
/// Required: `valueDigits`.
structure UnitValue {
    /// The significand.
    @required
    valueDigits: Uint64

    /// The exponent.
    exponent: Int32
}

/// The price for a rated service. Required: `amount`.
structure Price {
    currencyCode: CurrencyCode

    /// The price amount.
    @required
    amount: UnitValue
}

/// Network utilization charges for a bearer, session or service. Required: `rateElement`.
structure Tariff {
    currencyCode: CurrencyCode

    /// A simple multiplication factor.
    scaleFactor: UnitValue

    @required
    rateElement: RateElementList
}

/// A rate element of one dimension, e.g. unitType TIME, unitValue 6, unitCost 0.10: "10 cents
/// per 6 seconds". Required: `unitType`, `unitCost`.
structure RateElement {
    @required
    unitType: RateUnitType

    chargeReasonCode: ChargeReasonCode

    /// Unit size.
    unitValue: UnitValue

    /// Monetary value per unit.
    @required
    unitCost: UnitValue

    /// After this many units, the next rate element applies.
    unitQuotaThreshold: Uint32
}

/// ISO 4217 alphabetic currency code. Upstream this is `oneOf` an alphabetic code or a numeric
/// code (0..999); only the alphabetic form is modeled (see docs/models.md).
@pattern("^[A-Z]{3}$")
string CurrencyCode

/// A counter of the subscriber.
structure Counter {
    counterId: Uint32

    counterValue: Int32

    @timestampFormat("date-time")
    counterExpiryDate: Timestamp
}

/// How the NF consumer shall modify a counter in the ABMF.
structure CounterPrice {
    counterId: Uint32

    counterType: Uint32

    counterChange: Int32

    setCounterTo: Int32

    @timestampFormat("date-time")
    counterExpiryDate: Timestamp
}

/// How a counter changes with usage.
structure CounterTariff {
    counterId: Uint32

    counterType: Uint32

    counterChangePerSession: Int32

    counterChangePerConsumedServiceUnit: Int32

    counterChangeForFirstChargeableTimeUnit: Int32

    counterChangePerSubsequentChargeableTimeUnit: Int32

    counterChangePerChargeableVolumeUnit: Int32

    counterChangeForFirstChargeableTimeUnitAfterSwitch: Int32

    counterChangePerSubsequentChargeableTimeUnitAfterSwitch: Int32

    counterChangePerChargeableVolumeUnitAfterSwitch: Int32

    counterThreshold: Int32

    setCounterTo: Int32

    @timestampFormat("date-time")
    counterExpiryDate: Timestamp
}

/// How a counter was modified by the current session. Required: `counterId`, `counterValueChange`.
structure ImpactOnCounter {
    @required
    counterId: Uint32

    counterValueBegin: Int32

    @required
    counterValueChange: Int32

    counterValueEnd: Int32
}

list RateElementList {
    member: RateElement
}

list CounterList {
    member: Counter
}

list CounterPriceList {
    member: CounterPrice
}

list CounterTariffList {
    member: CounterTariff
}

list ImpactOnCounterList {
    member: ImpactOnCounter
}

/// Service rating request sub-type (REFUND since 1.2.3).
enum RequestSubType {
    /// advice of charge: price only, nothing reserved or debited
    AOC
    /// reserve units (`requestedUnit`) for the next period
    RESERVE
    /// debit consumed units (`consumedUnit`)
    DEBIT
    /// refund units
    REFUND
    /// release the reservation without debit
    RELEASE
}

/// Result of rating one service element.
enum ResultCode {
    SUCCESS
    END_USER_SERVICE_DENIED
    QUOTA_MANAGEMENT_NOT_APPLICABLE
    QUOTA_LIMIT_REACHED
    END_USER_SERVICE_REJECTED
    USER_UNKNOWN
    RATING_FAILED
}

/// Function of the node (Nrf adds CHF and OCF to the Nchf list).
enum NodeFunctionality {
    CHF
    OCF
    AMF
    SMF
    SMSF
    PGW_C_SMF
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

enum OneTimeEventType {
    IEC
    PEC
}

enum OriginationIdType {
    DN
    NAI
}

enum DestinationIdType {
    DN
    APN
    URL
    NAI
}

/// Dimension of a rate element.
enum RateUnitType {
    MONEY
    TIME
    TOTAL_VOLUME
    UPLINK_VOLUME
    DOWNLINK_VOLUME
    SERVICE_SPECIFIC_UNITS
}

/// Charge type of a rate element.
enum ChargeReasonCode {
    UNKNOWN
    USAGE
    COMMUNICATION_ATTEMPT_CHARGE = "COMMUNICATION-ATTEMPT-CHARGE"
    SETUP_CHARGE = "SETUP-CHARGE"
    ADD_ON_CHARGE = "ADD-ON-CHARGE"
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
