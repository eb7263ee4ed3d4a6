$version: "2.0"

// TMF638 Service Inventory v4.0.0: the `Service` resource, its create and update bodies
// (`Service_Create`, `Service_Update`) and the service references. Transcribed from
// TMF638-ServiceInventory-v4.0.0.swagger.json; property descriptions are the specification's.
namespace oda.tmf638

/// Service is a base class for defining the Service hierarchy. All Services are characterized as either being possibly visible and usable by a Customer or not. This gives rise to the two subclasses of Service: CustomerFacingService and ResourceFacingService.
@oda#tmfResource(path: "/service")
structure Service {
    /// Unique identifier of the service
    id: String

    /// Reference of the service
    href: String

    /// Is it a customer facing or resource facing service
    category: String

    /// Free-text description of the service
    description: String

    /// Date when the service ends
    @timestampFormat("date-time")
    endDate: Timestamp

    /// If TRUE, this Service has already been started
    hasStarted: Boolean

    /// If true, the service is a ServiceBundle which regroup a service hierachy. If false, the service is a 'atomic' service (hierachy leaf).
    isBundle: Boolean

    /// If FALSE and hasStarted is FALSE, this particular Service has NOT been enabled for use - if FALSE and hasStarted is TRUE then the service has failed
    isServiceEnabled: Boolean

    /// If TRUE, this Service can be changed without affecting any other services
    isStateful: Boolean

    /// Name of the service
    name: String

    /// Date when the service was created (whatever its status).
    serviceDate: String

    /// Business type of the service
    serviceType: String

    /// Date when the service starts
    @timestampFormat("date-time")
    startDate: Timestamp

    /// This attribute is an enumerated integer that indicates how the Service is started, such as: 0: Unknown; 1: Automatically by the managed environment; 2: Automatically by the owning device; 3: Manually by the Provider of the Service; 4: Manually by a Customer of the Provider; 5: Any of the above
    startMode: String

    /// A list of feature associated with this service
    feature: FeatureList

    /// A list of notes made on this service
    note: NoteList

    /// A list of places (Place [*]). Used to define a place useful for the service (for example a geographical place whre the service is installed)
    place: RelatedPlaceRefOrValueList

    /// A list of related  entity in relationship with this service
    relatedEntity: RelatedEntityRefOrValueList

    /// A list of related party references (RelatedParty [*]). A related party defines party or party role linked to a specific entity
    relatedParty: RelatedPartyList

    /// A list of characteristics that characterize this service (ServiceCharacteristic [*])
    serviceCharacteristic: CharacteristicList

    /// A list of service order items related to this service
    serviceOrderItem: RelatedServiceOrderItemList

    /// A list of service relationships (ServiceRelationship [*]). Describes links with other service(s) in the inventory.
    serviceRelationship: ServiceRelationshipList

    /// The specification from which this service was instantiated
    serviceSpecification: ServiceSpecificationRef

    /// The life cycle state of the service, such as designed, reserved, active, etc...
    state: ServiceStateType

    /// A list of supporting resources (SupportingResource [*]).Note: only Service of type RFS can be associated with Resources
    supportingResource: ResourceRefList

    /// A list of supporting services (SupportingService [*]). A collection of services that support this service (bundling, link CFS to RFS)
    supportingService: ServiceRefOrValueList

    /// When sub-classing, this defines the super-class (not in the published v4 schema; see docs/models.md)
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships (not in the published v4 schema; see docs/models.md)
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name (not in the published v4 schema; see docs/models.md)
    @jsonName("@type")
    type: String
}

