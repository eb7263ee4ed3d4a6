$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: top-up and adjustment actions with their create
// and update bodies. Transcribed from TMF654-PrepayBalance-v4.0.0.swagger.json.
namespace oda.ccs.abmf

/// The AdjustBalance resource allows adjustments to be made to the original BalanceTopup eg increment the amount, alter the recharge periodicity
@oda#tmfResource(path: "/adjustBalance")
structure AdjustBalance {
    /// Unique Identifier for the resource
    id: String

    /// A reference to the resource
    href: String

    /// Date when the deduction was confirmed in the server
    @timestampFormat("date-time")
    confirmationDate: Timestamp

    /// Description of the recharge operation
    description: String

    /// Text describing the reason for the action/task
    reason: String

    /// Date when the deduction request was received in the server
    @timestampFormat("date-time")
    requestedDate: Timestamp

    /// valid values are RecurringCharge or OneTimeCharge
    adjustType: AdjustType

    /// Indicate the amount on the bucket
    amount: Quantity

    /// A reference to the bucket impacted by the request or the value itself.
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    channel: ChannelRef

    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket impacted by the balance related operation
    partyAccount: PartyAccountRef

    product: ProductRefList

    /// Used to provide information about any other entity with relation to the operation
    relatedParty: RelatedPartyList

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
    requestor: RelatedParty

    /// Status of the operation
    @required
    status: ActionStatusType

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

/// The AdjustBalance resource allows adjustments to be made to the original BalanceTopup eg increment the amount, alter the recharge periodicity
/// Skipped properties: id,href,status,requestedDate,confirmationDate,relatedParty,partyAccount
structure AdjustBalance_Create {
    /// Description of the recharge operation
    description: String

    /// Text describing the reason for the action/task
    reason: String

    /// valid values are RecurringCharge or OneTimeCharge
    adjustType: AdjustType

    /// Indicate the amount on the bucket
    @required
    amount: Quantity

    /// A reference to the bucket impacted by the request or the value itself.
    @required
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    channel: ChannelRef

    logicalResource: LogicalResourceRefList

    product: ProductRefList

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
    requestor: RelatedParty

    /// defines the type of the underlying Balance eg data,voice, any currency eg EUR, USD etc
    @required
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

/// The AdjustBalance resource allows adjustments to be made to the original BalanceTopup eg increment the amount, alter the recharge periodicity
/// Skipped properties: id,href
structure AdjustBalance_Update {
    /// Date when the deduction was confirmed in the server
    @timestampFormat("date-time")
    confirmationDate: Timestamp

    /// Description of the recharge operation
    description: String

    /// Text describing the reason for the action/task
    reason: String

    /// Date when the deduction request was received in the server
    @timestampFormat("date-time")
    requestedDate: Timestamp

    /// valid values are RecurringCharge or OneTimeCharge
    adjustType: AdjustType

    /// Indicate the amount on the bucket
    amount: Quantity

    /// A reference to the bucket impacted by the request or the value itself.
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    channel: ChannelRef

    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket impacted by the balance related operation
    partyAccount: PartyAccountRef

    product: ProductRefList

    /// Used to provide information about any other entity with relation to the operation
    relatedParty: RelatedPartyList

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
    requestor: RelatedParty

    /// Status of the operation
    @required
    status: ActionStatusType

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

/// Related Entity reference. A related balance topup defines a relationship via a role to another balance topup. Used in the PrepayBalanceManagement API to track child topups that are related to the parent (initiating balance topup resource). PrepayBalanceManagement defines the child role
structure RelatedTopupBalance {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference
    href: String

    /// Name of the related entity.
    name: String

    /// Role played by the TopupBalance. In the PrepayBalanceManagement API this is parent or child
    role: String

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class Extensible name
    @jsonName("@type")
    type: String

    /// The actual type of the target instance when needed for disambiguation.
    @required
    @jsonName("@referredType")
    referredType: String
}

/// Represents a detailed description of a recharge operation requested over a bucket (defined by a specific product or reference to a product (i.e.: a commercial id such as an msisidn) and a service type)
@oda#tmfResource(path: "/topupBalance")
structure TopupBalance {
    /// Unique Identifier for the resource
    id: String

    /// A reference to the resource
    href: String

    /// Date when the deduction was confirmed in the server
    @timestampFormat("date-time")
    confirmationDate: Timestamp

    /// Description of the recharge operation
    description: String

    /// Indicates if the topup requested is an autotopup (to be processed periodically)
    isAutoTopup: Boolean

    /// For autotopup indicates the number of occurrences of the period the recharge operation must be executed. If not included then no limit is set to stop the executionof the topup every period
    numberOfPeriods: Integer

    /// Text describing the reason for the action/task
    reason: String

    /// Date when the deduction request was received in the server
    @timestampFormat("date-time")
    requestedDate: Timestamp

    /// Identifier for a voucher when the topup can be performed by this means
    voucher: String

    /// Indicate the amount on the bucket
    amount: Quantity

    balanceTopup: RelatedTopupBalance

    /// A reference to the bucket impacted by the request or the value itself.
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    channel: ChannelRef

    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket impacted by the balance related operation
    partyAccount: PartyAccountRef

    /// Payment method used for the recharge operation (e.g.: cash, credit card). Structure including at least attribute dname. Notice that the use of a voucher can be managed as a specific methodtype, where he voucher code can be passed as value.
    paymentMethod: PaymentMethodRef

    product: ProductRefList

    /// For autotopup indicates the periodicity for the recharge operation (monthly, weekly, )
    recurringPeriod: RecurringPeriodType

    /// Used to provide information about any other entity with relation to the operation
    relatedParty: RelatedPartyList

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
    requestor: RelatedParty

    /// Status of the operation
    @required
    status: ActionStatusType

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

/// Represents a detailed description of a recharge operation requested over a bucket (defined by a specific product or reference to a product (i.e.: a commercial id such as an msisidn) and a service type)
/// Skipped properties: id,href,status,requestedDate,confirmationDate,relatedParty
structure TopupBalance_Create {
    /// Description of the recharge operation
    description: String

    /// Indicates if the topup requested is an autotopup (to be processed periodically)
    isAutoTopup: Boolean

    /// For autotopup indicates the number of occurrences of the period the recharge operation must be executed. If not included then no limit is set to stop the executionof the topup every period
    numberOfPeriods: Integer

    /// Text describing the reason for the action/task
    reason: String

    /// Identifier for a voucher when the topup can be performed by this means
    voucher: String

    /// Indicate the amount on the bucket
    @required
    amount: Quantity

    balanceTopup: RelatedTopupBalance

    /// A reference to the bucket impacted by the request or the value itself.
    @required
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    channel: ChannelRef

    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket impacted by the balance related operation
    @required
    partyAccount: PartyAccountRef

    /// Payment method used for the recharge operation (e.g.: cash, credit card). Structure including at least attribute dname. Notice that the use of a voucher can be managed as a specific methodtype, where he voucher code can be passed as value.
    paymentMethod: PaymentMethodRef

    product: ProductRefList

    /// For autotopup indicates the periodicity for the recharge operation (monthly, weekly, )
    recurringPeriod: RecurringPeriodType

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
    requestor: RelatedParty

    /// defines the type of the underlying Balance eg data,voice, any currency eg EUR, USD etc
    @required
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

/// Represents a detailed description of a recharge operation requested over a bucket (defined by a specific product or reference to a product (i.e.: a commercial id such as an msisidn) and a service type)
/// Skipped properties: id,href
structure TopupBalance_Update {
    /// Date when the deduction was confirmed in the server
    @timestampFormat("date-time")
    confirmationDate: Timestamp

    /// Description of the recharge operation
    description: String

    /// Indicates if the topup requested is an autotopup (to be processed periodically)
    isAutoTopup: Boolean

    /// For autotopup indicates the number of occurrences of the period the recharge operation must be executed. If not included then no limit is set to stop the executionof the topup every period
    numberOfPeriods: Integer

    /// Text describing the reason for the action/task
    reason: String

    /// Date when the deduction request was received in the server
    @timestampFormat("date-time")
    requestedDate: Timestamp

    /// Identifier for a voucher when the topup can be performed by this means
    voucher: String

    /// Indicate the amount on the bucket
    amount: Quantity

    balanceTopup: RelatedTopupBalance

    /// A reference to the bucket impacted by the request or the value itself.
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    channel: ChannelRef

    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket impacted by the balance related operation
    partyAccount: PartyAccountRef

    /// Payment method used for the recharge operation (e.g.: cash, credit card). Structure including at least attribute dname. Notice that the use of a voucher can be managed as a specific methodtype, where he voucher code can be passed as value.
    paymentMethod: PaymentMethodRef

    product: ProductRefList

    /// For autotopup indicates the periodicity for the recharge operation (monthly, weekly, )
    recurringPeriod: RecurringPeriodType

    /// Used to provide information about any other entity with relation to the operation
    relatedParty: RelatedPartyList

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
    requestor: RelatedParty

    /// Status of the operation
    @required
    status: ActionStatusType

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
