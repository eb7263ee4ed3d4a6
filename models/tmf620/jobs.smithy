$version: "2.0"

// TMF620 Product Catalog Management v4.0.0: `ImportJob` and `ExportJob`.
namespace oda.tmf620

/// Represents a task used to export resources to a file
@oda#tmfResource(path: "/exportJob")
structure ExportJob {
    /// Identifier of the export job
    id: String

    /// Reference of the export job
    href: String

    /// Data at which the job was completed
    @timestampFormat("date-time")
    completionDate: Timestamp

    /// The format of the exported data
    contentType: String

    /// Date at which the job was created
    @timestampFormat("date-time")
    creationDate: Timestamp

    /// Reason for failure
    errorLog: String

    /// URL of the root resource acting as the source for streaming content to the file specified by the export job
    path: String

    /// Used to scope the exported data
    query: String

    /// URL of the file containing the data to be exported
    url: String

    /// Status of the export job (not started, running, succeeded, failed)
    status: JobStateType

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// Represents a task used to export resources to a file
/// Skipped properties: id,href
structure ExportJob_Create {
    /// Data at which the job was completed
    @timestampFormat("date-time")
    completionDate: Timestamp

    /// The format of the exported data
    contentType: String

    /// Date at which the job was created
    @timestampFormat("date-time")
    creationDate: Timestamp

    /// Reason for failure
    errorLog: String

    /// URL of the root resource acting as the source for streaming content to the file specified by the export job
    path: String

    /// Used to scope the exported data
    query: String

    /// URL of the file containing the data to be exported
    @required
    url: String

    /// Status of the export job (not started, running, succeeded, failed)
    status: JobStateType

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// Represents a task used to import resources from a file
@oda#tmfResource(path: "/importJob")
structure ImportJob {
    /// Identifier of the import job
    id: String

    /// Reference of the import job
    href: String

    /// Date at which the job was completed
    @timestampFormat("date-time")
    completionDate: Timestamp

    /// Indicates the format of the imported data
    contentType: String

    /// Date at which the job was created
    @timestampFormat("date-time")
    creationDate: Timestamp

    /// Reason for failure if status is failed
    errorLog: String

    /// URL of the root resource where the content of the file specified by the import job must be applied
    path: String

    /// URL of the file containing the data to be imported
    url: String

    /// Status of the import job (not started, running, succeeded, failed)
    status: JobStateType

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// Represents a task used to import resources from a file
/// Skipped properties: id,href
structure ImportJob_Create {
    /// Date at which the job was completed
    @timestampFormat("date-time")
    completionDate: Timestamp

    /// Indicates the format of the imported data
    contentType: String

    /// Date at which the job was created
    @timestampFormat("date-time")
    creationDate: Timestamp

    /// Reason for failure if status is failed
    errorLog: String

    /// URL of the root resource where the content of the file specified by the import job must be applied
    path: String

    /// URL of the file containing the data to be imported
    @required
    url: String

    /// Status of the import job (not started, running, succeeded, failed)
    status: JobStateType

    /// When sub-classing, this defines the super-class
    @jsonName("@baseType")
    baseType: String

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    @jsonName("@schemaLocation")
    schemaLocation: String

    /// When sub-classing, this defines the sub-class entity name
    @jsonName("@type")
    type: String
}

/// Valid values for the state of a batch job (e.g. catalog import)
enum JobStateType {
    NOT_STARTED = "Not Started"
    RUNNING = "Running"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
}