/// Service is a base class for defining the Service hierarchy. All Services are characterized as either being possibly visible and usable by a Customer or not. This gives rise to the two subclasses of Service: CustomerFacingService and ResourceFacingService.
/// Skipped properties: id,href
structure Service_Create {
    /// Is it a customer facing or resource facing service
    category: String

    /// Free-text description of the service
    description: String

    /// Date when the service ends
    @timestampFormat("date-time")
    endDate: Timestamp

    /// If TRUE, this Service has already been started
    hasStarted: Boolean

    /// If true, the service is a ServiceBundle which regroup a service hierachy. If false, the service is a 'atomic' service (hierachy leaf).
    isBundle: Boolean

    /// If FALSE and hasStarted is FALSE, this particular Service has NOT been enabled for use - if FALSE and hasStarted is TRUE then the service has failed
    isServiceEnabled: Boolean

    /// If TRUE, this Service can be changed without affecting any other services
    isStateful: Boolean

    /// Name of the service
    name: String

    /// Date when the service was created (whatever its status).
    serviceDate: String

    /// Business type of the service
    serviceType: String

    /// Date when the service starts
    @timestampFormat("date-time")
    startDate: Timestamp

    /// This attribute is an enumerated integer that indicates how the Service is started, such as: 0: Unknown; 1: Automatically by the managed environment; 2: Automatically by the owning device; 3: Manually by the Provider of the Service; 4: Manually by a Customer of the Provider; 5: Any of the above
    startMode: String

    /// A list of feature associated with this service
    feature: FeatureList

    /// A list of notes made on this service
    note: NoteList

    /// A list of places (Place [*]). Used to define a place useful for the service (for example a geographical place whre the service is installed)
    place: RelatedPlaceRefOrValueList

    /// A list of related  entity in relationship with this service
    relatedEntity: RelatedEntityRefOrValueList

    /// A list of related party references (RelatedParty [*]). A related party defines party or party role linked to a specific entity
    relatedParty: RelatedPartyList

    /// A list of characteristics that characterize this service (ServiceCharacteristic [*])
    serviceCharacteristic: CharacteristicList

    /// A list of service order items related to this service
    serviceOrderItem: RelatedServiceOrderItemList

    /// A list of service relationships (ServiceRelationship [*]). Describes links with other service(s) in the inventory.
    serviceRelationship: ServiceRelationshipList

    /// The specification from which this service was instantiated
    @required
    serviceSpecification: ServiceSpecificationRef

    /// The life cycle state of the service, such as designed, reserved, active, etc...
    @required
    state: ServiceStateType

    /// A list of supporting resources (SupportingResource [*]).Note: only Service of type RFS can be associated with Resources
    supportingResource: ResourceRefList

    /// A list of supporting services (SupportingService [*]). A collection of services that support this service (bundling, link CFS to RFS)
    supportingService: ServiceRefOrValueList

    /// When sub-classing, this defines the super-class (not in the published v4 schema; see docs/models.md)
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships (not in the published v4 schema; see docs/models.md)
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name (not in the published v4 schema; see docs/models.md)
    @jsonName("@type")
    type: String
}

/// Service is a base class for defining the Service hierarchy. All Services are characterized as either being possibly visible and usable by a Customer or not. This gives rise to the two subclasses of Service: CustomerFacingService and ResourceFacingService.
/// Skipped properties: id,href,serviceDate
structure Service_Update {
    /// Is it a customer facing or resource facing service
    category: String

    /// Free-text description of the service
    description: String

    /// Date when the service ends
    @timestampFormat("date-time")
    endDate: Timestamp

    /// If TRUE, this Service has already been started
    hasStarted: Boolean

    /// If true, the service is a ServiceBundle which regroup a service hierachy. If false, the service is a 'atomic' service (hierachy leaf).
    isBundle: Boolean

    /// If FALSE and hasStarted is FALSE, this particular Service has NOT been enabled for use - if FALSE and hasStarted is TRUE then the service has failed
    isServiceEnabled: Boolean

    /// If TRUE, this Service can be changed without affecting any other services
    isStateful: Boolean

    /// Name of the service
    name: String

    /// Business type of the service
    serviceType: String

    /// Date when the service starts
    @timestampFormat("date-time")
    startDate: Timestamp

    /// This attribute is an enumerated integer that indicates how the Service is started, such as: 0: Unknown; 1: Automatically by the managed environment; 2: Automatically by the owning device; 3: Manually by the Provider of the Service; 4: Manually by a Customer of the Provider; 5: Any of the above
    startMode: String

    /// A list of feature associated with this service
    feature: FeatureList

    /// A list of notes made on this service
    note: NoteList

    /// A list of places (Place [*]). Used to define a place useful for the service (for example a geographical place whre the service is installed)
    place: RelatedPlaceRefOrValueList

    /// A list of related  entity in relationship with this service
    relatedEntity: RelatedEntityRefOrValueList

    /// A list of related party references (RelatedParty [*]). A related party defines party or party role linked to a specific entity
    relatedParty: RelatedPartyList

    /// A list of characteristics that characterize this service (ServiceCharacteristic [*])
    serviceCharacteristic: CharacteristicList

    /// A list of service order items related to this service
    serviceOrderItem: RelatedServiceOrderItemList

    /// A list of service relationships (ServiceRelationship [*]). Describes links with other service(s) in the inventory.
    serviceRelationship: ServiceRelationshipList

    /// The specification from which this service was instantiated
    serviceSpecification: ServiceSpecificationRef

    /// The life cycle state of the service, such as designed, reserved, active, etc...
    state: ServiceStateType

    /// A list of supporting resources (SupportingResource [*]).Note: only Service of type RFS can be associated with Resources
    supportingResource: ResourceRefList

    /// A list of supporting services (SupportingService [*]). A collection of services that support this service (bundling, link CFS to RFS)
    supportingService: ServiceRefOrValueList

    /// When sub-classing, this defines the super-class (not in the published v4 schema; see docs/models.md)
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships (not in the published v4 schema; see docs/models.md)
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name (not in the published v4 schema; see docs/models.md)
    @jsonName("@type")
    type: String
}

