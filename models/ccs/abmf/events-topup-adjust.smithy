$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: the create, cancel and failure events of top-ups
// and adjustments.
namespace oda.ccs.abmf

/// The notification data structure
structure TopupBalanceCreateEvent {
    /// The event payload linked to the involved resource object
    event: TopupBalanceCreateEventPayload

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
structure TopupBalanceCreateEventPayload {
    /// The involved resource data for the event
    topupBalance: TopupBalance
}

/// The notification data structure
structure TopupBalanceCancelEvent {
    /// The event payload linked to the involved resource object
    event: TopupBalanceCancelEventPayload

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
structure TopupBalanceCancelEventPayload {
    /// The involved resource data for the event
    topupBalance: TopupBalance
}

/// The notification data structure
structure TopupBalanceFailureEvent {
    /// The event payload linked to the involved resource object
    event: TopupBalanceFailureEventPayload

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
structure TopupBalanceFailureEventPayload {
    /// The involved resource data for the event
    topupBalance: TopupBalance
}

/// The notification data structure
structure AdjustBalanceCreateEvent {
    /// The event payload linked to the involved resource object
    event: AdjustBalanceCreateEventPayload

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
structure AdjustBalanceCreateEventPayload {
    /// The involved resource data for the event
    adjustBalance: AdjustBalance
}

/// The notification data structure
structure AdjustBalanceCancelEvent {
    /// The event payload linked to the involved resource object
    event: AdjustBalanceCancelEventPayload

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
structure AdjustBalanceCancelEventPayload {
    /// The involved resource data for the event
    adjustBalance: AdjustBalance
}

/// The notification data structure
structure AdjustBalanceFailureEvent {
    /// The event payload linked to the involved resource object
    event: AdjustBalanceFailureEventPayload

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
structure AdjustBalanceFailureEventPayload {
    /// The involved resource data for the event
    adjustBalance: AdjustBalance
}
