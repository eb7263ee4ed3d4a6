$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: the create, cancel and failure events of transfers
// and reservations.
namespace oda.ccs.abmf

/// The notification data structure
structure TransferBalanceCreateEvent {
    /// The event payload linked to the involved resource object
    event: TransferBalanceCreateEventPayload

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
structure TransferBalanceCreateEventPayload {
    /// The involved resource data for the event
    transferBalance: TransferBalance
}

/// The notification data structure
structure TransferBalanceCancelEvent {
    /// The event payload linked to the involved resource object
    event: TransferBalanceCancelEventPayload

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
structure TransferBalanceCancelEventPayload {
    /// The involved resource data for the event
    transferBalance: TransferBalance
}

/// The notification data structure
structure TransferBalanceFailureEvent {
    /// The event payload linked to the involved resource object
    event: TransferBalanceFailureEventPayload

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
structure TransferBalanceFailureEventPayload {
    /// The involved resource data for the event
    transferBalance: TransferBalance
}

/// The notification data structure
structure ReserveBalanceCreateEvent {
    /// The event payload linked to the involved resource object
    event: ReserveBalanceCreateEventPayload

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
structure ReserveBalanceCreateEventPayload {
    /// The involved resource data for the event
    reserveBalance: ReserveBalance
}

/// The notification data structure
structure ReserveBalanceCancelEvent {
    /// The event payload linked to the involved resource object
    event: ReserveBalanceCancelEventPayload

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
structure ReserveBalanceCancelEventPayload {
    /// The involved resource data for the event
    reserveBalance: ReserveBalance
}

/// The notification data structure
structure ReserveBalanceFailureEvent {
    /// The event payload linked to the involved resource object
    event: ReserveBalanceFailureEventPayload

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
structure ReserveBalanceFailureEventPayload {
    /// The involved resource data for the event
    reserveBalance: ReserveBalance
}
