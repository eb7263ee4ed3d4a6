/** One error class for every store failure, with a code (STYLE.md point 8). */
export const StoreErrorCode = {
  /** A conditional write found another version than the one expected. */
  VERSION_CONFLICT: "VERSION_CONFLICT",
  /** `update` kept conflicting with concurrent writers. */
  CONTENTION: "CONTENTION",
  /** The id, the value or the query is not acceptable (e.g. not JSON, a negative offset). */
  INVALID: "INVALID",
  /** The backing service failed or answered something unreadable. */
  UNAVAILABLE: "UNAVAILABLE",
} as const;
export type StoreErrorCode = (typeof StoreErrorCode)[keyof typeof StoreErrorCode];

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[${code}] ${message}`, options);
    this.name = "StoreError";
    this.code = code;
  }

  static is(value: unknown, code?: StoreErrorCode): value is StoreError {
    return value instanceof StoreError && (code === undefined || value.code === code);
  }
}

export function versionConflict(id: string, expected: number, actual: number): StoreError {
  return new StoreError(
    StoreErrorCode.VERSION_CONFLICT,
    `document "${id}" is at version ${actual}, expected ${expected}`,
  );
}
