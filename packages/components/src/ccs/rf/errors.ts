/** The RF's answers as the Rating contract's ProblemDetails errors, with a `RatingProblemCause`. */
import { BadRequest, Forbidden, NotFound } from "../../../../../generated/rating";

export type RatingCause =
  | "CHARGING_FAILED"
  | "RATING_FAILED"
  | "QUOTA_LIMIT_REACHED"
  | "END_USER_REQUEST_DENIED"
  | "USER_UNKNOWN"
  | "RATING_DATA_NOT_FOUND";

const STATUS: Record<RatingCause, number> = {
  CHARGING_FAILED: 400,
  RATING_FAILED: 400,
  QUOTA_LIMIT_REACHED: 403,
  END_USER_REQUEST_DENIED: 403,
  USER_UNKNOWN: 404,
  RATING_DATA_NOT_FOUND: 404,
};

const TITLE: Record<number, string> = { 400: "Bad Request", 403: "Forbidden", 404: "Not Found" };

export function ratingProblem(
  cause: RatingCause,
  detail: string,
): BadRequest | Forbidden | NotFound {
  const status = STATUS[cause];
  const members = { status, title: TITLE[status], detail, problemCause: cause };
  if (status === 400) return new BadRequest(members);
  if (status === 403) return new Forbidden(members);
  return new NotFound(members);
}
