$version: "2.0"

// TMF637 Product Inventory v4.0.0: sub-entities of `Product` (prices, terms, characteristics,
// places, parties, references) and the list shapes.
namespace oda.tmf637

/// Agreement reference. An agreement represents a contract or arrangement, either written or verbal and sometimes enforceable by law, such as a service level agreement or a customer price agreement. An agreement involves a number of other business entities, such as products, services, and resources and/or their specifications.
structure AgreementItemRef {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
    href: String

    /// Identifier of the agreement
    agreementItemId: String

    /// Name of the related entity.
    name: String

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

/// BillingAccount reference. A BillingAccount is a detailed description of a bill structure.
structure BillingAccountRef {
    /// Unique identifier of the billing account
    @required
    id: String

    /// Reference of the billing account
    href: String

    /// Name of the billing account
    name: String

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

/// Describes a given characteristic of an object or entity through a name/value pair.
structure Characteristic {
    /// Name of the characteristic
    @required
    name: String

    /// Data type of the value of the characteristic
    valueType: String

    /// The value of the characteristic
    @required
    value: Document

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

/// Entity reference schema to be use for all entityRef class.
structure EntityRef {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
    href: String

    /// Name of the related entity.
    name: String

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

/// A base / value business entity used to represent money
structure Money {
    /// Currency (ISO4217 norm uses 3 letters to define the currency)
    unit: String

    /// A positive floating point number
    value: Float
}

/// Place reference. Place defines the places where the products are sold or delivered.
structure Place {
    /// Unique identifier of the place
    id: String

    /// Unique reference of the place
    href: String

    /// A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]
    name: String

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

/// Place reference. PlaceRef defines the placeRefs where the products are sold or delivered.
structure PlaceRef {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
    href: String

    /// Name of the related entity.
    name: String

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

/// Provides all amounts (tax included, duty free, tax rate), used currency and percentage to apply for Price Alteration.
structure Price {
    /// Percentage to apply for ProdOfferPriceAlteration
    percentage: Float

    /// Tax rate
    taxRate: Float

    /// All taxes excluded amount (expressed in the given currency)
    dutyFreeAmount: Money

    /// All taxes included amount (expressed in the given currency)
    taxIncludedAmount: Money

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

/// Is an amount, usually of money, that modifies the price charged for an order item.
structure PriceAlteration {
    /// Duration during which the alteration applies on the order item price (for instance 2 months free of charge for the recurring charge)
    applicationDuration: Integer

    /// A narrative that explains in detail the semantics of this order item price alteration
    description: String

    /// Name of the order item price alteration
    name: String

    /// A category that describes the price such as recurring, one time and usage.
    @required
    priceType: String

    /// Priority level for applying this alteration among all the defined alterations on the order item price
    priority: Integer

    /// Could be month, week...
    recurringChargePeriod: String

    /// Could be minutes, GB...
    unitOfMeasure: String

    @required
    price: Price

    productOfferingPrice: ProductOfferingPriceRef

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

/// An amount, usually of money, that represents the actual price paid by a Customer for a purchase, a rent or a lease of a Product. The price is valid for a defined period of time.
structure ProductPrice {
    /// A narrative that explains in detail the semantics of this product price.
    description: String

    /// A short descriptive name such as "Subscription price".
    name: String

    /// A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.
    @required
    priceType: String

    /// Could be month, week...
    recurringChargePeriod: String

    /// Could be minutes, GB...
    unitOfMeasure: String

    billingAccount: BillingAccountRef

    @required
    price: Price

    productOfferingPrice: ProductOfferingPriceRef

    productPriceAlteration: PriceAlterationList

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

/// Description of a productTerm linked to this product. This represent a commitment with a duration
structure ProductTerm {
    /// Description of the productTerm
    description: String

    /// Name of the productTerm
    name: String

    /// Duration of the productTerm
    duration: Quantity

    /// productTerm validity period
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

/// An amount in a given unit
structure Quantity {
    /// Numeric value in a given unit
    amount: Float

    /// Unit
    units: String
}

/// Related Entity reference. A related party defines party or party role linked to a specific entity.
structure RelatedParty {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
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

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String

    /// The actual type of the target instance when needed for disambiguation.
    @required
    @jsonName("@referredType")
    referredType: String
}

/// Related Entity reference. A related place defines a place described by reference or by value linked to a specific entity. The polymorphic attributes @type, @schemaLocation & @referredType are related to the place entity and not the RelatedPlaceRefOrValue class itself
structure RelatedPlaceRefOrValue {
    /// Unique identifier of the place
    id: String

    /// Unique reference of the place
    href: String

    /// A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]
    name: String

    @required
    role: String

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

/// RelatedProductOrderItem (ProductOrder item) .The product order item which triggered product creation/change/termination.
structure RelatedProductOrderItem {
    /// Action of the order item for this product
    orderItemAction: String

    /// Identifier of the order item where the product was managed
    @required
    orderItemId: String

    /// Reference of the related entity.
    productOrderHref: String

    /// Unique identifier of a related entity.
    @required
    productOrderId: String

    /// role of the product order item for this product
    role: String

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

structure ResourceRef {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
    href: String

    /// Name of the resource
    name: String

    /// The resource value that can be used to identify a resource with a public key (e.g.: a tel nr, an msisdn)
    value: String

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

/// Service reference, for when Service is used by other entities
structure ServiceRef {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
    href: String

    /// Name of the related entity.
    name: String

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

/// The reference object to the schema and type of target product which is described by product specification
structure TargetProductSchema {
    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// This field provides a link to the schema describing the target product
    @required
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// Class type of the target product
    @required
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
}

list AgreementItemRefList {
    member: AgreementItemRef
}

list CharacteristicList {
    member: Characteristic
}

list PriceAlterationList {
    member: PriceAlteration
}

list ProductList {
    member: Product
}

list ProductPriceList {
    member: ProductPrice
}

list ProductRefOrValueList {
    member: ProductRefOrValue
}

list ProductRelationshipList {
    member: ProductRelationship
}

list ProductTermList {
    member: ProductTerm
}

list RelatedPartyList {
    member: RelatedParty
}

list RelatedPlaceRefOrValueList {
    member: RelatedPlaceRefOrValue
}

list RelatedProductOrderItemList {
    member: RelatedProductOrderItem
}

list ResourceRefList {
    member: ResourceRef
}

list ServiceRefList {
    member: ServiceRef
}
