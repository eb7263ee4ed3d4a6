$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: references and other shared sub-entities, and the list
// shapes.
namespace oda.tmf620

/// Agreement reference. An agreement represents a contract or arrangement, either written or verbal and sometimes enforceable by law, such as a service level agreement or a customer price agreement. An agreement involves a number of other business entities, such as products, services, and resources and/or their specifications.
structure AgreementRef {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
    href: String

    /// Name of the agreement
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

/// Complements the description of an element (for instance a product) through video, pictures...
structure Attachment {
    /// Unique identifier for this particular attachment
    id: String

    /// URI for this Attachment
    href: String

    /// Attachment type such as video, picture
    attachmentType: String

    /// The actual contents of the attachment object, if embedded, encoded as base64
    content: String

    /// A narrative text describing the content of the attachment
    description: String

    /// Attachment mime type such as extension file for video, picture and document
    mimeType: String

    /// The name of the attachment
    name: String

    /// Uniform Resource Locator, is a web page address (a subset of URI)
    url: String

    /// The size of the attachment.
    size: Quantity

    /// The period of time for which the attachment is valid
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

/// Attachment reference. An attachment complements the description of an element (for instance a product) through video, pictures
structure AttachmentRef {
    /// Unique-Identifier for this attachment
    @required
    id: String

    /// URL serving as reference for the attachment resource
    href: String

    /// A narrative text describing the content of the attachment
    description: String

    /// Name of the related entity.
    name: String

    /// Link to the attachment media/content
    url: String

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

/// An attachment by value or by reference. For AttachmentRefOrValue, the attribute type,schemaLocation and referredType are related to the contained entity and not to AttchmentRefOrValue itself
structure AttachmentRefOrValue {
    /// Unique identifier for this particular attachment
    id: String

    /// URI for this Attachment
    href: String

    /// Attachment type such as video, picture
    attachmentType: String

    /// The actual contents of the attachment object, if embedded, encoded as base64
    content: String

    /// A narrative text describing the content of the attachment
    description: String

    /// Attachment mime type such as extension file for video, picture and document
    mimeType: String

    /// The name of the attachment
    name: String

    /// Uniform Resource Locator, is a web page address (a subset of URI)
    url: String

    /// The size of the attachment.
    size: Quantity

    /// The period of time for which the attachment is valid
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

    /// The actual type of the target instance when needed for disambiguation.
    @jsonName("@referredType")
    referredType: String
}

/// The channel to which the resource reference to. e.g. channel for selling product offerings, channel for opening a trouble ticket etc..
structure ChannelRef {
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

/// Constraint reference. The Constraint resource represents a policy/rule applied to an entity or entity spec.
structure ConstraintRef {
    /// reference id to the target constraint
    @required
    id: String

    /// Hyperlink reference to the target constraint
    href: String

    /// Name given to the constraint
    name: String

    /// constraint version
    version: String

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String

    /// The (class) type of the referred constraint
    @jsonName("@referredType")
    referredType: String
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

/// provides references to the corresponding market segment as target of product offerings. A market segment is grouping of Parties, GeographicAreas, SalesChannels, and so forth.
structure MarketSegmentRef {
    /// Unique identifier of the market segment
    @required
    id: String

    /// Reference of the market segment
    href: String

    /// Name of the market segment
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

    /// (Class) type of the referred market segment
    @jsonName("@referredType")
    referredType: String
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

/// ResourceCandidate reference: A resource candidate is an entity that makes a ResourceSpecification available to a catalog.
structure ResourceCandidateRef {
    /// Unique identifier of the resource candidate
    @required
    id: String

    /// Reference of the resource candidate
    href: String

    /// Name of the resource candidate
    name: String

    /// Version of the resource candidate
    version: String

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

/// Resource Specification reference: The ResourceSpecification is required to realize a ProductSpecification.
structure ResourceSpecificationRef {
    /// Unique identifier of the resource specification
    @required
    id: String

    /// Reference of the resource specification
    href: String

    /// Name of the requiredResourceSpecification
    name: String

    /// Resource specification version
    version: String

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

/// ServiceLevelAgreement reference: A service level agreement (SLA) is a type of agreement that represents a formal negotiated agreement between two parties designed to create a common understanding about products, services, priorities, responsibilities, and so forth. The SLA is a set of appropriate procedures and targets formally or informally agreed between parties in order to achieve and maintain specified Quality of Service.
structure SLARef {
    /// Unique identifier of service level agreement
    @required
    id: String

    /// Reference of the service level agreement
    href: String

    /// Name of the service level agreement
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

/// ServiceCandidate reference. ServiceCandidate is an entity that makes a ServiceSpecification available to a catalog.
structure ServiceCandidateRef {
    /// Unique identifier of the service candidate
    @required
    id: String

    /// Unique reference of the service candidate
    href: String

    /// Name of the service candidate
    name: String

    /// Version of the service candidate
    version: String

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

/// Service specification reference: ServiceSpecification(s) required to realize a ProductSpecification.
structure ServiceSpecificationRef {
    /// Unique identifier of the service specification
    @required
    id: String

    /// Reference of the serviceSpecification
    href: String

    /// Name of the requiredServiceSpecification
    name: String

    /// Service specification version
    version: String

    /// A target service schema reference (TargetServiceSchemaRef). The reference object to the schema and type of target service which is described by service specification.
    targetServiceSchema: TargetServiceSchema

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

/// The reference object to the schema and type of target service which is described by service specification
structure TargetServiceSchema {
    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// This field provides a link to the schema describing the target service
    @required
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// Class type of the target service
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

list AgreementRefList {
    member: AgreementRef
}

list AttachmentRefOrValueList {
    member: AttachmentRefOrValue
}

list BundledProductOfferingList {
    member: BundledProductOffering
}

list BundledProductOfferingPriceRelationshipList {
    member: BundledProductOfferingPriceRelationship
}

list BundledProductSpecificationList {
    member: BundledProductSpecification
}

list CatalogList {
    member: Catalog
}

list CategoryList {
    member: Category
}

list CategoryRefList {
    member: CategoryRef
}

list ChannelRefList {
    member: ChannelRef
}

list ConstraintRefList {
    member: ConstraintRef
}

list ExportJobList {
    member: ExportJob
}

list ImportJobList {
    member: ImportJob
}

list MarketSegmentRefList {
    member: MarketSegmentRef
}

list PlaceRefList {
    member: PlaceRef
}

list PricingLogicAlgorithmList {
    member: PricingLogicAlgorithm
}

list ProductOfferingList {
    member: ProductOffering
}

list ProductOfferingPriceList {
    member: ProductOfferingPrice
}

list ProductOfferingPriceRefList {
    member: ProductOfferingPriceRef
}

list ProductOfferingPriceRelationshipList {
    member: ProductOfferingPriceRelationship
}

list ProductOfferingRefList {
    member: ProductOfferingRef
}

list ProductOfferingTermList {
    member: ProductOfferingTerm
}

list ProductSpecificationCharacteristicList {
    member: ProductSpecificationCharacteristic
}

list ProductSpecificationCharacteristicRelationshipList {
    member: ProductSpecificationCharacteristicRelationship
}

list ProductSpecificationCharacteristicValueList {
    member: ProductSpecificationCharacteristicValue
}

list ProductSpecificationCharacteristicValueUseList {
    member: ProductSpecificationCharacteristicValueUse
}

list ProductSpecificationList {
    member: ProductSpecification
}

list ProductSpecificationRelationshipList {
    member: ProductSpecificationRelationship
}

list RelatedPartyList {
    member: RelatedParty
}

list ResourceSpecificationRefList {
    member: ResourceSpecificationRef
}

list ServiceSpecificationRefList {
    member: ServiceSpecificationRef
}

list TaxItemList {
    member: TaxItem
}
