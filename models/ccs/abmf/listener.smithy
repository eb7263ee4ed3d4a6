$version: "2.0"

// ABMF, TMF654 Prepay Balance Management v4.0.0: the client-side listener contract for the balance
// action events.
namespace oda.ccs.abmf

/// Client listener for entity TopupBalanceCreateEvent
///
/// Example of a client listener for receiving the notification TopupBalanceCreateEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/topupBalanceCreateEvent", code: 201)
operation ListenToTopupBalanceCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: TopupBalanceCreateEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity TopupBalanceCancelEvent
///
/// Example of a client listener for receiving the notification TopupBalanceCancelEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/topupBalanceCancelEvent", code: 201)
operation ListenToTopupBalanceCancelEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: TopupBalanceCancelEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity TopupBalanceFailureEvent
///
/// Example of a client listener for receiving the notification TopupBalanceFailureEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/topupBalanceFailureEvent", code: 201)
operation ListenToTopupBalanceFailureEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: TopupBalanceFailureEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity AdjustBalanceCreateEvent
///
/// Example of a client listener for receiving the notification AdjustBalanceCreateEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/adjustBalanceCreateEvent", code: 201)
operation ListenToAdjustBalanceCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: AdjustBalanceCreateEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity AdjustBalanceCancelEvent
///
/// Example of a client listener for receiving the notification AdjustBalanceCancelEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/adjustBalanceCancelEvent", code: 201)
operation ListenToAdjustBalanceCancelEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: AdjustBalanceCancelEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity AdjustBalanceFailureEvent
///
/// Example of a client listener for receiving the notification AdjustBalanceFailureEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/adjustBalanceFailureEvent", code: 201)
operation ListenToAdjustBalanceFailureEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: AdjustBalanceFailureEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity TransferBalanceCreateEvent
///
/// Example of a client listener for receiving the notification TransferBalanceCreateEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/transferBalanceCreateEvent", code: 201)
operation ListenToTransferBalanceCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: TransferBalanceCreateEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity TransferBalanceCancelEvent
///
/// Example of a client listener for receiving the notification TransferBalanceCancelEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/transferBalanceCancelEvent", code: 201)
operation ListenToTransferBalanceCancelEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: TransferBalanceCancelEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity TransferBalanceFailureEvent
///
/// Example of a client listener for receiving the notification TransferBalanceFailureEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/transferBalanceFailureEvent", code: 201)
operation ListenToTransferBalanceFailureEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: TransferBalanceFailureEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity ReserveBalanceCreateEvent
///
/// Example of a client listener for receiving the notification ReserveBalanceCreateEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/reserveBalanceCreateEvent", code: 201)
operation ListenToReserveBalanceCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ReserveBalanceCreateEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity ReserveBalanceCancelEvent
///
/// Example of a client listener for receiving the notification ReserveBalanceCancelEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/reserveBalanceCancelEvent", code: 201)
operation ListenToReserveBalanceCancelEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ReserveBalanceCancelEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client listener for entity ReserveBalanceFailureEvent
///
/// Example of a client listener for receiving the notification ReserveBalanceFailureEvent
@http(method: "POST", uri: "/tmf-api/prepayBalanceManagement/v4/listener/reserveBalanceFailureEvent", code: 201)
operation ListenToReserveBalanceFailureEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ReserveBalanceFailureEvent
    }
    output := {
        /// Echo of the subscription, as the specification declares it for the 201 response
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Client side of the TMF654 notifications: the operations a listener implements to receive the events
/// it subscribed to through `POST /hub`. The specification lists these paths as "Example of a client listener";
/// the inventory component does not implement them, it calls them.
@oda#specification(sdo: "TM Forum", id: "TMF654", name: "Prepay Balance Management", version: "4.0.0", url: "https://github.com/tmforum-apis/TMF654_PrepayBalanceManagement")
@oda#restApi(basePath: "/tmf-api/prepayBalanceManagement/v4", errorFormat: "tmf", trailingSlash: true)
service BalanceManagementListener {
    version: "4.0.0"
    operations: [
        ListenToTopupBalanceCreateEvent
        ListenToTopupBalanceCancelEvent
        ListenToTopupBalanceFailureEvent
        ListenToAdjustBalanceCreateEvent
        ListenToAdjustBalanceCancelEvent
        ListenToAdjustBalanceFailureEvent
        ListenToTransferBalanceCreateEvent
        ListenToTransferBalanceCancelEvent
        ListenToTransferBalanceFailureEvent
        ListenToReserveBalanceCreateEvent
        ListenToReserveBalanceCancelEvent
        ListenToReserveBalanceFailureEvent
    ]
}
