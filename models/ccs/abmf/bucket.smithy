$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: buckets, accumulated balances and quantities.
// Transcribed from TMF654-PrepayBalance-v4.0.0.swagger.json.
namespace oda.ccs.abmf

/// Represents and tracks the aggregated amount remained or owed in certain account which is owned by certain customer for a set of buckets.
@oda#tmfResource(path: "/accumulatedBalance")
structure AccumulatedBalance {
    /// Unique Identifier within the server for the recharge operation request
    id: String

    /// A resource URI pointing to the resource in the OB that stores the detailed information.
    href: String

    /// Text describing the contents of the aggregated balance
    description: String

    /// Friendly name to identify the aggregated balance
    @required
    name: String

    /// A reference to the buckets involved in the aggregation
    @required
    bucket: BucketRefList

    /// A reference to the logical resource that can be used to identify the bucket balance for example where product ids are not unique.
    logicalResource: LogicalResourceRef

    /// A reference to the account that owns the buckets aggregated
    partyAccount: PartyAccountRef

    /// A reference to the product whose consumption is managed by the bucket . This is an array to allow scenarios where a buckets are shared between different products
    product: ProductRefList

    /// Used to provide information about any other entity with relation to the balance, for instance to define customer hierarchy for the balance (e.g.: customerId, userId, )
    relatedParty: RelatedPartyList

    /// Aggregated for a set of prepay balance buckets associated to the product
    @required
    totalBalance: Quantity

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// A bucket (called UsageVolumProduct in the SID Model) represents and tracks a quantity of usage (remaining or consumed). It could be either a quantity or an amount in a currency. It can represent a fixed number of SMS,MMS, call minutes, quantity of data and so on
@oda#tmfResource(path: "/bucket")
structure Bucket {
    /// Unique Identifier within the server for the bucket
    id: String

    /// A resource URI pointing to the resource in the OB that stores the detailed information for the bucket
    href: String

    /// Date when the deduction was confirmed in the server
    @timestampFormat("date-time")
    confirmationDate: Timestamp

    /// Text describing the contents of the balance managed by the bucket
    description: String

    /// True if the bucket is shared between several devices or users
    isShared: Boolean

    /// Friendly name to identify the bucket
    name: String

    /// Remaining amount in a formatted string for the bucket given in the balance unit (for example 1.9 Gb). This formatted string could be used for display needs for example
    remainingValueName: String

    /// Date when the deduction request was received in the server
    @timestampFormat("date-time")
    requestedDate: Timestamp

    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket
    partyAccount: PartyAccountRef

    product: ProductRefList

    /// Used to provide information about any other entity with relation to the balance, for instance to define customer hierarchy for the balance (e.g.: customerId, userId, )
    relatedParty: RelatedPartyList

    /// Indicate the amount on the bucket
    remainingValue: Quantity

    /// Indicate the amount reserved on the bucket
    reservedValue: Quantity

    /// status for the bucket. active, expired, suspended
    status: BucketStatusType

    /// defines the type of the underlying Balance eg data,voice, any currency eg EUR, USD etc
    usageType: UsageType

    /// The period for which the balance in the bucket is valid
    validFor: TimePeriod

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// Valid values for the Balance Status Type
enum BucketStatusType {
    ACTIVE = "active"
    SUSPENDED = "suspended"
    EXPIRED = "expired"
}

/// A base / value business entity used to represent money
structure Money {
    /// Currency (ISO4217 norm uses 3 letters to define the currency)
    unit: String

    /// A positive floating point number
    value: Float

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// An amount in a given unit
structure Quantity {
    /// Numeric value in a given unit
    amount: Float

    /// Unit
    units: String

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// A period of time, either as a deadline (endDateTime only) a startDateTime only, or both
structure TimePeriod {
    /// End of the time period, using IETC-RFC-3339 format
    @timestampFormat("date-time")
    endDateTime: Timestamp

    /// Start of the time period, using IETC-RFC-3339 format. If you define a start, you must also define an end
    @timestampFormat("date-time")
    startDateTime: Timestamp

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// Valid values for the usage type are
enum UsageType {
    MONETARY = "monetary"
    VOICE = "voice"
    DATA = "data"
    SMS = "sms"
    OTHER = "other"
}
