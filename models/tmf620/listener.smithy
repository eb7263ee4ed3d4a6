$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: the client-side listener contract (`/listener/*`),
// which a component that registered on the hub implements.
namespace oda.tmf620

/// Client listener for entity CatalogCreateEvent
///
/// Example of a client listener for receiving the notification CatalogCreateEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/catalogCreateEvent", code: 201)
operation ListenToCatalogCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: CatalogCreateEvent
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

/// Client listener for entity CatalogDeleteEvent
///
/// Example of a client listener for receiving the notification CatalogDeleteEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/catalogDeleteEvent", code: 201)
operation ListenToCatalogDeleteEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: CatalogDeleteEvent
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

/// Client listener for entity CatalogBatchEvent
///
/// Example of a client listener for receiving the notification CatalogBatchEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/catalogBatchEvent", code: 201)
operation ListenToCatalogBatchEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: CatalogBatchEvent
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

/// Client listener for entity CategoryCreateEvent
///
/// Example of a client listener for receiving the notification CategoryCreateEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/categoryCreateEvent", code: 201)
operation ListenToCategoryCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: CategoryCreateEvent
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

/// Client listener for entity CategoryDeleteEvent
///
/// Example of a client listener for receiving the notification CategoryDeleteEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/categoryDeleteEvent", code: 201)
operation ListenToCategoryDeleteEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: CategoryDeleteEvent
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

/// Client listener for entity ProductOfferingCreateEvent
///
/// Example of a client listener for receiving the notification ProductOfferingCreateEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productOfferingCreateEvent", code: 201)
operation ListenToProductOfferingCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductOfferingCreateEvent
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

/// Client listener for entity ProductOfferingAttributeValueChangeEvent
///
/// Example of a client listener for receiving the notification ProductOfferingAttributeValueChangeEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productOfferingAttributeValueChangeEvent", code: 201)
operation ListenToProductOfferingAttributeValueChangeEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductOfferingAttributeValueChangeEvent
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

/// Client listener for entity ProductOfferingStateChangeEvent
///
/// Example of a client listener for receiving the notification ProductOfferingStateChangeEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productOfferingStateChangeEvent", code: 201)
operation ListenToProductOfferingStateChangeEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductOfferingStateChangeEvent
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

/// Client listener for entity ProductOfferingDeleteEvent
///
/// Example of a client listener for receiving the notification ProductOfferingDeleteEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productOfferingDeleteEvent", code: 201)
operation ListenToProductOfferingDeleteEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductOfferingDeleteEvent
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

/// Client listener for entity ProductOfferingPriceCreateEvent
///
/// Example of a client listener for receiving the notification ProductOfferingPriceCreateEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productOfferingPriceCreateEvent", code: 201)
operation ListenToProductOfferingPriceCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductOfferingPriceCreateEvent
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

/// Client listener for entity ProductOfferingPriceAttributeValueChangeEvent
///
/// Example of a client listener for receiving the notification ProductOfferingPriceAttributeValueChangeEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productOfferingPriceAttributeValueChangeEvent", code: 201)
operation ListenToProductOfferingPriceAttributeValueChangeEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductOfferingPriceAttributeValueChangeEvent
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

/// Client listener for entity ProductOfferingPriceStateChangeEvent
///
/// Example of a client listener for receiving the notification ProductOfferingPriceStateChangeEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productOfferingPriceStateChangeEvent", code: 201)
operation ListenToProductOfferingPriceStateChangeEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductOfferingPriceStateChangeEvent
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

/// Client listener for entity ProductOfferingPriceDeleteEvent
///
/// Example of a client listener for receiving the notification ProductOfferingPriceDeleteEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productOfferingPriceDeleteEvent", code: 201)
operation ListenToProductOfferingPriceDeleteEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductOfferingPriceDeleteEvent
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

/// Client listener for entity ProductSpecificationCreateEvent
///
/// Example of a client listener for receiving the notification ProductSpecificationCreateEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productSpecificationCreateEvent", code: 201)
operation ListenToProductSpecificationCreateEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductSpecificationCreateEvent
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

/// Client listener for entity ProductSpecificationDeleteEvent
///
/// Example of a client listener for receiving the notification ProductSpecificationDeleteEvent
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/listener/productSpecificationDeleteEvent", code: 201)
operation ListenToProductSpecificationDeleteEvent {
    input := {
        /// The event data
        @required
        @httpPayload
        data: ProductSpecificationDeleteEvent
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

/// Client side of the TMF620 notifications: the operations a listener implements to receive the events
/// it subscribed to through `POST /hub`. The specification lists these paths as "Example of a client listener";
/// the inventory component does not implement them, it calls them.
@oda#specification(sdo: "TM Forum", id: "TMF620", name: "Product Catalog Management", version: "4.0.0", url: "https://github.com/tmforum-apis/TMF620_ProductCatalog/blob/master/TMF620-ProductCatalog-v4.0.0.swagger.json")
@oda#restApi(basePath: "/tmf-api/productCatalogManagement/v4", errorFormat: "tmf", trailingSlash: true)
service ProductCatalogListener {
    version: "4.0.0"
    operations: [
        ListenToCatalogCreateEvent
        ListenToCatalogDeleteEvent
        ListenToCatalogBatchEvent
        ListenToCategoryCreateEvent
        ListenToCategoryDeleteEvent
        ListenToProductOfferingCreateEvent
        ListenToProductOfferingAttributeValueChangeEvent
        ListenToProductOfferingStateChangeEvent
        ListenToProductOfferingDeleteEvent
        ListenToProductOfferingPriceCreateEvent
        ListenToProductOfferingPriceAttributeValueChangeEvent
        ListenToProductOfferingPriceStateChangeEvent
        ListenToProductOfferingPriceDeleteEvent
        ListenToProductSpecificationCreateEvent
        ListenToProductSpecificationDeleteEvent
    ]
}
