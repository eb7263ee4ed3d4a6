$version: "2.0"

// TMF638 Service Inventory v4.0.0: REST operations on `/service` and the hub, with the TMF
// conventions of the oda traits.
namespace oda.tmf638

/// The Service resource (`/service`), identified by `id`.
resource ServiceResource {
    identifiers: { id: String }
    create: CreateService
    read: RetrieveService
    update: PatchService
    delete: DeleteService
    list: ListService
}

/// List or find Service objects
///
/// This operation list or find Service entities
@readonly
@http(method: "GET", uri: "/tmf-api/serviceInventory/v4/service", code: 200)
@oda#tmfList(filterable: ["id", "name", "state", "category", "serviceType", "relatedParty.id", "serviceSpecification.id", "serviceCharacteristic.value"])
@oda#tmfFields
operation ListService {
    input := @suppress(["HttpQueryParamsTrait"]) {
        /// Comma-separated properties to be provided in response
        @httpQuery("fields")
        fields: String

        /// Requested index for start of resources to be provided in response
        @httpQuery("offset")
        offset: Integer

        /// Requested number of resources to be provided in response
        @httpQuery("limit")
        limit: Integer

        /// Attribute filters (`?state=active`), see `@oda#tmfList`. `fields`, `offset` and `limit`
        /// take precedence (TMF630), hence the suppressed HttpQueryParamsTrait note.
        @httpQueryParams
        filters: oda.tmf#QueryFilters
    }

    output := {
        /// Total number of items matching criteria
        @httpHeader("X-Total-Count")
        totalCount: Integer

        /// Actual number of items returned in the response body
        @httpHeader("X-Result-Count")
        resultCount: Integer

        /// The Service objects of this page, sent as a JSON array
        @required
        @httpPayload
        services: ServiceList
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

/// Creates a Service
///
/// This operation creates a Service entity.
@http(method: "POST", uri: "/tmf-api/serviceInventory/v4/service", code: 201)
operation CreateService {
    input := {
        /// The Service to be created
        @required
        @httpPayload
        service: Service_Create
    }

    output := {
        /// The created Service, with its `id` and `href`
        @required
        @httpPayload
        service: Service
    }

    errors: [
        oda.tmf#BadRequest
        oda.tmf#Unauthorized
        oda.tmf#Forbidden
        oda.tmf#MethodNotAllowed
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// Retrieves a Service by ID
///
/// This operation retrieves a Service entity. Attribute selection is enabled for all first level attributes.
@readonly
@http(method: "GET", uri: "/tmf-api/serviceInventory/v4/service/{id}", code: 200)
@oda#tmfFields
operation RetrieveService {
    input := {
        /// Identifier of the Service
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }

    output := {
        /// The Service
        @required
        @httpPayload
        service: Service
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

/// Updates partially a Service
///
/// This operation updates partially a Service entity.
@http(method: "PATCH", uri: "/tmf-api/serviceInventory/v4/service/{id}", code: 200)
@oda#mergePatch
operation PatchService {
    input := {
        /// Identifier of the Service
        @required
        @httpLabel
        id: String

        /// The Service to be updated (JSON Merge Patch)
        @required
        @httpPayload
        service: Service_Update
    }

    output := {
        /// The updated Service
        @required
        @httpPayload
        service: Service
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

/// Deletes a Service
///
/// This operation deletes a Service entity.
@idempotent
@http(method: "DELETE", uri: "/tmf-api/serviceInventory/v4/service/{id}", code: 204)
operation DeleteService {
    input := {
        /// Identifier of the Service
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
        oda.tmf#Conflict
        oda.tmf#InternalServerError
    ]
}

/// A listener registration on the hub, identified by `id`.
resource HubResource {
    identifiers: { id: String }
    create: RegisterListener
    delete: UnregisterListener
}

/// Register a listener
///
/// Sets the communication endpoint address the service instance must use to deliver information about its health state, execution state, failures and metrics.
@http(method: "POST", uri: "/tmf-api/serviceInventory/v4/hub", code: 201)
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
@http(method: "DELETE", uri: "/tmf-api/serviceInventory/v4/hub/{id}", code: 204)
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
