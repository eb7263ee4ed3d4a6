/**
 * The rating failed: the price cannot be turned into a tariff, or a request cannot be rated.
 * Maps to Nrf `RATING_FAILED` and, at the CHF, `CHARGING_FAILED` (HTTP 400; NOTES-E2E-FLOW.md).
 */
export class RatingError extends Error {
  readonly code = "RATING_FAILED" as const;
  readonly httpStatus = 400;
  /** Where in the price (or request) the problem is, e.g. `price.value`, `unitOfMeasure.units`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(`[RATING_FAILED] ${path}: ${message}`);
    this.name = "RatingError";
    this.path = path;
  }
}
