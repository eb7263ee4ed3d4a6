$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: transfer and reservation actions with their create
// and update bodies.
namespace oda.ccs.abmf

/// The ReserveBalance resource allows adjustments to be made to the original BalanceTopup eg increment the amount, alter the recharge periodicity
@oda#tmfResource(path: "/reserveBalance")
structure ReserveBalance {
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

/// The ReserveBalance resource allows adjustments to be made to the original BalanceTopup eg increment the amount, alter the recharge periodicity
/// Skipped properties: id,href,status,requestedDate,confirmationDate,relatedParty
structure ReserveBalance_Create {
    /// Description of the recharge operation
    description: String

    /// Text describing the reason for the action/task
    reason: String

    /// Indicate the amount on the bucket
    amount: Quantity

    /// A reference to the bucket impacted by the request or the value itself.
    @required
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    channel: ChannelRef

    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket impacted by the balance related operation
    @required
    partyAccount: PartyAccountRef

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

/// The ReserveBalance resource allows adjustments to be made to the original BalanceTopup eg increment the amount, alter the recharge periodicity
/// Skipped properties: id,href
structure ReserveBalance_Update {
    /// Date when the deduction was confirmed in the server
    @timestampFormat("date-time")
    confirmationDate: Timestamp

    /// Description of the recharge operation
    description: String

    /// Text describing the reason for the action/task
    @required
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

/// The TransferBalance resource is a detailed description of credit transfer operation requested between two buckets (reference to products owned by customers and consuming credit when using a service).
@oda#tmfResource(path: "/transferBalance")
structure TransferBalance {
    /// Unique Identifier for the resource
    @required
    id: String

    /// A reference to the resource
    @required
    href: String

    /// Date when the deduction was confirmed in the server
    @timestampFormat("date-time")
    confirmationDate: Timestamp

    /// Description of the recharge operation
    description: String

    /// Text describing the reason for the action/task
    @required
    reason: String

    /// Date when the deduction request was received in the server
    @timestampFormat("date-time")
    requestedDate: Timestamp

    /// Indicate the amount on the bucket
    amount: Quantity

    /// A reference to the bucket impacted by the request or the value itself.
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    @required
    channel: ChannelRef

    /// Indicates which related party will bear the costs of the transfer
    costOwner: CostOwnerType

    @required
    logicalResource: LogicalResourceRefList

    /// A reference to the account that owns the bucket impacted by the balance related operation
    partyAccount: PartyAccountRef

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

    /// Used to provide information about any other entity with relation to the operation
    relatedParty: RelatedPartyList

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
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

/// The TransferBalance resource is a detailed description of credit transfer operation requested between two buckets (reference to products owned by customers and consuming credit when using a service).
/// Skipped properties: id,href,status,requestedDate,confirmationDate,relatedParty,partyAccount
structure TransferBalance_Create {
    /// Description of the recharge operation
    description: String

    /// Text describing the reason for the action/task
    @required
    reason: String

    /// Indicate the amount on the bucket
    @required
    amount: Quantity

    /// A reference to the bucket impacted by the request or the value itself.
    @required
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    @required
    channel: ChannelRef

    /// Indicates which related party will bear the costs of the transfer
    costOwner: CostOwnerType

    @required
    logicalResource: LogicalResourceRefList

    product: ProductRefList

    /// Identifier for the user/customer/entity that receives the transfer when it is required to indicate additional customer hierarchy information regarding the entity receiving the balance transfer Structure including at least attributes “role” and “name”
    receiver: RelatedParty

    /// A reference to the bucket to which the balance will be transferred
    @required
    receiverBucket: BucketRef

    /// Type of prepay balance bucket (e.g.: roaming-data, data, roaming-voice etc)
    @required
    receiverBucketUsageType: UsageType

    /// A reference to the logical resource that can be used to identify the bucket balance for example where product ids are not unique.
    @required
    receiverLogicalResource: LogicalResourceRef

    receiverProduct: ProductRef

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
    requestor: RelatedParty

    /// Associated cost to be charged for the transfer operation (can be monetary or non-monetary)
    transferCost: Money

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

/// The TransferBalance resource is a detailed description of credit transfer operation requested between two buckets (reference to products owned by customers and consuming credit when using a service).
/// Skipped properties: id,href,status,requestedDate,confirmationDate,validFor,description,partyAccount,relatedParty
structure TransferBalance_Update {
    /// Text describing the reason for the action/task
    @required
    reason: String

    /// Indicate the amount on the bucket
    amount: Quantity

    /// A reference to the bucket impacted by the request or the value itself.
    bucket: BucketRef

    /// Indicator for the channel used to request the transfer operation. Structure including at least attribute name
    @required
    channel: ChannelRef

    /// Indicates which related party will bear the costs of the transfer
    costOwner: CostOwnerType

    @required
    logicalResource: LogicalResourceRefList

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

    /// Identifier for the user/customer/entity that performs the top-up action. This can be used to indicate the identifier of an agent that performs the operation on behalf of a user via a customer service channel. Structure including at least attributes role and name.
    requestor: RelatedParty

    /// Associated cost to be charged for the transfer operation (can be monetary or non-monetary)
    transferCost: Money

    /// defines the type of the underlying Balance eg data,voice, any currency eg EUR, USD etc
    usageType: UsageType

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
