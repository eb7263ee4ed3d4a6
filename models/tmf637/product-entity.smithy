$version: "2.0"

// TMF637 Product Inventory v4.0.0: the `Product` resource, its create and update bodies
// (`Product_Create`, `Product_Update`) and the product, offering and specification references.
// Transcribed from TMF637-ProductInventory-v4.0.0.swagger.json; property descriptions are the
// specification's.
namespace oda.tmf637

/// A product offering procured by a customer or other interested party playing a party role. A product is realized as one or more service(s) and / or resource(s).
@oda#tmfResource(path: "/product")
structure Product {
    /// Unique identifier of the product
    id: String

    /// Reference of the product
    href: String

    /// Is the description of the product. It could be copied from the description of the Product Offering.
    description: String

    /// If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.
    isBundle: Boolean

    /// If true, the product is visible by the customer.
    isCustomerVisible: Boolean

    /// Name of the product. It could be the same as the name of the product offering
    name: String

    /// Is the date when the product was ordered
    @timestampFormat("date-time")
    orderDate: Timestamp

    /// Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.
    productSerialNumber: String

    /// Is the date from which the product starts
    @timestampFormat("date-time")
    startDate: Timestamp

    /// Is the date when the product was terminated
    @timestampFormat("date-time")
    terminationDate: Timestamp

    agreement: AgreementItemRefList

    billingAccount: BillingAccountRef

    place: RelatedPlaceRefOrValueList

    product: ProductRefOrValueList

    productCharacteristic: CharacteristicList

    productOffering: ProductOfferingRef

    productOrderItem: RelatedProductOrderItemList

    productPrice: ProductPriceList

    productRelationship: ProductRelationshipList

    productSpecification: ProductSpecificationRef

    productTerm: ProductTermList

    realizingResource: ResourceRefList

    realizingService: ServiceRefList

    relatedParty: RelatedPartyList

    /// Is the lifecycle status of the product.
    status: ProductStatusType

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

/// A product offering procured by a customer or other interested party playing a party role. A product is realized as one or more service(s) and / or resource(s).
/// Skipped properties: id,href
structure Product_Create {
    /// Is the description of the product. It could be copied from the description of the Product Offering.
    description: String

    /// If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.
    isBundle: Boolean

    /// If true, the product is visible by the customer.
    isCustomerVisible: Boolean

    /// Name of the product. It could be the same as the name of the product offering
    name: String

    /// Is the date when the product was ordered
    @timestampFormat("date-time")
    orderDate: Timestamp

    /// Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.
    productSerialNumber: String

    /// Is the date from which the product starts
    @timestampFormat("date-time")
    startDate: Timestamp

    /// Is the date when the product was terminated
    @timestampFormat("date-time")
    terminationDate: Timestamp

    agreement: AgreementItemRefList

    billingAccount: BillingAccountRef

    place: RelatedPlaceRefOrValueList

    product: ProductRefOrValueList

    productCharacteristic: CharacteristicList

    productOffering: ProductOfferingRef

    productOrderItem: RelatedProductOrderItemList

    productPrice: ProductPriceList

    productRelationship: ProductRelationshipList

    productSpecification: ProductSpecificationRef

    productTerm: ProductTermList

    realizingResource: ResourceRefList

    realizingService: ServiceRefList

    relatedParty: RelatedPartyList

    /// Is the lifecycle status of the product.
    @required
    status: ProductStatusType

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

/// A product offering procured by a customer or other interested party playing a party role. A product is realized as one or more service(s) and / or resource(s).
/// Skipped properties: id,href
structure Product_Update {
    /// Is the description of the product. It could be copied from the description of the Product Offering.
    description: String

    /// If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.
    isBundle: Boolean

    /// If true, the product is visible by the customer.
    isCustomerVisible: Boolean

    /// Name of the product. It could be the same as the name of the product offering
    name: String

    /// Is the date when the product was ordered
    @timestampFormat("date-time")
    orderDate: Timestamp

    /// Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.
    productSerialNumber: String

    /// Is the date from which the product starts
    @timestampFormat("date-time")
    startDate: Timestamp

    /// Is the date when the product was terminated
    @timestampFormat("date-time")
    terminationDate: Timestamp

    agreement: AgreementItemRefList

    billingAccount: BillingAccountRef

    place: RelatedPlaceRefOrValueList

    product: ProductRefOrValueList

    productCharacteristic: CharacteristicList

    productOffering: ProductOfferingRef

    productOrderItem: RelatedProductOrderItemList

    productPrice: ProductPriceList

    productRelationship: ProductRelationshipList

    productSpecification: ProductSpecificationRef

    productTerm: ProductTermList

    realizingResource: ResourceRefList

    realizingService: ServiceRefList

    relatedParty: RelatedPartyList

    /// Is the lifecycle status of the product.
    status: ProductStatusType

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

structure ProductRef {
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

/// A product to be created defined by value or existing defined by reference. The polymorphic attributes @type, @schemaLocation & @referredType are related to the product entity and not the RelatedProductRefOrValue class itself
structure ProductRefOrValue {
    /// Unique identifier of the product
    id: String

    /// Reference of the product
    href: String

    /// Is the description of the product. It could be copied from the description of the Product Offering.
    description: String

    /// If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.
    isBundle: Boolean

    /// If true, the product is visible by the customer.
    isCustomerVisible: Boolean

    /// Name of the product. It could be the same as the name of the product offering
    name: String

    /// Is the date when the product was ordered
    @timestampFormat("date-time")
    orderDate: Timestamp

    /// Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.
    productSerialNumber: String

    /// Is the date from which the product starts
    @timestampFormat("date-time")
    startDate: Timestamp

    /// Is the date when the product was terminated
    @timestampFormat("date-time")
    terminationDate: Timestamp

    agreement: AgreementItemRefList

    billingAccount: BillingAccountRef

    place: RelatedPlaceRefOrValueList

    product: ProductRefOrValueList

    productCharacteristic: CharacteristicList

    productOffering: ProductOfferingRef

    productOrderItem: RelatedProductOrderItemList

    productPrice: ProductPriceList

    productRelationship: ProductRelationshipList

    productSpecification: ProductSpecificationRef

    productTerm: ProductTermList

    realizingResource: ResourceRefList

    realizingService: ServiceRefList

    relatedParty: RelatedPartyList

    /// Is the lifecycle status of the product.
    status: ProductStatusType

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

/// Linked products to the one instantiate, such as [bundled] if the product is a bundle and you want to describe the bundled products inside this bundle; [reliesOn] if the product needs another already owned product to rely on (e.g. an option on an already owned mobile access product) [targets] or [isTargeted] (depending on the way of expressing the link) for any other kind of links that may be useful
structure ProductRelationship {
    /// Type of the product relationship, such as [bundled] if the product is a bundle and you want to describe the bundled products inside this bundle; [reliesOn] if the product needs another already owned product to rely on (e.g. an option on an already owned mobile access product) [targets] or [isTargeted] (depending on the way of expressing the link) for any other kind of links that may be useful
    @required
    relationshipType: String

    @required
    product: ProductRefOrValue

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

/// Possible values for the status of the product
enum ProductStatusType {
    CREATED = "created"
    PENDING_ACTIVE = "pendingActive"
    CANCELLED = "cancelled"
    ACTIVE = "active"
    PENDING_TERMINATE = "pendingTerminate"
    TERMINATED = "terminated"
    SUSPENDED = "suspended"
    ABORTED = "aborted "
}
