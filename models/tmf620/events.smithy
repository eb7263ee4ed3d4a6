$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: the notification types of catalogs, categories and
// product specifications, and their payloads.
namespace oda.tmf620

/// The notification data structure
structure CatalogCreateEvent {
    /// Identifier of the Process flow
    id: String

    /// Reference of the ProcessFlow
    href: String

    /// The identifier of the notification.
    eventId: String

    /// Time of the event occurrence.
    @timestampFormat("date-time")
    eventTime: Timestamp

    /// The type of the notification.
    eventType: String

    /// The correlation id for this event.
    correlationId: String

    /// The domain of the event.
    domain: String

    /// The title of the event.
    title: String

    /// An explnatory of the event.
    description: String

    /// A priority.
    priority: String

    /// The time the event occured.
    @timestampFormat("date-time")
    timeOcurred: Timestamp

    /// The event payload linked to the involved resource object
    event: CatalogCreateEventPayload
}

/// The event data structure
structure CatalogCreateEventPayload {
    /// The involved resource data for the event
    catalog: Catalog
}

/// The notification data structure
structure CatalogDeleteEvent {
    /// Identifier of the Process flow
    id: String

    /// Reference of the ProcessFlow
    href: String

    /// The identifier of the notification.
    eventId: String

    /// Time of the event occurrence.
    @timestampFormat("date-time")
    eventTime: Timestamp

    /// The type of the notification.
    eventType: String

    /// The correlation id for this event.
    correlationId: String

    /// The domain of the event.
    domain: String

    /// The title of the event.
    title: String

    /// An explnatory of the event.
    description: String

    /// A priority.
    priority: String

    /// The time the event occured.
    @timestampFormat("date-time")
    timeOcurred: Timestamp

    /// The event payload linked to the involved resource object
    event: CatalogDeleteEventPayload
}

/// The event data structure
structure CatalogDeleteEventPayload {
    /// The involved resource data for the event
    catalog: Catalog
}

/// The notification data structure
structure CatalogBatchEvent {
    /// Identifier of the Process flow
    id: String

    /// Reference of the ProcessFlow
    href: String

    /// The identifier of the notification.
    eventId: String

    /// Time of the event occurrence.
    @timestampFormat("date-time")
    eventTime: Timestamp

    /// The type of the notification.
    eventType: String

    /// The correlation id for this event.
    correlationId: String

    /// The domain of the event.
    domain: String

    /// The title of the event.
    title: String

    /// An explnatory of the event.
    description: String

    /// A priority.
    priority: String

    /// The time the event occured.
    @timestampFormat("date-time")
    timeOcurred: Timestamp

    /// The event payload linked to the involved resource object
    event: CatalogBatchEventPayload
}

/// The event data structure
structure CatalogBatchEventPayload {
    /// The involved resource data for the event
    catalog: Catalog
}

/// The notification data structure
structure CategoryCreateEvent {
    /// Identifier of the Process flow
    id: String

    /// Reference of the ProcessFlow
    href: String

    /// The identifier of the notification.
    eventId: String

    /// Time of the event occurrence.
    @timestampFormat("date-time")
    eventTime: Timestamp

    /// The type of the notification.
    eventType: String

    /// The correlation id for this event.
    correlationId: String

    /// The domain of the event.
    domain: String

    /// The title of the event.
    title: String

    /// An explnatory of the event.
    description: String

    /// A priority.
    priority: String

    /// The time the event occured.
    @timestampFormat("date-time")
    timeOcurred: Timestamp

    /// The event payload linked to the involved resource object
    event: CategoryCreateEventPayload
}

/// The event data structure
structure CategoryCreateEventPayload {
    /// The involved resource data for the event
    category: Category
}

/// The notification data structure
structure CategoryDeleteEvent {
    /// Identifier of the Process flow
    id: String

    /// Reference of the ProcessFlow
    href: String

    /// The identifier of the notification.
    eventId: String

    /// Time of the event occurrence.
    @timestampFormat("date-time")
    eventTime: Timestamp

    /// The type of the notification.
    eventType: String

    /// The correlation id for this event.
    correlationId: String

    /// The domain of the event.
    domain: String

    /// The title of the event.
    title: String

    /// An explnatory of the event.
    description: String

    /// A priority.
    priority: String

    /// The time the event occured.
    @timestampFormat("date-time")
    timeOcurred: Timestamp

    /// The event payload linked to the involved resource object
    event: CategoryDeleteEventPayload
}

/// The event data structure
structure CategoryDeleteEventPayload {
    /// The involved resource data for the event
    category: Category
}

/// The notification data structure
structure ProductSpecificationCreateEvent {
    /// Identifier of the Process flow
    id: String

    /// Reference of the ProcessFlow
    href: String

    /// The identifier of the notification.
    eventId: String

    /// Time of the event occurrence.
    @timestampFormat("date-time")
    eventTime: Timestamp

    /// The type of the notification.
    eventType: String

    /// The correlation id for this event.
    correlationId: String

    /// The domain of the event.
    domain: String

    /// The title of the event.
    title: String

    /// An explnatory of the event.
    description: String

    /// A priority.
    priority: String

    /// The time the event occured.
    @timestampFormat("date-time")
    timeOcurred: Timestamp

    /// The event payload linked to the involved resource object
    event: ProductSpecificationCreateEventPayload
}

/// The event data structure
structure ProductSpecificationCreateEventPayload {
    /// The involved resource data for the event
    productSpecification: ProductSpecification
}

/// The notification data structure
structure ProductSpecificationDeleteEvent {
    /// Identifier of the Process flow
    id: String

    /// Reference of the ProcessFlow
    href: String

    /// The identifier of the notification.
    eventId: String

    /// Time of the event occurrence.
    @timestampFormat("date-time")
    eventTime: Timestamp

    /// The type of the notification.
    eventType: String

    /// The correlation id for this event.
    correlationId: String

    /// The domain of the event.
    domain: String

    /// The title of the event.
    title: String

    /// An explnatory of the event.
    description: String

    /// A priority.
    priority: String

    /// The time the event occured.
    @timestampFormat("date-time")
    timeOcurred: Timestamp

    /// The event payload linked to the involved resource object
    event: ProductSpecificationDeleteEventPayload
}

/// The event data structure
structure ProductSpecificationDeleteEventPayload {
    /// The involved resource data for the event
    productSpecification: ProductSpecification
}
