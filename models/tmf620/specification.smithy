$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: `ProductSpecification` with its create and update
// bodies and its characteristics.
namespace oda.tmf620

/// A type of ProductSpecification that belongs to a grouping of ProductSpecifications made available to the market. It inherits of all attributes of ProductSpecification.
structure BundledProductSpecification {
    /// Unique identifier of the product specification
    id: String

    /// Reference of the product specification
    href: String

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the product specification
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

/// Is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.
@oda#tmfResource(path: "/productSpecification")
structure ProductSpecification {
    /// Unique identifier of the product specification
    id: String

    /// Reference of the product specification
    href: String

    /// The manufacturer or trademark of the specification
    brand: String

    /// A narrative that explains in detail what the product specification is
    description: String

    /// isBundle determines whether a productSpecification represents a single productSpecification (false), or a bundle of productSpecification (true).
    isBundle: Boolean

    /// Date and time of the last update
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the product specification
    name: String

    /// An identification number assigned to uniquely identity the specification
    productNumber: String

    /// Product specification version
    version: String

    /// Complements the description of an element (for instance a product) through video, pictures...
    attachment: AttachmentRefOrValueList

    /// A type of ProductSpecification that belongs to a grouping of ProductSpecifications made available to the market. It inherits of all attributes of ProductSpecification.
    bundledProductSpecification: BundledProductSpecificationList

    /// A characteristic quality or distinctive feature of a ProductSpecification.  The characteristic can be take on a discrete value, such as color, can take on a range of values, (for example, sensitivity of 100-240 mV), or can be derived from a formula (for example, usage time (hrs) = 30 - talk time *3). Certain characteristics, such as color, may be configured during the ordering or some other process.
    productSpecCharacteristic: ProductSpecificationCharacteristicList

    /// A migration, substitution, dependency or exclusivity relationship between/among product specifications.
    productSpecificationRelationship: ProductSpecificationRelationshipList

    /// A related party defines party or party role linked to a specific entity.
    relatedParty: RelatedPartyList

    /// The ResourceSpecification is required to realize a ProductSpecification.
    resourceSpecification: ResourceSpecificationRefList

    /// ServiceSpecification(s) required to realize a ProductSpecification.
    serviceSpecification: ServiceSpecificationRefList

    /// A target product schema reference. The reference object to the schema and type of target product which is described by product specification.
    targetProductSchema: TargetProductSchema

    /// The period for which the product specification is valid
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

/// Is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.
/// Skipped properties: id,href
structure ProductSpecification_Create {
    /// The manufacturer or trademark of the specification
    brand: String

    /// A narrative that explains in detail what the product specification is
    description: String

    /// isBundle determines whether a productSpecification represents a single productSpecification (false), or a bundle of productSpecification (true).
    isBundle: Boolean

    /// Date and time of the last update
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the product specification
    @required
    name: String

    /// An identification number assigned to uniquely identity the specification
    productNumber: String

    /// Product specification version
    version: String

    /// Complements the description of an element (for instance a product) through video, pictures...
    attachment: AttachmentRefOrValueList

    /// A type of ProductSpecification that belongs to a grouping of ProductSpecifications made available to the market. It inherits of all attributes of ProductSpecification.
    bundledProductSpecification: BundledProductSpecificationList

    /// A characteristic quality or distinctive feature of a ProductSpecification.  The characteristic can be take on a discrete value, such as color, can take on a range of values, (for example, sensitivity of 100-240 mV), or can be derived from a formula (for example, usage time (hrs) = 30 - talk time *3). Certain characteristics, such as color, may be configured during the ordering or some other process.
    productSpecCharacteristic: ProductSpecificationCharacteristicList

    /// A migration, substitution, dependency or exclusivity relationship between/among product specifications.
    productSpecificationRelationship: ProductSpecificationRelationshipList

    /// A related party defines party or party role linked to a specific entity.
    relatedParty: RelatedPartyList

    /// The ResourceSpecification is required to realize a ProductSpecification.
    resourceSpecification: ResourceSpecificationRefList

    /// ServiceSpecification(s) required to realize a ProductSpecification.
    serviceSpecification: ServiceSpecificationRefList

    /// A target product schema reference. The reference object to the schema and type of target product which is described by product specification.
    targetProductSchema: TargetProductSchema

    /// The period for which the product specification is valid
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

/// Is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.
/// Skipped properties: id,href,lastUpdate
structure ProductSpecification_Update {
    /// The manufacturer or trademark of the specification
    brand: String

    /// A narrative that explains in detail what the product specification is
    description: String

    /// isBundle determines whether a productSpecification represents a single productSpecification (false), or a bundle of productSpecification (true).
    isBundle: Boolean

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the product specification
    name: String

    /// An identification number assigned to uniquely identity the specification
    productNumber: String

    /// Product specification version
    version: String

    /// Complements the description of an element (for instance a product) through video, pictures...
    attachment: AttachmentRefOrValueList

    /// A type of ProductSpecification that belongs to a grouping of ProductSpecifications made available to the market. It inherits of all attributes of ProductSpecification.
    bundledProductSpecification: BundledProductSpecificationList

    /// A characteristic quality or distinctive feature of a ProductSpecification.  The characteristic can be take on a discrete value, such as color, can take on a range of values, (for example, sensitivity of 100-240 mV), or can be derived from a formula (for example, usage time (hrs) = 30 - talk time *3). Certain characteristics, such as color, may be configured during the ordering or some other process.
    productSpecCharacteristic: ProductSpecificationCharacteristicList

    /// A migration, substitution, dependency or exclusivity relationship between/among product specifications.
    productSpecificationRelationship: ProductSpecificationRelationshipList

    /// A related party defines party or party role linked to a specific entity.
    relatedParty: RelatedPartyList

    /// The ResourceSpecification is required to realize a ProductSpecification.
    resourceSpecification: ResourceSpecificationRefList

    /// ServiceSpecification(s) required to realize a ProductSpecification.
    serviceSpecification: ServiceSpecificationRefList

    /// A target product schema reference. The reference object to the schema and type of target product which is described by product specification.
    targetProductSchema: TargetProductSchema

    /// The period for which the product specification is valid
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

/// A characteristic quality or distinctive feature of a ProductSpecification.  The characteristic can be take on a discrete value, such as color, can take on a range of values, (for example, sensitivity of 100-240 mV), or can be derived from a formula (for example, usage time (hrs) = 30 - talk time *3). Certain characteristics, such as color, may be configured during the ordering or some other process.
structure ProductSpecificationCharacteristic {
    /// If true, the Boolean indicates that the ProductSpecificationCharacteristic is configurable
    configurable: Boolean

    /// A narrative that explains in detail what the ProductSpecificationCharacteristic is
    description: String

    /// An indicator that specifies that the values for the characteristic can be extended by adding new values when instantiating a characteristic for a product
    extensible: Boolean

    /// An indicator that specifies if a value is unique for the specification. Possible values are; "unique while value is in effect" and "unique whether value is in effect or not"
    isUnique: Boolean

    /// The maximum number of instances a CharacteristicValue can take on. For example, zero to five phone numbers in a group calling plan, where five is the value for the maxCardinality
    maxCardinality: Integer

    /// The minimum number of instances a CharacteristicValue can take on. For example, zero to five phone numbers in a group calling plan, where zero is the value for the minCardinality
    minCardinality: Integer

    /// Name of the ProductSpecificationCharacteristic
    name: String

    /// A rule or principle represented in regular expression used to derive the value of a characteristic value
    regex: String

    /// A kind of value that the characteristic can take on, such as numeric, text and so forth
    valueType: String

    /// An aggregation, migration, substitution, dependency or exclusivity relationship between/among Specification Characteristics.
    productSpecCharRelationship: ProductSpecificationCharacteristicRelationshipList

    /// A ProductSpecificationCharacteristicValue object is used to define a set of attributes, each of which can be assigned to a corresponding set of attributes in a ProductSpecificationCharacteristic object. The values of the attributes in the ProductSpecificationCharacteristicValue object describe the values of the attributes that a corresponding ProductSpecificationCharacteristic object can take on.
    productSpecCharacteristicValue: ProductSpecificationCharacteristicValueList

    /// The period for which the ProductSpecificationCharacteristic is valid
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

/// An aggregation, migration, substitution, dependency or exclusivity relationship between/among productSpecificationCharacteristics.
structure ProductSpecificationCharacteristicRelationship {
    /// the identifier of the associated product specification
    id: String

    /// Hyperlink reference to the target product specification
    href: String

    /// The order in which a CharacteristicSpecification appears within another CharacteristicSpecification that defines a grouping of CharacteristicSpecifications.
    ///
    /// For example, a grouping may represent the name of an individual. The given name is first, the middle name is second, and the last name is third.
    charSpecSeq: Integer

    /// Name of the target product specification characteristic
    name: String

    /// Type of relationship such as aggregation, migration, substitution, dependency, exclusivity
    relationshipType: String

    /// The period for which the productSpecificationCharacteristicRelationship is valid
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

/// A ProductSpecificationCharacteristicValue object is used to define a set of attributes, each of which can be assigned to a corresponding set of attributes in a ProductSpecificationCharacteristic object. The values of the attributes in the ProductSpecificationCharacteristicValue object describe the values of the attributes that a corresponding ProductSpecificationCharacteristic object can take on.
structure ProductSpecificationCharacteristicValue {
    /// Indicates if the value is the default value for a characteristic
    isDefault: Boolean

    /// An indicator that specifies the inclusion or exclusion of the valueFrom and valueTo attributes. If applicable, possible values are "open", "closed", "closedBottom" and "closedTop".
    rangeInterval: String

    /// Regular expression to define constraint on the allowed value
    regex: String

    /// A length, surface, volume, dry measure, liquid measure, money, weight, time, and the like. In general, a determinate quantity or magnitude of the kind designated, taken as a standard of comparison for others of the same kind, in assigning to them numerical values, as 1 foot, 1 yard, 1 mile, 1 square foot.
    unitOfMeasure: String

    /// The low range value that a characteristic can take on
    valueFrom: String

    /// The upper range value that a characteristic can take on
    valueTo: String

    /// A kind of value that the characteristic can take on, such as numeric, text, and so forth
    valueType: String

    /// The period of time for which a value is applicable
    validFor: TimePeriod

    /// A discrete value that the characteristic can take on, or the actual value of the characteristic
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

/// A use of the ProductSpecificationCharacteristicValue by a ProductOffering to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering level. For example, a characteristic 'Color' might have values White, Blue, Green, and Red. But, the list of values can be restricted to e.g. White and Blue in an associated product offering. It should be noted that the list of values in 'ProductSpecificationCharacteristicValueUse' is a strict subset of the list of values as defined in the corresponding product specification characteristics.
structure ProductSpecificationCharacteristicValueUse {
    /// A narrative that explains in detail what the productSpecificationCharacteristic is
    description: String

    /// The maximum number of instances a CharacteristicValue can take on. For example, zero to five phone numbers in a group calling plan, where five is the value for the maxCardinality.
    maxCardinality: Integer

    /// The minimum number of instances a CharacteristicValue can take on. For example, zero to five phone numbers in a group calling plan, where zero is the value for the minCardinality.
    minCardinality: Integer

    /// Name of the associated productSpecificationCharacteristic
    name: String

    /// A kind of value that the characteristic can take on, such as numeric, text and so forth
    valueType: String

    /// A number or text that can be assigned to a ProductSpecificationCharacteristic.
    productSpecCharacteristicValue: ProductSpecificationCharacteristicValueList

    /// A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.
    productSpecification: ProductSpecificationRef

    /// The period for which the productSpecificationCharacteristic is valid
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

/// Product specification reference: A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.
structure ProductSpecificationRef {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
    href: String

    /// Name of the related entity.
    name: String

    /// Version of the product specification
    version: String

    /// A target product schema reference. The reference object to the schema and type of target product which is described by product specification.
    targetProductSchema: TargetProductSchema

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

/// A migration, substitution, dependency or exclusivity relationship between/among product specifications.
structure ProductSpecificationRelationship {
    /// Unique identifier of the productSpecification
    id: String

    /// Reference of the productSpecification
    href: String

    /// Type of relationship such as migration, substitution, dependency, exclusivity
    relationshipType: String

    /// The period for which the productSpecificationRelationship is valid
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
