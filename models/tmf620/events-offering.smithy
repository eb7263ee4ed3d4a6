$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: the notification types of product offerings and product
// offering prices, and their payloads.
namespace oda.tmf620

/// The notification data structure
structure ProductOfferingCreateEvent {
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
    event: ProductOfferingCreateEventPayload
}

/// The event data structure
structure ProductOfferingCreateEventPayload {
    /// The involved resource data for the event
    productOffering: ProductOffering
}

/// The notification data structure
structure ProductOfferingAttributeValueChangeEvent {
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
    event: ProductOfferingAttributeValueChangeEventPayload
}

/// The event data structure
structure ProductOfferingAttributeValueChangeEventPayload {
    /// The involved resource data for the event
    productOffering: ProductOffering
}

/// The notification data structure
structure ProductOfferingStateChangeEvent {
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
    event: ProductOfferingStateChangeEventPayload
}

/// The event data structure
structure ProductOfferingStateChangeEventPayload {
    /// The involved resource data for the event
    productOffering: ProductOffering
}

/// The notification data structure
structure ProductOfferingDeleteEvent {
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
    event: ProductOfferingDeleteEventPayload
}

/// The event data structure
structure ProductOfferingDeleteEventPayload {
    /// The involved resource data for the event
    productOffering: ProductOffering
}

/// The notification data structure
structure ProductOfferingPriceCreateEvent {
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
    event: ProductOfferingPriceCreateEventPayload
}

/// The event data structure
structure ProductOfferingPriceCreateEventPayload {
    /// The involved resource data for the event
    productOfferingPrice: ProductOfferingPrice
}

/// The notification data structure
structure ProductOfferingPriceAttributeValueChangeEvent {
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
    event: ProductOfferingPriceAttributeValueChangeEventPayload
}

/// The event data structure
structure ProductOfferingPriceAttributeValueChangeEventPayload {
    /// The involved resource data for the event
    productOfferingPrice: ProductOfferingPrice
}

/// The notification data structure
structure ProductOfferingPriceStateChangeEvent {
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
    event: ProductOfferingPriceStateChangeEventPayload
}

/// The event data structure
structure ProductOfferingPriceStateChangeEventPayload {
    /// The involved resource data for the event
    productOfferingPrice: ProductOfferingPrice
}

/// The notification data structure
structure ProductOfferingPriceDeleteEvent {
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
    event: ProductOfferingPriceDeleteEventPayload
}

/// The event data structure
structure ProductOfferingPriceDeleteEventPayload {
    /// The involved resource data for the event
    productOfferingPrice: ProductOfferingPrice
}
