$version: "2.0"

// TMF638 Service Inventory v4.0.0: the client-side listener contract (`/listener/*`), which a
// component that registered on the hub implements.
namespace oda.tmf638

/// Client listener for entity ServiceCreateEvent
///
/// Example of a client listener for receiving the notification ServiceCreateEvent
@http(method: "POST", uri: "/tmf-api/serviceInventory/v4/listener/serviceCreateEvent", code: 201)
operation ListenToServiceCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ServiceCreateEvent
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

/// Client listener for entity ServiceAttributeValueChangeEvent
///
/// Example of a client listener for receiving the notification ServiceAttributeValueChangeEvent
@http(method: "POST", uri: "/tmf-api/serviceInventory/v4/listener/serviceAttributeValueChangeEvent", code: 201)
operation ListenToServiceAttributeValueChangeEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ServiceAttributeValueChangeEvent
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

/// Client listener for entity ServiceStateChangeEvent
///
/// Example of a client listener for receiving the notification ServiceStateChangeEvent
@http(method: "POST", uri: "/tmf-api/serviceInventory/v4/listener/serviceStateChangeEvent", code: 201)
operation ListenToServiceStateChangeEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ServiceStateChangeEvent
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

/// Client listener for entity ServiceDeleteEvent
///
/// Example of a client listener for receiving the notification ServiceDeleteEvent
@http(method: "POST", uri: "/tmf-api/serviceInventory/v4/listener/serviceDeleteEvent", code: 201)
operation ListenToServiceDeleteEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ServiceDeleteEvent
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

/// Client side of the TMF638 notifications: the operations a listener implements to receive the events
/// it subscribed to through `POST /hub`. The specification lists these paths as "Example of a client listener";
/// the inventory component does not implement them, it calls them.
@oda#specification(sdo: "TM Forum", id: "TMF638", name: "Service Inventory Management", version: "4.0.0", url: "https://github.com/tmforum-apis/TMF638_ServiceInventory/blob/master/TMF638-ServiceInventory-v4.0.0.swagger.json")
@oda#restApi(basePath: "/tmf-api/serviceInventory/v4", errorFormat: "tmf", trailingSlash: true)
service ServiceInventoryListener {
    version: "4.0.0"
    operations: [
        ListenToServiceCreateEvent
        ListenToServiceAttributeValueChangeEvent
        ListenToServiceStateChangeEvent
        ListenToServiceDeleteEvent
    ]
}
