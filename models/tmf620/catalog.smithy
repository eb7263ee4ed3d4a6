$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: `Catalog` and `Category` with their create and update
// bodies. Transcribed from TMF620-ProductCatalog-v4.0.0.swagger.json; property descriptions are the
// specification's.
namespace oda.tmf620

/// A collection of Product Offerings, intended for a specific DistributionChannel, enhanced with additional information such as SLA parameters, invoicing and shipping details
@oda#tmfResource(path: "/catalog")
structure Catalog {
    /// Unique identifier of the Catalog
    id: String

    /// Unique reference of the catalog
    href: String

    /// Indicates if the catalog is a product, service or resource catalog
    catalogType: String

    /// Description of this catalog
    description: String

    /// Date and time of the last update
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the catalog
    name: String

    /// Catalog version
    version: String

    /// List of root categories contained in this catalog
    category: CategoryRefList

    /// List of parties involved in this catalog
    relatedParty: RelatedPartyList

    /// The period for which the catalog is valid
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

/// A collection of Product Offerings, intended for a specific DistributionChannel, enhanced with additional information such as SLA parameters, invoicing and shipping details
/// Skipped properties: id,href
structure Catalog_Create {
    /// Indicates if the catalog is a product, service or resource catalog
    catalogType: String

    /// Description of this catalog
    description: String

    /// Date and time of the last update
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the catalog
    @required
    name: String

    /// Catalog version
    version: String

    /// List of root categories contained in this catalog
    category: CategoryRefList

    /// List of parties involved in this catalog
    relatedParty: RelatedPartyList

    /// The period for which the catalog is valid
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

/// A collection of Product Offerings, intended for a specific DistributionChannel, enhanced with additional information such as SLA parameters, invoicing and shipping details
/// Skipped properties: id,href,lastUpdate
structure Catalog_Update {
    /// Indicates if the catalog is a product, service or resource catalog
    catalogType: String

    /// Description of this catalog
    description: String

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the catalog
    name: String

    /// Catalog version
    version: String

    /// List of root categories contained in this catalog
    category: CategoryRefList

    /// List of parties involved in this catalog
    relatedParty: RelatedPartyList

    /// The period for which the catalog is valid
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

/// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates.
@oda#tmfResource(path: "/category")
structure Category {
    /// Unique identifier of the category
    id: String

    /// Reference of the category
    href: String

    /// Description of the category
    description: String

    /// If true, this Boolean indicates that the category is a root of categories
    isRoot: Boolean

    /// Date and time of the last update
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the category
    name: String

    /// Unique identifier of the parent category
    parentId: String

    /// Category version
    version: String

    /// A product offering represents entities that are orderable from the provider of the catalog, this resource includes pricing information.
    productOffering: ProductOfferingRefList

    /// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other (sub-)categories and/or product offerings.
    subCategory: CategoryRefList

    /// The period for which the category is valid
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

/// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates.
/// Skipped properties: id,href
structure Category_Create {
    /// Description of the category
    description: String

    /// If true, this Boolean indicates that the category is a root of categories
    isRoot: Boolean

    /// Date and time of the last update
    @timestampFormat("date-time")
    lastUpdate: Timestamp

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the category
    @required
    name: String

    /// Unique identifier of the parent category
    parentId: String

    /// Category version
    version: String

    /// A product offering represents entities that are orderable from the provider of the catalog, this resource includes pricing information.
    productOffering: ProductOfferingRefList

    /// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other (sub-)categories and/or product offerings.
    subCategory: CategoryRefList

    /// The period for which the category is valid
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

/// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates.
/// Skipped properties: id,href,lastUpdate
structure Category_Update {
    /// Description of the category
    description: String

    /// If true, this Boolean indicates that the category is a root of categories
    isRoot: Boolean

    /// Used to indicate the current lifecycle status
    lifecycleStatus: String

    /// Name of the category
    name: String

    /// Unique identifier of the parent category
    parentId: String

    /// Category version
    version: String

    /// A product offering represents entities that are orderable from the provider of the catalog, this resource includes pricing information.
    productOffering: ProductOfferingRefList

    /// The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other (sub-)categories and/or product offerings.
    subCategory: CategoryRefList

    /// The period for which the category is valid
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

/// The category for grouping recommendations
structure CategoryRef {
    /// Unique identifier of a related entity.
    @required
    id: String

    /// Reference of the related entity.
    href: String

    /// Name of the related entity.
    name: String

    /// Category version
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
