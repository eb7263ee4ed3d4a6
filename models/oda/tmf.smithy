$version: "2.0"

// Shapes every TM Forum v4 Open API shares, written once: the TMF630 `Error` body bound to each
// HTTP error status, the hub subscription bodies, and the list-query helper shapes.
// The v4 swaggers of TMF638, TMF637 and TMF620 define `Error`, `EventSubscription` and
// `EventSubscriptionInput` identically.
namespace oda.tmf

/// The TMF `Error` body, used for every 4xx and 5xx response. Required: `code`, `reason`.
@mixin
structure TmfError {
    /// Application relevant detail, defined in the API or a common list.
    @required
    code: String

    /// Explanation of the reason for the error which can be shown to a client user.
    @required
    reason: String

    /// More details and corrective actions related to the error which can be shown to a client user.
    message: String

    /// HTTP Error code extension.
    status: String

    /// URI of documentation describing the error.
    referenceError: String

    /// When sub-classing, this defines the super-class.
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships.
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name.
    @jsonName("@type")
    type: String
}

/// 400 Bad Request: the request is malformed or fails a constraint of the model.
@error("client")
@httpError(400)
structure BadRequest with [TmfError] {}

/// 401 Unauthorized: authentication is missing or invalid.
@error("client")
@httpError(401)
structure Unauthorized with [TmfError] {}

/// 403 Forbidden: the caller may not perform this operation.
@error("client")
@httpError(403)
structure Forbidden with [TmfError] {}

/// 404 Not Found: no resource has the given id (or the path is unknown).
@error("client")
@httpError(404)
structure NotFound with [TmfError] {}

/// 405 Method Not Allowed.
@error("client")
@httpError(405)
structure MethodNotAllowed with [TmfError] {}

/// 409 Conflict: the request conflicts with the resource's current state (e.g. an existing id).
@error("client")
@httpError(409)
structure Conflict with [TmfError] {}

/// 500 Internal Server Error.
@error("server")
@httpError(500)
structure InternalServerError with [TmfError] {}

/// Body of `POST /hub` (v4 `EventSubscriptionInput`): where and what to notify.
structure EventSubscriptionInput {
    /// The callback being registered.
    @required
    callback: String

    /// additional data to be passed
    query: String
}

/// A registered listener (v4 `EventSubscription`).
structure EventSubscription {
    /// Id of the listener
    @required
    id: String

    /// The callback being registered.
    @required
    callback: String

    /// additional data to be passed
    query: String
}

/// Attribute filters of a TMF collection query (`?state=active&category=CFS`): every query
/// parameter not bound to another member, by name. See `@oda#tmfList`.
map QueryFilters {
    key: String
    value: String
}
