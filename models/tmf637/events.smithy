$version: "2.0"

// TMF637 Product Inventory v4.0.0: the notification types (create, attribute value change, state
// change, batch, delete) and their payloads.
namespace oda.tmf637

/// The notification data structure
structure ProductCreateEvent {
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
    event: ProductCreateEventPayload
}

/// The event data structure
structure ProductCreateEventPayload {
    /// The involved resource data for the event
    product: Product
}

/// The notification data structure
structure ProductAttributeValueChangeEvent {
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

    /// The path identifying the object field concerned by this notification.
    fieldPath: String

    /// The event payload linked to the involved resource object
    event: ProductAttributeValueChangeEventPayload
}

/// The event data structure
structure ProductAttributeValueChangeEventPayload {
    /// The involved resource data for the event
    product: Product
}

/// The notification data structure
structure ProductStateChangeEvent {
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
    event: ProductStateChangeEventPayload
}

/// The event data structure
structure ProductStateChangeEventPayload {
    /// The involved resource data for the event
    product: Product
}

/// The notification data structure
structure ProductBatchEvent {
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
    event: ProductBatchEventPayload
}

/// The event data structure
structure ProductBatchEventPayload {
    /// The involved resource data for the event
    product: Product
}

/// The notification data structure
structure ProductDeleteEvent {
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
    event: ProductDeleteEventPayload
}

/// The event data structure
structure ProductDeleteEventPayload {
    /// The involved resource data for the event
    product: Product
}
