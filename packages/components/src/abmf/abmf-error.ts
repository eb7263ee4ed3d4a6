/** One error class for the balance engine, with a code (STYLE.md point 8). */
export const AbmfErrorCode = {
  /** Not enough available units (the 3GPP / Nchf cause of the same name, HTTP 403). */
  QUOTA_LIMIT_REACHED: "QUOTA_LIMIT_REACHED",
  BUCKET_NOT_FOUND: "BUCKET_NOT_FOUND",
  /** createBucket for an id that exists with another account or unit. */
  BUCKET_EXISTS: "BUCKET_EXISTS",
  /** An amount out of range: negative, zero where not allowed, above MAX_AMOUNT. */
  INVALID_AMOUNT: "INVALID_AMOUNT",
  /** An empty or too long key or id, or a bad TTL. */
  INVALID_REQUEST: "INVALID_REQUEST",
  /** The backing store failed. */
  UNAVAILABLE: "UNAVAILABLE",
} as const;
export type AbmfErrorCode = (typeof AbmfErrorCode)[keyof typeof AbmfErrorCode];

const HTTP_STATUS: Record<AbmfErrorCode, number> = {
  QUOTA_LIMIT_REACHED: 403,
  BUCKET_NOT_FOUND: 404,
  BUCKET_EXISTS: 409,
  INVALID_AMOUNT: 400,
  INVALID_REQUEST: 400,
  UNAVAILABLE: 503,
};

export class AbmfError extends Error {
  readonly code: AbmfErrorCode;
  /** For QUOTA_LIMIT_REACHED: what was available when the action was refused. */
  readonly available?: bigint;

  constructor(
    code: AbmfErrorCode,
    message: string,
    details?: { available?: bigint; cause?: unknown },
  ) {
    super(`[${code}] ${message}`, { cause: details?.cause });
    this.name = "AbmfError";
    this.code = code;
    if (details?.available !== undefined) this.available = details.available;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  static is(value: unknown, code?: AbmfErrorCode): value is AbmfError {
    return value instanceof AbmfError && (code === undefined || value.code === code);
  }
}

export function quotaLimitReached(bucketId: string, wanted: bigint, available: bigint): AbmfError {
  return new AbmfError(
    AbmfErrorCode.QUOTA_LIMIT_REACHED,
    `bucket "${bucketId}" has ${available} available, ${wanted} needed`,
    { available },
  );
}

export function bucketNotFound(bucketId: string): AbmfError {
  return new AbmfError(AbmfErrorCode.BUCKET_NOT_FOUND, `bucket "${bucketId}" does not exist`);
}
