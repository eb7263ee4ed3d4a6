/**
 * Failures the REST adapter raises itself, before or around the implementation: one class with a
 * code, a status table and `from(unknown)` (like Connect's ConnectError). The `type` is what
 * restJson1 sends in `x-amzn-errortype`.
 */
export const RestErrorCode = {
  /** The body, a header, a label or a query value cannot be read (bad JSON, wrong type). */
  SERIALIZATION: "SerializationException",
  /** No operation has this path. */
  NOT_FOUND: "UnknownOperationException",
  /** The path exists under another method. */
  METHOD_NOT_ALLOWED: "MethodNotAllowedException",
  /** The request lacks the credential the front end requires (rest/auth.ts), or it is wrong. */
  UNAUTHORIZED: "UnauthorizedException",
  /** The request `Content-Type` is not what the operation reads. */
  UNSUPPORTED_MEDIA_TYPE: "UnsupportedMediaTypeException",
  /** The `Accept` header excludes what the operation writes. */
  NOT_ACCEPTABLE: "NotAcceptableException",
  /** The body exceeds the configured limit. */
  PAYLOAD_TOO_LARGE: "PayloadTooLargeException",
  /** The implementation failed in a way the contract does not model. */
  INTERNAL: "InternalFailureException",
  /** The implementation lacks the operation. */
  NOT_IMPLEMENTED: "NotImplementedException",
} as const;
export type RestErrorCode = (typeof RestErrorCode)[keyof typeof RestErrorCode];

const STATUS: Record<RestErrorCode, number> = {
  SerializationException: 400,
  UnknownOperationException: 404,
  MethodNotAllowedException: 405,
  UnauthorizedException: 401,
  UnsupportedMediaTypeException: 415,
  NotAcceptableException: 406,
  PayloadTooLargeException: 413,
  InternalFailureException: 500,
  NotImplementedException: 501,
};

const REASON: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function reasonPhrase(status: number): string {
  return REASON[status] ?? (status >= 500 ? "Server Error" : "Client Error");
}

export class RestHttpError extends Error {
  readonly status: number;
  /** Extra response headers, e.g. `Allow` for 405. */
  readonly headers: Record<string, string>;

  constructor(
    readonly code: RestErrorCode,
    message: string,
    options?: { headers?: Record<string, string>; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "RestHttpError";
    this.status = STATUS[code];
    this.headers = options?.headers ?? {};
  }

  static is(value: unknown, code?: RestErrorCode): value is RestHttpError {
    return value instanceof RestHttpError && (code === undefined || value.code === code);
  }
}
