$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: `ProductOffering` with its create and update bodies and
// its parts (bundles, terms, relationships).
namespace oda.tmf620

/// A type of ProductOffering that belongs to a grouping of ProductOfferings made available to the market. It inherits of all attributes of ProductOffering.
structure BundledProductOffering {
    /// Unique identifier of the BundledProductOffering
    id: String

    /// Unique reference of the BundledProductOffering
    href: String

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the BundledProductOffering
    name: String

    /// A set of numbers that specifies the lower and upper limits for a ProductOffering that can be procured as part of the related BundledProductOffering. Values can range from 0 to unbounded.
    bundledProductOfferingOption: BundledProductOfferingOption

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

/// A set of numbers that specifies the lower and upper limits for a ProductOffering that can be procured as part of the related BundledProductOffering. Values can range from 0 to unbounded
structure BundledProductOfferingOption {
    /// Default number of produc offereings that should be procured as part of the related BundledProductOffering
    numberRelOfferDefault: Integer

    /// lower limit for a product offering that can be procured as part of the related BundledProductOffering
    numberRelOfferLowerLimit: Integer

    /// upper limit for a product offering that can be procured as part of the related BundledProductOffering
    numberRelOfferUpperLimit: Integer

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

/// Represents entities that are orderable from the provider of the catalog, this resource includes pricing information.
@oda#tmfResource(path: "/productOffering")
structure ProductOffering {
    /// Unique identifier of the productOffering
    id: String

    /// Reference of the ProductOffering
    href: String

    /// Description of the productOffering
    description: String

    /// isBundle determines whether a productOffering represents a single productOffering (false), or a bundle of productOfferings (true).
    isBundle: Boolean

    /// A flag indicating if this product offer can be sold stand-alone for sale or not. If this flag is false it indicates that the offer can only be sold within a bundle.
    isSellable: Boolean

    /// Date and time of the last update
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the productOffering
    name: String

    /// A string providing a complementary information on the value of the lifecycle status attribute.
    statusReason: String

    /// ProductOffering version
    version: String

    /// An agreement represents a contract or arrangement, either written or verbal and sometimes enforceable by law, such as a service level agreement or a customer price agreement. An agreement involves a number of other business entities, such as products, services, and resources and/or their specifications.
    agreement: AgreementRefList

    /// Complements the description of an element (for instance a product) through video, pictures...
    attachment: AttachmentRefOrValueList

    /// A type of ProductOffering that belongs to a grouping of ProductOfferings made available to the market. It inherits of all attributes of ProductOffering.
    bundledProductOffering: BundledProductOfferingList

    /// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates.
    category: CategoryRefList

    /// The channel defines the channel for selling product offerings.
    channel: ChannelRefList

    /// provides references to the corresponding market segment as target of product offerings. A market segment is grouping of Parties, GeographicAreas, SalesChannels, and so forth.
    marketSegment: MarketSegmentRefList

    /// Place defines the places where the products are sold or delivered.
    place: PlaceRefList

    /// A use of the ProductSpecificationCharacteristicValue by a ProductOffering to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering level. For example, a characteristic 'Color' might have values White, Blue, Green, and Red. But, the list of values can be restricted to e.g. White and Blue in an associated product offering. It should be noted that the list of values in 'ProductSpecificationCharacteristicValueUse' is a strict subset of the list of values as defined in the corresponding product specification characteristics.
    prodSpecCharValueUse: ProductSpecificationCharacteristicValueUseList

    /// An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased. The price is valid for a defined period of time and may not represent the actual price paid by a customer.
    productOfferingPrice: ProductOfferingPriceRefList

    /// A condition under which a ProductOffering is made available to Customers. For instance, a productOffering can be offered with multiple commitment periods.
    productOfferingTerm: ProductOfferingTermList

    /// A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.
    productSpecification: ProductSpecificationRef

    /// A resource candidate is an entity that makes a ResourceSpecification available to a catalog.
    resourceCandidate: ResourceCandidateRef

    /// ServiceCandidate is an entity that makes a ServiceSpecification available to a catalog.
    serviceCandidate: ServiceCandidateRef

    /// A service level agreement (SLA) is a type of agreement that represents a formal negotiated agreement between two parties designed to create a common understanding about products, services, priorities, responsibilities, and so forth. The SLA is a set of appropriate procedures and targets formally or informally agreed between parties in order to achieve and maintain specified Quality of Service.
    serviceLevelAgreement: SLARef

    /// The period for which the productOffering is valid
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

/// Represents entities that are orderable from the provider of the catalog, this resource includes pricing information.
/// Skipped properties: id,href
structure ProductOffering_Create {
    /// Description of the productOffering
    description: String

    /// isBundle determines whether a productOffering represents a single productOffering (false), or a bundle of productOfferings (true).
    isBundle: Boolean

    /// A flag indicating if this product offer can be sold stand-alone for sale or not. If this flag is false it indicates that the offer can only be sold within a bundle.
    isSellable: Boolean

    /// Date and time of the last update
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the productOffering
    @required
    name: String

    /// A string providing a complementary information on the value of the lifecycle status attribute.
    statusReason: String

    /// ProductOffering version
    version: String

    /// An agreement represents a contract or arrangement, either written or verbal and sometimes enforceable by law, such as a service level agreement or a customer price agreement. An agreement involves a number of other business entities, such as products, services, and resources and/or their specifications.
    agreement: AgreementRefList

    /// Complements the description of an element (for instance a product) through video, pictures...
    attachment: AttachmentRefOrValueList

    /// A type of ProductOffering that belongs to a grouping of ProductOfferings made available to the market. It inherits of all attributes of ProductOffering.
    bundledProductOffering: BundledProductOfferingList

    /// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates.
    category: CategoryRefList

    /// The channel defines the channel for selling product offerings.
    channel: ChannelRefList

    /// provides references to the corresponding market segment as target of product offerings. A market segment is grouping of Parties, GeographicAreas, SalesChannels, and so forth.
    marketSegment: MarketSegmentRefList

    /// Place defines the places where the products are sold or delivered.
    place: PlaceRefList

    /// A use of the ProductSpecificationCharacteristicValue by a ProductOffering to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering level. For example, a characteristic 'Color' might have values White, Blue, Green, and Red. But, the list of values can be restricted to e.g. White and Blue in an associated product offering. It should be noted that the list of values in 'ProductSpecificationCharacteristicValueUse' is a strict subset of the list of values as defined in the corresponding product specification characteristics.
    prodSpecCharValueUse: ProductSpecificationCharacteristicValueUseList

    /// An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased. The price is valid for a defined period of time and may not represent the actual price paid by a customer.
    productOfferingPrice: ProductOfferingPriceRefList

    /// A condition under which a ProductOffering is made available to Customers. For instance, a productOffering can be offered with multiple commitment periods.
    productOfferingTerm: ProductOfferingTermList

    /// A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.
    productSpecification: ProductSpecificationRef

    /// A resource candidate is an entity that makes a ResourceSpecification available to a catalog.
    resourceCandidate: ResourceCandidateRef

    /// ServiceCandidate is an entity that makes a ServiceSpecification available to a catalog.
    serviceCandidate: ServiceCandidateRef

    /// A service level agreement (SLA) is a type of agreement that represents a formal negotiated agreement between two parties designed to create a common understanding about products, services, priorities, responsibilities, and so forth. The SLA is a set of appropriate procedures and targets formally or informally agreed between parties in order to achieve and maintain specified Quality of Service.
    serviceLevelAgreement: SLARef

    /// The period for which the productOffering is valid
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

/// Represents entities that are orderable from the provider of the catalog, this resource includes pricing information.
/// Skipped properties: id,href,lastUpdate
structure ProductOffering_Update {
    /// Description of the productOffering
    description: String

    /// isBundle determines whether a productOffering represents a single productOffering (false), or a bundle of productOfferings (true).
    isBundle: Boolean

    /// A flag indicating if this product offer can be sold stand-alone for sale or not. If this flag is false it indicates that the offer can only be sold within a bundle.
    isSellable: Boolean

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the productOffering
    name: String

    /// A string providing a complementary information on the value of the lifecycle status attribute.
    statusReason: String

    /// ProductOffering version
    version: String

    /// An agreement represents a contract or arrangement, either written or verbal and sometimes enforceable by law, such as a service level agreement or a customer price agreement. An agreement involves a number of other business entities, such as products, services, and resources and/or their specifications.
    agreement: AgreementRefList

    /// Complements the description of an element (for instance a product) through video, pictures...
    attachment: AttachmentRefOrValueList

    /// A type of ProductOffering that belongs to a grouping of ProductOfferings made available to the market. It inherits of all attributes of ProductOffering.
    bundledProductOffering: BundledProductOfferingList

    /// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates.
    category: CategoryRefList

    /// The channel defines the channel for selling product offerings.
    channel: ChannelRefList

    /// provides references to the corresponding market segment as target of product offerings. A market segment is grouping of Parties, GeographicAreas, SalesChannels, and so forth.
    marketSegment: MarketSegmentRefList

    /// Place defines the places where the products are sold or delivered.
    place: PlaceRefList

    /// A use of the ProductSpecificationCharacteristicValue by a ProductOffering to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering level. For example, a characteristic 'Color' might have values White, Blue, Green, and Red. But, the list of values can be restricted to e.g. White and Blue in an associated product offering. It should be noted that the list of values in 'ProductSpecificationCharacteristicValueUse' is a strict subset of the list of values as defined in the corresponding product specification characteristics.
    prodSpecCharValueUse: ProductSpecificationCharacteristicValueUseList

    /// An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased. The price is valid for a defined period of time and may not represent the actual price paid by a customer.
    productOfferingPrice: ProductOfferingPriceRefList

    /// A condition under which a ProductOffering is made available to Customers. For instance, a productOffering can be offered with multiple commitment periods.
    productOfferingTerm: ProductOfferingTermList

    /// A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.
    productSpecification: ProductSpecificationRef

    /// A resource candidate is an entity that makes a ResourceSpecification available to a catalog.
    resourceCandidate: ResourceCandidateRef

    /// ServiceCandidate is an entity that makes a ServiceSpecification available to a catalog.
    serviceCandidate: ServiceCandidateRef

    /// A service level agreement (SLA) is a type of agreement that represents a formal negotiated agreement between two parties designed to create a common understanding about products, services, priorities, responsibilities, and so forth. The SLA is a set of appropriate procedures and targets formally or informally agreed between parties in order to achieve and maintain specified Quality of Service.
    serviceLevelAgreement: SLARef

    /// The period for which the productOffering is valid
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

/// ProductPriceOffering reference. An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased
structure ProductOfferingPriceRef {
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

/// ProductOffering reference. A product offering represents entities that are orderable from the provider of the catalog, this resource includes pricing information.
structure ProductOfferingRef {
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

/// A condition under which a ProductOffering is made available to Customers. For instance, a productOffering can be offered with multiple commitment periods.
structure ProductOfferingTerm {
    /// Description of the productOfferingTerm
    description: String

    /// Name of the productOfferingTerm
    name: String

    /// Duration of the productOfferingTerm
    duration: Quantity

    /// The period for which the productOfferingTerm is valid
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
