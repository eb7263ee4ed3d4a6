$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: the hub operations.
namespace oda.tmf620

/// A listener registration on the hub, identified by `id`.
resource HubResource {
    identifiers: { id: String }
    create: RegisterListener
    delete: UnregisterListener
}

/// Register a listener
///
/// Sets the communication endpoint address the service instance must use to deliver information about its health state, execution state, failures and metrics.
@http(method: "POST", uri: "/tmf-api/productCatalogManagement/v4/hub", code: 201)
operation RegisterListener {
    input := {
        /// Data containing the callback endpoint to deliver the information
        @required
        @httpPayload
        data: oda.tmf#EventSubscriptionInput
    }

    output := {
        /// The registered listener
        @required
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

/// Unregister a listener
///
/// Resets the communication endpoint address the service instance must use to deliver information about its health state, execution state, failures and metrics.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/productCatalogManagement/v4/hub/{id}", code: 204)
operation UnregisterListener {
    input := {
        /// The id of the registered listener
        @required
        @httpLabel
        id: String
    }

    output := {}

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#NotFound
        oda.tmf#MethodNotAllowed
        oda.tmf#InternalServerError
    ]
}
