$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: `ProductOfferingPrice` with its create and update
// bodies and its parts (relationships, pricing logic, taxes, money).
namespace oda.tmf620

/// This represents a bundling pricing relationship, allowing a price to be composed of multiple other prices (e.g. a recurring charge and a onetime charge).
structure BundledProductOfferingPriceRelationship {
    /// Unique identifier of the bundled product offering price
    id: String

    /// hyperlink reference of the bundled product offering price
    href: String

    /// Name of the bundled product offering price
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

/// A base / value business entity used to represent money
structure Money {
    /// Currency (ISO4217 norm uses 3 letters to define the currency)
    unit: String

    /// A positive floating point number
    value: Float
}

/// The PricingLogicAlgorithm entity represents an instantiation of an interface specification to external rating function (without a modeled bahavior in SID). Some of the parameters of the interface definiition may be already set (such as price per unit) and some may be gathered during the rating process from the event (such as call duration) or from ProductCharacteristicValues (such as assigned bandwidth)
structure PricingLogicAlgorithm {
    /// unique id of the PricingLogicAlgorithm
    id: String

    /// hyperlink reference of this PricingLogicAlgorithm
    href: String

    /// Description of the PricingLogicAlgorithm
    description: String

    /// Name given to the PricingLogicAlgorithm
    name: String

    /// id of corresponding PricingLogicAlgorithm specification
    plaSpecId: String

    /// The period for which the PricingLogicAlgorithm is valid
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

/// Is based on both the basic cost to develop and produce products and the enterprises policy on revenue targets. This price may be further revised through discounting (productOfferPriceAlteration). The price, applied for a productOffering may also be influenced by the productOfferingTerm, the customer selected, eg: a productOffering can be offered with multiple terms, like commitment periods for the contract. The price may be influenced by this productOfferingTerm. A productOffering may be cheaper with a 24 month commitment than with a 12 month commitment.
@oda#tmfResource(path: "/productOfferingPrice")
structure ProductOfferingPrice {
    /// unique id of this resource
    id: String

    /// Reference of the ProductOfferingPrice
    href: String

    /// Description of the productOfferingPrice
    description: String

    /// A flag indicating if this ProductOfferingPrice is composite (bundle) or not
    isBundle: Boolean

    /// the last update time of this ProductOfferingPrice
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// the lifecycle status of this ProductOfferingPrice
    lifecycleStatus: String

    /// Name of the productOfferingPrice
    name: String

    /// Percentage to apply for ProductOfferPriceAlteration (Discount)
    percentage: Float

    /// A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.
    priceType: String

    /// the period of the recurring charge:  1, 2, ... .It sets to zero if it is not applicable
    recurringChargePeriodLength: Integer

    /// The period to repeat the application of the price
    /// Could be month, week...
    recurringChargePeriodType: String

    /// ProductOffering version
    version: String

    /// this object represents a bundle relationship from a bundle product offering price (parent) to a simple product offering price (child). A simple product offering price may participate in more than one bundle relationship.
    bundledPopRelationship: BundledProductOfferingPriceRelationshipList

    /// The Constraint resource represents a policy/rule applied to ProductOfferingPrice.
    constraint: ConstraintRefList

    /// Place defines the places where the products are sold or delivered.
    place: PlaceRefList

    /// Product Offering Prices related to this Product Offering Price, for example a price alteration such as allowance or discount
    popRelationship: ProductOfferingPriceRelationshipList

    /// The amount of money that characterizes the price.
    price: Money

    /// The PricingLogicAlgorithm entity represents an instantiation of an interface specification to external rating function (without a modeled behavior in SID). Some of the parameters of the interface definition may be already set (such as price per unit) and some may be gathered during the rating process from the event (such as call duration) or from ProductCharacteristicValues (such as assigned bandwidth).
    pricingLogicAlgorithm: PricingLogicAlgorithmList

    /// A use of the ProductSpecificationCharacteristicValue by a ProductOfferingPrice to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering and ProcuctOfferingPrice level. The list of values in ProductSpecificationCharacteristicValueUse is a strict subset of the list of values as defined in the corresponding product specification characteristics.
    prodSpecCharValueUse: ProductSpecificationCharacteristicValueUseList

    /// A list of conditions under which a ProductOfferingPrice is made available to Customers. For instance, a Product Offering Price can be offered with multiple commitment periods.
    productOfferingTerm: ProductOfferingTermList

    /// An amount of money levied on the price of a Product by a legislative body.
    tax: TaxItemList

    /// A number and unit representing how many (for instance 1 dozen) of an ProductOffering is available at the offered price. Its meaning depends on the priceType. It could be a price, a rate, or a discount.
    unitOfMeasure: Quantity

    /// The period for which the productOfferingPrice is valid
    validFor: TimePeriod

    /// the immediate base class type of this product offering
    @jsonName("@baseType")
    baseType: String

    /// hyperlink reference to the schema describing this resource
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// The class type of this Product offering
    @jsonName("@type")
    type: String
}

/// Is based on both the basic cost to develop and produce products and the enterprises policy on revenue targets. This price may be further revised through discounting (productOfferPriceAlteration). The price, applied for a productOffering may also be influenced by the productOfferingTerm, the customer selected, eg: a productOffering can be offered with multiple terms, like commitment periods for the contract. The price may be influenced by this productOfferingTerm. A productOffering may be cheaper with a 24 month commitment than with a 12 month commitment.
/// Skipped properties: id,href
structure ProductOfferingPrice_Create {
    /// Description of the productOfferingPrice
    description: String

    /// A flag indicating if this ProductOfferingPrice is composite (bundle) or not
    isBundle: Boolean

    /// the last update time of this ProductOfferingPrice
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// the lifecycle status of this ProductOfferingPrice
    lifecycleStatus: String

    /// Name of the productOfferingPrice
    @required
    name: String

    /// Percentage to apply for ProductOfferPriceAlteration (Discount)
    percentage: Float

    /// A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.
    priceType: String

    /// the period of the recurring charge:  1, 2, ... .It sets to zero if it is not applicable
    recurringChargePeriodLength: Integer

    /// The period to repeat the application of the price
    /// Could be month, week...
    recurringChargePeriodType: String

    /// ProductOffering version
    version: String

    /// this object represents a bundle relationship from a bundle product offering price (parent) to a simple product offering price (child). A simple product offering price may participate in more than one bundle relationship.
    bundledPopRelationship: BundledProductOfferingPriceRelationshipList

    /// The Constraint resource represents a policy/rule applied to ProductOfferingPrice.
    constraint: ConstraintRefList

    /// Place defines the places where the products are sold or delivered.
    place: PlaceRefList

    /// Product Offering Prices related to this Product Offering Price, for example a price alteration such as allowance or discount
    popRelationship: ProductOfferingPriceRelationshipList

    /// The amount of money that characterizes the price.
    price: Money

    /// The PricingLogicAlgorithm entity represents an instantiation of an interface specification to external rating function (without a modeled behavior in SID). Some of the parameters of the interface definition may be already set (such as price per unit) and some may be gathered during the rating process from the event (such as call duration) or from ProductCharacteristicValues (such as assigned bandwidth).
    pricingLogicAlgorithm: PricingLogicAlgorithmList

    /// A use of the ProductSpecificationCharacteristicValue by a ProductOfferingPrice to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering and ProcuctOfferingPrice level. The list of values in ProductSpecificationCharacteristicValueUse is a strict subset of the list of values as defined in the corresponding product specification characteristics.
    prodSpecCharValueUse: ProductSpecificationCharacteristicValueUseList

    /// A list of conditions under which a ProductOfferingPrice is made available to Customers. For instance, a Product Offering Price can be offered with multiple commitment periods.
    productOfferingTerm: ProductOfferingTermList

    /// An amount of money levied on the price of a Product by a legislative body.
    tax: TaxItemList

    /// A number and unit representing how many (for instance 1 dozen) of an ProductOffering is available at the offered price. Its meaning depends on the priceType. It could be a price, a rate, or a discount.
    unitOfMeasure: Quantity

    /// The period for which the productOfferingPrice is valid
    validFor: TimePeriod

    /// the immediate base class type of this product offering
    @jsonName("@baseType")
    baseType: String

    /// hyperlink reference to the schema describing this resource
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// The class type of this Product offering
    @jsonName("@type")
    type: String
}

/// Is based on both the basic cost to develop and produce products and the enterprises policy on revenue targets. This price may be further revised through discounting (productOfferPriceAlteration). The price, applied for a productOffering may also be influenced by the productOfferingTerm, the customer selected, eg: a productOffering can be offered with multiple terms, like commitment periods for the contract. The price may be influenced by this productOfferingTerm. A productOffering may be cheaper with a 24 month commitment than with a 12 month commitment.
/// Skipped properties: id,href,lastUpdate
structure ProductOfferingPrice_Update {
    /// Description of the productOfferingPrice
    description: String

    /// A flag indicating if this ProductOfferingPrice is composite (bundle) or not
    isBundle: Boolean

    /// the lifecycle status of this ProductOfferingPrice
    lifecycleStatus: String

    /// Name of the productOfferingPrice
    name: String

    /// Percentage to apply for ProductOfferPriceAlteration (Discount)
    percentage: Float

    /// A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.
    priceType: String

    /// the period of the recurring charge:  1, 2, ... .It sets to zero if it is not applicable
    recurringChargePeriodLength: Integer

    /// The period to repeat the application of the price
    /// Could be month, week...
    recurringChargePeriodType: String

    /// ProductOffering version
    version: String

    /// this object represents a bundle relationship from a bundle product offering price (parent) to a simple product offering price (child). A simple product offering price may participate in more than one bundle relationship.
    bundledPopRelationship: BundledProductOfferingPriceRelationshipList

    /// The Constraint resource represents a policy/rule applied to ProductOfferingPrice.
    constraint: ConstraintRefList

    /// Place defines the places where the products are sold or delivered.
    place: PlaceRefList

    /// Product Offering Prices related to this Product Offering Price, for example a price alteration such as allowance or discount
    popRelationship: ProductOfferingPriceRelationshipList

    /// The amount of money that characterizes the price.
    price: Money

    /// The PricingLogicAlgorithm entity represents an instantiation of an interface specification to external rating function (without a modeled behavior in SID). Some of the parameters of the interface definition may be already set (such as price per unit) and some may be gathered during the rating process from the event (such as call duration) or from ProductCharacteristicValues (such as assigned bandwidth).
    pricingLogicAlgorithm: PricingLogicAlgorithmList

    /// A use of the ProductSpecificationCharacteristicValue by a ProductOfferingPrice to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering and ProcuctOfferingPrice level. The list of values in ProductSpecificationCharacteristicValueUse is a strict subset of the list of values as defined in the corresponding product specification characteristics.
    prodSpecCharValueUse: ProductSpecificationCharacteristicValueUseList

    /// A list of conditions under which a ProductOfferingPrice is made available to Customers. For instance, a Product Offering Price can be offered with multiple commitment periods.
    productOfferingTerm: ProductOfferingTermList

    /// An amount of money levied on the price of a Product by a legislative body.
    tax: TaxItemList

    /// A number and unit representing how many (for instance 1 dozen) of an ProductOffering is available at the offered price. Its meaning depends on the priceType. It could be a price, a rate, or a discount.
    unitOfMeasure: Quantity

    /// The period for which the productOfferingPrice is valid
    validFor: TimePeriod

    /// the immediate base class type of this product offering
    @jsonName("@baseType")
    baseType: String

    /// hyperlink reference to the schema describing this resource
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// The class type of this Product offering
    @jsonName("@type")
    type: String
}

/// Describes a non-composite relationship between product offering prices. For example one price might be an discount alteration for another price.
structure ProductOfferingPriceRelationship {
    /// Unique identifier of the associated product offering price
    id: String

    /// hyperlink reference of the associated product offering price
    href: String

    /// Name of the associated product offering price
    name: String

    /// type of the relationship, for example override, discount, etc.
    relationshipType: String

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

/// A tax item is created for each tax rate and tax type used in the bill.
structure TaxItem {
    /// Tax category
    taxCategory: String

    /// Applied rate of the tax
    taxRate: Float

    /// Amount of tax expressed in the given currency
    taxAmount: Money

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