/// Service reference, for when Service is used by other entities
structure ServiceRef {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference (format: uri)
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

/// A Service to be created defined by value or existing defined by reference. The polymorphic attributes @type, @schemaLocation & @referredType are related to the Service entity and not the RelatedServiceRefOrValue class itself
structure ServiceRefOrValue {
    /// Unique identifier of the service
    @required
    id: String

    /// Reference of the service
    href: String

    /// Is it a customer facing or resource facing service
    category: String

    /// Free-text description of the service
    description: String

    /// Date when the service ends
    @timestampFormat("date-time")
    endDate: Timestamp

    /// If TRUE, this Service has already been started
    hasStarted: Boolean

    /// If true, the service is a ServiceBundle which regroup a service hierachy. If false, the service is a 'atomic' service (hierachy leaf).
    isBundle: Boolean

    /// If FALSE and hasStarted is FALSE, this particular Service has NOT been enabled for use - if FALSE and hasStarted is TRUE then the service has failed
    isServiceEnabled: Boolean

    /// If TRUE, this Service can be changed without affecting any other services
    isStateful: Boolean

    /// Name of the service
    name: String

    /// Date when the service was created (whatever its status).
    serviceDate: String

    /// Business type of the service
    serviceType: String

    /// Date when the service starts
    @timestampFormat("date-time")
    startDate: Timestamp

    /// This attribute is an enumerated integer that indicates how the Service is started, such as: 0: Unknown; 1: Automatically by the managed environment; 2: Automatically by the owning device; 3: Manually by the Provider of the Service; 4: Manually by a Customer of the Provider; 5: Any of the above
    startMode: String

    /// A list of feature associated with this service
    feature: FeatureList

    /// A list of notes made on this service
    note: NoteList

    /// A list of places (Place [*]). Used to define a place useful for the service (for example a geographical place whre the service is installed)
    place: RelatedPlaceRefOrValueList

    /// A list of related  entity in relationship with this service
    relatedEntity: RelatedEntityRefOrValueList

    /// A list of related party references (RelatedParty [*]). A related party defines party or party role linked to a specific entity
    relatedParty: RelatedPartyList

    /// A list of characteristics that characterize this service (ServiceCharacteristic [*])
    serviceCharacteristic: CharacteristicList

    /// A list of service order items related to this service
    serviceOrderItem: RelatedServiceOrderItemList

    /// A list of service relationships (ServiceRelationship [*]). Describes links with other service(s) in the inventory.
    serviceRelationship: ServiceRelationshipList

    /// The specification from which this service was instantiated
    serviceSpecification: ServiceSpecificationRef

    /// The life cycle state of the service, such as designed, reserved, active, etc...
    state: ServiceStateType

    /// A list of supporting resources (SupportingResource [*]).Note: only Service of type RFS can be associated with Resources
    supportingResource: ResourceRefList

    /// A list of supporting services (SupportingService [*]). A collection of services that support this service (bundling, link CFS to RFS)
    supportingService: ServiceRefOrValueList

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

structure ServiceRelationship {
    @required
    relationshipType: String

    @required
    service: ServiceRefOrValue

    serviceRelationshipCharacteristic: CharacteristicList
}

/// Service specification reference: ServiceSpecification(s) required to realize a ProductSpecification.
structure ServiceSpecificationRef {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference (format: uri)
    href: String

    /// Name of the related entity.
    name: String

    /// Service specification version
    version: String

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

/// Valid values for the lifecycle state of the service
enum ServiceStateType {
    FEASIBILITY_CHECKED = "feasibilityChecked"
    DESIGNED = "designed"
    RESERVED = "reserved"
    INACTIVE = "inactive"
    ACTIVE = "active"
    TERMINATED = "terminated"
}
