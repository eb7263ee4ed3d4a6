$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: the balance action history and the action
// enumerations.
namespace oda.ccs.abmf

/// an abstract resource. example extensions are BalanceTopup, BalanceDeduct
structure Action {
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

/// Valid values for the Action Status Type
enum ActionStatusType {
    CREATED = "created"
    FAILED = "failed"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
}

/// Valid values for the Balance Adjust types
enum AdjustType {
    RECURRING = "recurring"
    ONE_TIME = "oneTime"
}

/// A history of the following operations performed on the bucket: TopupBalance, AdjustBalance and TransferBalance
@oda#tmfResource(path: "/balanceActionHistory")
structure BalanceActionHistory {
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

    /// valid values are RecurringCharge or OneTimeCharge
    adjustType: AdjustType

    /// Indicate the amount on the bucket
    amount: Quantity

    balanceTopup: RelatedTopupBalance

    /// A reference to the bucket impacted by the request or the value itself.
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    channel: ChannelRef

    /// Indicates which related party will bear the costs of the transfer
    costOwner: CostOwnerType

    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket impacted by the balance related operation
    partyAccount: PartyAccountRef

    /// Payment method used for the recharge operation (e.g.: cash, credit card). Structure including at least attribute dname. Notice that the use of a voucher can be managed as a specific methodtype, where he voucher code can be passed as value.
    paymentMethod: PaymentMethodRef

    product: ProductRefList

    /// Identifier for the user/customer/entity that receives the transfer when it is required to indicate additional customer hierarchy information regarding the entity receiving the balance transfer Structure including at least attributes “role” and “name”
    receiver: RelatedParty

    /// A reference to the bucket to which the balance will be transferred
    receiverBucket: BucketRef

    /// Type of prepay balance bucket (e.g.: roaming-data, data, roaming-voice etc)
    receiverBucketUsageType: UsageType

    /// A reference to the logical resource that can be used to identify the bucket balance for example where product ids are not unique.
    @required
    receiverLogicalResource: LogicalResourceRef

    receiverProduct: ProductRef

    /// For autotopup indicates the periodicity for the recharge operation (monthly, weekly, )
    recurringPeriod: RecurringPeriodType

    /// Used to provide information about any other entity with relation to the operation
    relatedParty: RelatedPartyList

    /// Identifier for the user/customer/entity that performs the transfer action.This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel Structure including at least attributes “role” and “name”
    requestor: RelatedParty

    /// Status of the operation
    @required
    status: ActionStatusType

    /// Associated cost to be charged for the transfer operation (can be monetary or non-monetary)
    transferCost: Money

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

/// Valid values for this type
enum CostOwnerType {
    ORIGINATOR = "originator"
    RECEIVER = "receiver"
}

/// Valid values for this type
enum RecurringPeriodType {
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
}
