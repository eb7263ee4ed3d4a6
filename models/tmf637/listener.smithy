$version: "2.0"

// TMF637 Product Inventory v4.0.0: the client-side listener contract (`/listener/*`), which a
// component that registered on the hub implements.
namespace oda.tmf637

/// Client listener for entity ProductCreateEvent
///
/// Example of a client listener for receiving the notification ProductCreateEvent
@http(method: "POST", uri: "/tmf-api/productInventory/v4/listener/productCreateEvent", code: 201)
operation ListenToProductCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductCreateEvent
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

/// Client listener for entity ProductAttributeValueChangeEvent
///
/// Example of a client listener for receiving the notification ProductAttributeValueChangeEvent
@http(method: "POST", uri: "/tmf-api/productInventory/v4/listener/productAttributeValueChangeEvent", code: 201)
operation ListenToProductAttributeValueChangeEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductAttributeValueChangeEvent
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

/// Client listener for entity ProductStateChangeEvent
///
/// Example of a client listener for receiving the notification ProductStateChangeEvent
@http(method: "POST", uri: "/tmf-api/productInventory/v4/listener/productStateChangeEvent", code: 201)
operation ListenToProductStateChangeEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductStateChangeEvent
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

/// Client listener for entity ProductBatchEvent
///
/// Example of a client listener for receiving the notification ProductBatchEvent
@http(method: "POST", uri: "/tmf-api/productInventory/v4/listener/productBatchEvent", code: 201)
operation ListenToProductBatchEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductBatchEvent
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

/// Client listener for entity ProductDeleteEvent
///
/// Example of a client listener for receiving the notification ProductDeleteEvent
@http(method: "POST", uri: "/tmf-api/productInventory/v4/listener/productDeleteEvent", code: 201)
operation ListenToProductDeleteEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductDeleteEvent
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

/// Client side of the TMF637 notifications: the operations a listener implements to receive the events
/// it subscribed to through `POST /hub`. The specification lists these paths as "Example of a client listener";
/// the inventory component does not implement them, it calls them.
@oda#specification(sdo: "TM Forum", id: "TMF637", name: "Product Inventory Management", version: "4.0.0", url: "https://github.com/tmforum-apis/TMF637_ProductInventory/blob/master/TMF637-ProductInventory-v4.0.0.swagger.json")
@oda#restApi(basePath: "/tmf-api/productInventory/v4", errorFormat: "tmf", trailingSlash: true)
service ProductInventoryListener {
    version: "4.0.0"
    operations: [
        ListenToProductCreateEvent
        ListenToProductAttributeValueChangeEvent
        ListenToProductStateChangeEvent
        ListenToProductBatchEvent
        ListenToProductDeleteEvent
    ]
}
