/**
 * Nchf_ConvergedCharging (TS 32.291) ↔ Nrf_Rating, as the CHF translates them: each
 * MultipleUnitUsage becomes a DEBIT item (its used units, summed) and, when it asks for units, a
 * RESERVE item; each rated RESERVE item becomes a MultipleUnitInformation with its grant.
 */
import type {
  ChargingDataRequest,
  MultipleUnitInformation,
  UsedUnitContainer,
} from "../../../../../generated/converged-charging";
import type {
  ConsumedUnit,
  RatingDataRequest,
  RatingDataResponse,
  ServiceRatingRequest,
} from "../../../../../generated/rating";

/** The 5G data connectivity service context (TS 32.255), when the SMF names none. */
export const DATA_SERVICE_CONTEXT = "32255@3gpp.org";

export function ratingRequestOf(
  request: ChargingDataRequest,
  phase: "start" | "update" | "release",
): RatingDataRequest {
  const serviceRating: ServiceRatingRequest[] = [];
  for (const usage of request.multipleUnitUsage ?? []) {
    const consumed = sumContainers(usage.usedUnitContainer ?? []);
    if (consumed) {
      serviceRating.push({
        ratingGroup: usage.ratingGroup,
        requestSubType: "DEBIT",
        consumedUnit: consumed,
      });
    }
    if (usage.requestedUnit && phase !== "release") {
      const r = usage.requestedUnit;
      serviceRating.push({
        ratingGroup: usage.ratingGroup,
        requestSubType: "RESERVE",
        requestedUnit: {
          ...(r.time !== undefined ? { time: r.time } : {}),
          ...(r.totalVolume !== undefined ? { totalVolume: r.totalVolume } : {}),
          ...(r.uplinkVolume !== undefined ? { uplinkVolume: r.uplinkVolume } : {}),
          ...(r.downlinkVolume !== undefined ? { downlinkVolume: r.downlinkVolume } : {}),
          ...(r.serviceSpecificUnits !== undefined
            ? { serviceSpecificUnit: r.serviceSpecificUnits }
            : {}),
        },
      });
    }
  }
  return {
    ...(request.subscriberIdentifier ? { subscriptionId: [request.subscriberIdentifier] } : {}),
    ...(request.tenantIdentifier ? { tenantIdentifier: request.tenantIdentifier } : {}),
    nfConsumerIdentification: { nodeFunctionality: "CHF" },
    invocationTimeStamp: request.invocationTimeStamp,
    invocationSequenceNumber: request.invocationSequenceNumber,
    ...(request.oneTimeEvent !== undefined ? { oneTimeEvent: request.oneTimeEvent } : {}),
    serviceContextId: request.serviceSpecificationInfo ?? DATA_SERVICE_CONTEXT,
    ...(serviceRating.length > 0 ? { serviceRating } : {}),
  };
}

/** The used units of a report, summed over its containers; undefined when it reports none. */
function sumContainers(containers: readonly UsedUnitContainer[]): ConsumedUnit | undefined {
  if (containers.length === 0) return undefined;
  let time: number | undefined;
  let total: bigint | undefined;
  let up: bigint | undefined;
  let down: bigint | undefined;
  let units: bigint | undefined;
  const add = (a: bigint | undefined, b: bigint | undefined) =>
    b === undefined ? a : (a ?? 0n) + b;
  for (const c of containers) {
    if (c.time !== undefined) time = (time ?? 0) + c.time;
    total = add(total, c.totalVolume);
    up = add(up, c.uplinkVolume);
    down = add(down, c.downlinkVolume);
    units = add(units, c.serviceSpecificUnits);
  }
  return {
    ...(time !== undefined ? { time } : {}),
    ...(total !== undefined ? { totalVolume: total } : {}),
    ...(up !== undefined ? { uplinkVolume: up } : {}),
    ...(down !== undefined ? { downlinkVolume: down } : {}),
    ...(units !== undefined ? { serviceSpecificUnit: units } : {}),
  };
}

/** The grants of a rating response, one MultipleUnitInformation per RESERVE item. */
export function unitInformationOf(
  response: RatingDataResponse,
  validityTime: number,
): MultipleUnitInformation[] {
  const out: MultipleUnitInformation[] = [];
  for (const item of response.serviceRating ?? []) {
    if (item.consumedUnit !== undefined && item.grantedUnit === undefined) continue; // a DEBIT
    if (item.grantedUnit === undefined && item.resultCode === "SUCCESS") continue; // RELEASE
    const g = item.grantedUnit;
    out.push({
      ratingGroup: item.ratingGroup ?? 0,
      resultCode: item.resultCode,
      ...(g
        ? {
            grantedUnit: {
              ...(g.time !== undefined ? { time: g.time } : {}),
              ...(g.totalVolume !== undefined ? { totalVolume: g.totalVolume } : {}),
              ...(g.uplinkVolume !== undefined ? { uplinkVolume: g.uplinkVolume } : {}),
              ...(g.downlinkVolume !== undefined ? { downlinkVolume: g.downlinkVolume } : {}),
              ...(g.serviceSpecificUnit !== undefined
                ? { serviceSpecificUnits: g.serviceSpecificUnit }
                : {}),
            },
            validityTime,
          }
        : {}),
      ...(item.finalUnitIndication
        ? { finalUnitIndication: { finalUnitAction: item.finalUnitIndication.finalUnitAction } }
        : {}),
    });
  }
  return out;
}
