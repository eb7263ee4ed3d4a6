/**
 * What the CHF answers when rating fails (docs/rating-policy.md §6, NOTES-E2E-FLOW.md): the RF's
 * ProblemDetails, carried over to the Nchf error of the same status, with the RF's cause turned
 * into the Nchf `ChargingProblemCause`:
 *
 * | RF                          | CHF                                  |
 * | --------------------------- | ------------------------------------ |
 * | 403 QUOTA_LIMIT_REACHED     | 403 QUOTA_LIMIT_REACHED              |
 * | 403 END_USER_REQUEST_DENIED | 403 END_USER_REQUEST_DENIED (the service is not active) |
 * | 404 USER_UNKNOWN            | 404 USER_UNKNOWN                     |
 * | 400 RATING_FAILED, CHARGING_FAILED | 400 CHARGING_FAILED           |
 * | 404 RATING_DATA_NOT_FOUND   | 404 CONTEXT_NOT_FOUND                |
 *
 * An unknown or released ChargingDataRef is 404 with the TS 29.500 cause `CONTEXT_NOT_FOUND`.
 * A runtime failure of the call (NOT_PERMITTED, UNAVAILABLE, TIMEOUT) passes through with its
 * native code, so that a refused capability stays visible as 403 NOT_PERMITTED.
 */
import { isModeledError } from "@oda-codegen/runtime";
import {
  BadRequest,
  Forbidden,
  InternalServerError,
  NotFound,
  ServiceUnavailable,
} from "../../../../../generated/converged-charging";

const CAUSE: Record<string, string> = {
  RATING_FAILED: "CHARGING_FAILED",
  RATING_DATA_NOT_FOUND: "CONTEXT_NOT_FOUND",
};

export function chargingDataNotFound(ref: string): NotFound {
  return new NotFound({
    status: 404,
    title: "Not Found",
    detail: `no charging data "${ref}" (unknown or released)`,
    problemCause: "CONTEXT_NOT_FOUND",
  });
}

/** Rethrows a failure of the RF as the CHF's Nchf error. */
export function chargingError(error: unknown): never {
  if (!isModeledError(error)) throw error;
  const members = error.toMembers() as { problemCause?: string; detail?: string };
  const problemCause =
    members.problemCause !== undefined
      ? (CAUSE[members.problemCause] ?? members.problemCause)
      : undefined;
  const body = {
    ...members,
    status: error.httpStatus,
    ...(problemCause !== undefined ? { problemCause } : {}),
  };
  switch (error.httpStatus) {
    case 400:
      throw new BadRequest(body);
    case 403:
      throw new Forbidden(body);
    case 404:
      throw new NotFound(body);
    case 503:
      throw new ServiceUnavailable(body);
    default:
      throw new InternalServerError({ ...body, status: 500, problemCause: "SYSTEM_FAILURE" });
  }
}
