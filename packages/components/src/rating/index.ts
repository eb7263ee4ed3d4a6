export { RatingError } from "./rating-error";
export { type Decimal, parseDecimal } from "./decimal";
export { UsageUnit, minorUnitExponent, parseUnitOfMeasure } from "./units";
export {
  type ProductOfferingPriceLike,
  type Tariff,
  type TariffOptions,
  priceOf,
  tariffFromPrice,
  wholeRatingUnits,
} from "./tariff";
export {
  DEFAULT_RATING_POLICY,
  type FinalUnitIndication,
  type Grant,
  type GrantPlan,
  type RatingPolicy,
  type UnitContainer,
  containerOf,
  grantFromReservation,
  planGrant,
  unitsIn,
} from "./grant";
export {
  type ChargeUsageRequest,
  type ReserveGrantRequest,
  type ReservedGrant,
  chargeUsage,
  endReservation,
  reserveGrant,
} from "./charging";
