$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: references (bucket, product, party, account,
// channel, payment method, logical resource), abstract bases and the list shapes.
namespace oda.ccs.abmf

/// Base schema for adressable entities
structure Addressable {
    /// unique identifier
    id: String

    /// Hyperlink reference
    href: String

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

/// link to the resource that holds bucket information
structure BucketRef {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference
    href: String

    /// Name of the related entity.
    name: String

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
    @jsonName("@referredType")
    referredType: String
}

/// The channel to which the resource reference to. e.g. channel for selling product offerings, channel for opening a trouble ticket etc..
structure ChannelRef {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference
    href: String

    /// Name of the channel.
    name: String

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
    @jsonName("@referredType")
    referredType: String
}

/// Entity reference schema to be use for all entityRef class.
structure EntityRef {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference
    href: String

    /// Name of the related entity.
    name: String

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
    @jsonName("@referredType")
    referredType: String
}

/// Base Extensible schema for use in TMForum Open-APIs
structure Extensible {
    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class Extensible name
    @jsonName("@type")
    type: String
}

/// reference to the LogicalResource eg MSISDN
structure LogicalResourceRef {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference
    href: String

    /// Name of the related entity.
    name: String

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
    @jsonName("@referredType")
    referredType: String
}

/// PartyAccount reference. A party account is an arrangement that a party has with an enterprise that provides products to the party.
structure PartyAccountRef {
    /// Unique identifier of the party account
    @required
    id: String

    /// Reference of the party account
    href: String

    /// Detailed description of the party account
    description: String

    /// Name of the party account
    name: String

    /// The condition of the account, such as due, paid, in arrears.
    status: String

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String

    /// The actual type of the target instance when needed for disambiguation.
    @jsonName("@referredType")
    referredType: String
}

/// PaymentMethod reference. A payment method defines a specific mean of payment (e.g direct debit).
structure PaymentMethodRef {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference
    href: String

    /// Name of the related entity.
    name: String

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
    @jsonName("@referredType")
    referredType: String
}

structure ProductRef {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference
    href: String

    /// Name of the related entity.
    name: String

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
    @jsonName("@referredType")
    referredType: String
}

/// Related Entity reference. A related party defines party or party role linked to a specific entity.
structure RelatedParty {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference
    href: String

    /// Name of the related entity.
    name: String

    /// Role played by the related party
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

list AccumulatedBalanceList {
    member: AccumulatedBalance
}

list AdjustBalanceList {
    member: AdjustBalance
}

list BalanceActionHistoryList {
    member: BalanceActionHistory
}

list BucketList {
    member: Bucket
}

list BucketRefList {
    member: BucketRef
}

list LogicalResourceRefList {
    member: LogicalResourceRef
}

list ProductRefList {
    member: ProductRef
}

list RelatedPartyList {
    member: RelatedParty
}

list ReserveBalanceList {
    member: ReserveBalance
}

list TopupBalanceList {
    member: TopupBalance
}

list TransferBalanceList {
    member: TransferBalance
}
