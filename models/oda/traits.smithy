$version: "2.0"

// Our own traits: what the TM Forum ODA and 3GPP conventions add to plain Smithy HTTP bindings.
// The REST adapters, the native transports and the component host read them; standard Smithy
// tools ignore them. Each trait is described again, with examples, in docs/models.md.
namespace oda

// ---------------------------------------------------------------------------------------------
// Which published specification a contract follows, and how its REST front end behaves.
// ---------------------------------------------------------------------------------------------

/// The published API specification this service follows. The component manifest emitter copies
/// it into `exposedAPIs[].id` / `specification[]`, and the conformance check finds the official
/// document to compare the exported OpenAPI against.
@trait(selector: "service")
structure specification {
    /// Standards body or author, e.g. "TM Forum", "3GPP", "SigScale".
    @required
    sdo: String

    /// Identifier of the specification, e.g. "TMF638" or "TS 32.291".
    @required
    id: String

    /// Human readable API name, e.g. "Service Inventory Management".
    name: String

    /// Exact version of the document followed, e.g. "4.0.0" or "3.1.6".
    @required
    version: String

    /// Where the official document can be read.
    url: String
}

/// How the REST front end of this service is served. Every `@http` uri of the service is
/// absolute and starts with `basePath`; an OpenAPI export uses `basePath` as the server path.
@trait(selector: "service")
structure restApi {
    /// Common prefix of every `@http` uri of the service, without a trailing slash,
    /// e.g. "/tmf-api/serviceInventory/v4".
    @required
    @pattern("^/[^?#]*[^/?#]$")
    basePath: String

    /// Body the adapter writes for errors it raises itself (no route, bad JSON, a failed
    /// constraint, an unexpected exception). Modeled errors are serialized from their own shape.
    @required
    errorFormat: ErrorFormat

    /// When true, a request path that only differs by one trailing "/" is routed to the same
    /// operation, with or without a query string (TMF CTK: "/service" and "/service/").
    trailingSlash: Boolean = false
}

/// Error body written by a REST adapter for errors that are not modeled.
enum ErrorFormat {
    /// TMF630 `Error`: {code, reason, message?, status?, referenceError?, @type?, ...};
    /// `code` is the HTTP status as a string unless the back end gives one, `status` the same.
    TMF = "tmf"

    /// RFC 7807 / 3GPP TS 29.571 `ProblemDetails`, sent as `application/problem+json`.
    PROBLEM_DETAILS = "problemDetails"
}

// ---------------------------------------------------------------------------------------------
// TMF resources, lists and partial updates.
// ---------------------------------------------------------------------------------------------

/// Marks a TMF managed entity. The structure has string members `id` and `href`; whenever an
/// instance leaves a REST adapter (single body, list item, event payload), `href` is set to
/// `<request base URL><basePath><path>/<id>`, where the base URL is scheme and host of the
/// request as received (`Forwarded` / `X-Forwarded-Proto` / `Host`), unless the back end set it.
@trait(selector: "structure")
structure tmfResource {
    /// Collection path below the service's basePath, e.g. "/service".
    @required
    @pattern("^/[^/?#]+$")
    path: String
}

/// A TMF630 collection query. The operation is a GET whose input has `fields`
/// (`@httpQuery("fields")`), `offset` and `limit` (`@httpQuery`, integers) and `filters`
/// (`@httpQueryParams`, all other query parameters), and whose output has `totalCount`
/// (`@httpHeader("X-Total-Count")`), `resultCount` (`@httpHeader("X-Result-Count")`) and the
/// items as an `@httpPayload` list, sent as a bare JSON array.
///
/// Semantics: each filter `attr=value` keeps items whose first-level attribute (or dotted path,
/// e.g. `relatedParty.id`) equals `value`; several filters combine with AND; `offset` (default 0)
/// and `limit` (default: all, capped by the server) page the filtered, ordered result;
/// `X-Total-Count` is the number of items matching the filters, `X-Result-Count` the number
/// returned; `fields` applies as for `@tmfFields`. The status is 200 for every page (no 206).
@trait(selector: "operation")
structure tmfList {
    /// Attribute paths the server guarantees to filter on. Others may be accepted too.
    filterable: AttributePathList
}

/// The operation accepts TMF attribute selection: `fields` (`@httpQuery("fields")`) is a
/// comma-separated list of first-level attribute names; the response keeps only those plus
/// `id`, `href`, `@type`, `@baseType` and `@schemaLocation`. `fields=none` keeps only those
/// always-returned attributes. Absent `fields` returns everything.
@trait(selector: "operation")
structure tmfFields {}

/// The operation's input payload is a JSON Merge Patch (RFC 7396) of the resource: a member
/// that is absent is left unchanged, a member set to `null` is removed, arrays are replaced as a
/// whole. The adapter accepts `application/merge-patch+json` and `application/json`; the native
/// form carries explicit nulls for removed members. It answers 415 for JSON Patch media types.
@trait(selector: "operation[trait|http]")
structure mergePatch {}

list AttributePathList {
    member: String
}

// ---------------------------------------------------------------------------------------------
// Notifications (TMF hub and listeners).
// ---------------------------------------------------------------------------------------------

/// The service publishes events to listeners registered through its hub. The REST adapter
/// POSTs each event (JSON) to every registered `callback` whose `query` matches it, after the
/// operation that caused it succeeded.
@trait(selector: "service")
structure hub {
    /// Operation registering a listener (`POST /hub` → 201).
    @required
    @idRef(failWhenMissing: true, selector: "operation")
    register: String

    /// Operation removing a listener (`DELETE /hub/{id}` → 204).
    @required
    @idRef(failWhenMissing: true, selector: "operation")
    unregister: String

    /// Service a listener implements to receive the events (the spec's client-side paths).
    @idRef(failWhenMissing: true, selector: "service")
    listener: String

    /// The events, with the change that publishes each.
    @required
    events: HubEventList
}

list HubEventList {
    member: HubEvent
}

structure HubEvent {
    /// Event structure; its name is also the event's `eventType`.
    @required
    @idRef(failWhenMissing: true, selector: "structure")
    event: String

    /// What publishes it.
    @required
    kind: HubEventKind
}

enum HubEventKind {
    /// a resource was created
    CREATE = "create"
    /// attributes of a resource changed (PATCH); the event carries `fieldPath` when modeled
    ATTRIBUTE_VALUE_CHANGE = "attributeValueChange"
    /// the resource's state / lifecycleStatus changed
    STATE_CHANGE = "stateChange"
    /// a resource was deleted
    DELETE = "delete"
    /// several resources changed at once
    BATCH = "batch"
    /// an action was cancelled (TMF654)
    CANCEL = "cancel"
    /// an action failed (TMF654)
    FAILURE = "failure"
}

// ---------------------------------------------------------------------------------------------
// Components: who exposes a contract, and which contracts its implementation calls.
// ---------------------------------------------------------------------------------------------

/// The ODA Component (or CCS function) that exposes this service as its core function.
@trait(selector: "service")
structure component {
    /// Component id, e.g. "TMFC008" (ODA golden component) or "CCS-RF".
    @required
    id: String

    /// Component name used in manifests and subjects, e.g. "service-inventory".
    @required
    @pattern("^[a-z][a-z0-9-]*$")
    name: String

    /// ODA functional block, e.g. "Production", "Core Commerce Management".
    functionalBlock: String
}

/// The contracts an implementation of this service calls (the manifest's dependentAPIs). The
/// component host grants the component clients for these services, and only these.
@trait(selector: "service")
list calls {
    @idRef(failWhenMissing: true, selector: "service")
    member: String
}
