$version: "2.0"

// TMF638 Service Inventory v4.0.0: sub-entities of `Service` (characteristics, features, notes,
// places, parties, resource and order item references) and the list shapes.
namespace oda.tmf638

/// Base schema for adressable entities
structure Addressable {
    /// unique identifier
    id: String

    /// Hyperlink reference (format: uri)
    href: String
}

/// Describes a given characteristic of an object or entity through a name/value pair.
structure Characteristic {
    /// Unique identifier of the characteristic
    id: String

    /// Name of the characteristic
    @required
    name: String

    /// Data type of the value of the characteristic
    valueType: String

    characteristicRelationship: CharacteristicRelationshipList

    /// The value of the characteristic
    @required
    value: Document

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

/// Another Characteristic that is related to the current Characteristic;
structure CharacteristicRelationship {
    /// Unique identifier of the characteristic
    id: String

    /// The type of relationship
    relationshipType: String
}

/// Constraint reference. The Constraint resource represents a policy/rule applied to an entity or entity spec.
structure ConstraintRef {
    /// reference id to the target constraint
    @required
    id: String

    /// Hyperlink reference to the target constraint (format: uri)
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

    /// When sub-classing, this defines the sub-class Extensible name
    @jsonName("@type")
    type: String

    /// The (class) type of the referred constraint
    @jsonName("@referredType")
    referredType: String
}

/// Entity reference schema to be use for all entityRef class.
structure EntityRef {
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

/// Base entity value  schema for use in TMForum Open-APIs
structure EntityValue {
    /// Unique identifier of a related entity.
    id: String

    /// Reference of the related entity.
    href: String
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

/// Configuration feature.
structure Feature {
    /// Unique identifier of the feature.
    @required
    id: String

    /// True if this is a feature group. Default is false.
    isBundle: Boolean

    /// True if this feature is enabled. Default is true.
    isEnabled: Boolean

    /// This is the name for the feature.
    @required
    name: String

    /// This is a list of feature constraints.
    constraint: ConstraintRefList

    /// This is a list of Characteristics for a particular feature.
    @required
    featureCharacteristic: CharacteristicList

    featureRelationship: FeatureRelationshipList

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

/// Configuration feature
structure FeatureRelationship {
    /// Unique identifier of the target feature.
    id: String

    /// This is the name of the target feature.
    @required
    name: String

    /// This is the type of the feature relationship.
    @required
    relationshipType: String

    /// The period for which this feature relationship is valid.
    validFor: TimePeriod
}

/// Extra information about a given entity
structure Note {
    /// Identifier of the note within its containing entity (may or may not be globally unique, depending on provider implementation)
    id: String

    /// Author of the note
    @required
    author: String

    /// Date of the note
    @required
    @timestampFormat("date-time")
    date: Timestamp

    /// Text of the note
    @required
    text: String
}

/// action to be performed on the product
enum OrderItemActionType {
    ADD = "add"
    MODIFY = "modify"
    DELETE = "delete"
    NO_CHANGE = "noChange"
}

/// Place reference. Place defines the places where the products are sold or delivered.
structure Place {
    /// Unique identifier of the place
    id: String

    /// Unique reference of the place
    href: String

    /// A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]
    name: String
}

/// Place reference. PlaceRef defines the placeRefs where the products are sold or delivered.
structure PlaceRef {
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

/// A reference to an entity, where the type of the entity is not known in advance. A related entity defines a entity described by reference or by value linked to a specific entity. The polymorphic attributes @type, @schemaLocation & @referredType are related to the Entity and not the RelatedEntityRefOrValue class itself
structure RelatedEntityRefOrValue {
    /// Unique identifier of a related entity.
    id: String

    /// Reference of the related entity.
    href: String

    /// Name of the related entity.
    name: String

    @required
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
    @jsonName("@referredType")
    referredType: String
}

/// Related Entity reference. A related party defines party or party role linked to a specific entity.
structure RelatedParty {
    /// unique identifier
    @required
    id: String

    /// Hyperlink reference (format: uri)
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

    /// When sub-classing, this defines the sub-class Extensible name
    @jsonName("@type")
    type: String

    /// The actual type of the target instance when needed for disambiguation.
    @jsonName("@referredType")
    referredType: String
}

/// RelatedServiceOrderItem (a ServiceOrder item) .The service order item which triggered service creation/change/termination.
structure RelatedServiceOrderItem {
    /// Identifier of the order item where the service was managed
    @required
    itemId: String

    /// role of the service order item for this service
    role: String

    /// Reference of the related entity.
    serviceOrderHref: String

    /// Unique identifier of a related entity.
    @required
    serviceOrderId: String

    /// Action of the order item for this service
    itemAction: OrderItemActionType

    /// The actual type of the target instance when needed for disambiguation.
    @jsonName("@referredType")
    referredType: String

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

structure ResourceRef {
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

/// A period of time, either as a deadline (endDateTime only) a startDateTime only, or both
structure TimePeriod {
    /// End of the time period, using IETC-RFC-3339 format
    @timestampFormat("date-time")
    endDateTime: Timestamp

    /// Start of the time period, using IETC-RFC-3339 format
    @timestampFormat("date-time")
    startDateTime: Timestamp
}

list CharacteristicList {
    member: Characteristic
}

list CharacteristicRelationshipList {
    member: CharacteristicRelationship
}

list ConstraintRefList {
    member: ConstraintRef
}

list FeatureList {
    member: Feature
}

list FeatureRelationshipList {
    member: FeatureRelationship
}

list NoteList {
    member: Note
}

list RelatedEntityRefOrValueList {
    member: RelatedEntityRefOrValue
}

list RelatedPartyList {
    member: RelatedParty
}

list RelatedPlaceRefOrValueList {
    member: RelatedPlaceRefOrValue
}

list RelatedServiceOrderItemList {
    member: RelatedServiceOrderItem
}

list ResourceRefList {
    member: ResourceRef
}

list ServiceList {
    member: Service
}

list ServiceRefOrValueList {
    member: ServiceRefOrValue
}

list ServiceRelationshipList {
    member: ServiceRelationship
}
