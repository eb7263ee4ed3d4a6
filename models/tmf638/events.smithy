$version: "2.0"

// TMF638 Service Inventory v4.0.0: the four notification types (`ServiceCreateEvent`,
// `ServiceAttributeValueChangeEvent`, `ServiceStateChangeEvent`, `ServiceDeleteEvent`), their
// payloads, and the client-side listener contract.
namespace oda.tmf638

/// The notification data structure
structure ServiceCreateEvent {
    /// The event payload linked to the involved resource object
    event: ServiceCreateEventPayload

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
}

/// The event data structure
structure ServiceCreateEventPayload {
    /// The involved resource data for the event
    service: Service
}

/// The notification data structure
structure ServiceAttributeValueChangeEvent {
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
    event: ServiceAttributeValueChangeEventPayload
}

/// The event data structure
structure ServiceAttributeValueChangeEventPayload {
    /// The involved resource data for the event
    service: Service
}

/// The notification data structure
structure ServiceStateChangeEvent {
    /// The event payload linked to the involved resource object
    event: ServiceStateChangeEventPayload

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
}

/// The event data structure
structure ServiceStateChangeEventPayload {
    /// The involved resource data for the event
    service: Service
}

/// The notification data structure
structure ServiceDeleteEvent {
    /// The event payload linked to the involved resource object
    event: ServiceDeleteEventPayload

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
}

/// The event data structure
structure ServiceDeleteEventPayload {
    /// The involved resource data for the event
    service: Service
}
