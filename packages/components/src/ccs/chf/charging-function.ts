/**
 * The CHF component: the generated `ConvergedCharging` contract (Nchf create/update/release). It
 * keeps one ChargingDataRef session per charging session in its store, and rates every request
 * through the RF's native `Rate`, the only contract it may call. A Create that cannot be granted
 * keeps no session; a released session is gone (404).
 */
import { randomUUID } from "node:crypto";
import type { DocumentStore } from "../../store";
import { DEFAULT_RATING_POLICY } from "../../rating";
import type {
  ConvergedCharging,
  ChargingDataRequest,
  ChargingDataResponse,
  CreateChargingDataInput,
  CreateChargingDataOutput,
  ReleaseChargingDataInput,
  ReleaseChargingDataOutput,
  UpdateChargingDataInput,
  UpdateChargingDataOutput,
} from "../../../../../generated/converged-charging";
import type { Rating, RatingDataResponse } from "../../../../../generated/rating";
import { ratingRequestOf, unitInformationOf } from "./mapping";
import { chargingDataNotFound, chargingError } from "./problems";

/** What the CHF keeps per ChargingDataRef. */
export interface ChargingSession {
  readonly ratingDataRef: string;
  readonly subscriberIdentifier?: string;
}

export interface ChargingFunctionDeps {
  readonly rf: Rating;
  readonly sessions: DocumentStore<ChargingSession>;
  /** Nchf `validityTime` of each grant, seconds (default the rating policy's). */
  readonly validityTimeSeconds?: number;
  readonly clock?: () => number;
}

export const CHARGING_DATA_PATH = "/nchf-convergedcharging/v3/chargingdata";

export class ChargingFunction implements ConvergedCharging {
  private readonly validity: number;
  private readonly clock: () => number;

  constructor(private readonly deps: ChargingFunctionDeps) {
    this.validity = deps.validityTimeSeconds ?? DEFAULT_RATING_POLICY.validityTimeSeconds;
    this.clock = deps.clock ?? Date.now;
  }

  async createChargingData(input: CreateChargingDataInput): Promise<CreateChargingDataOutput> {
    const request = input.chargingDataRequest;
    // A one-time event (immediate event charging) is charged at once; no session is kept.
    const phase = request.oneTimeEvent ? "event" : "start";
    const rated = await this.deps.rf
      .rate({ phase, request: ratingRequestOf(request, "start") })
      .catch(chargingError);
    const ref = randomUUID();
    if (rated.ratingDataRef) {
      await this.deps.sessions.put(ref, {
        ratingDataRef: rated.ratingDataRef,
        ...(request.subscriberIdentifier
          ? { subscriberIdentifier: request.subscriberIdentifier }
          : {}),
      });
    }
    return {
      location: `${CHARGING_DATA_PATH}/${ref}`,
      chargingDataResponse: this.response(request, rated.response),
    };
  }

  async updateChargingData(input: UpdateChargingDataInput): Promise<UpdateChargingDataOutput> {
    const request = input.chargingDataRequest;
    const session = await this.session(input.ChargingDataRef);
    const rated = await this.deps.rf
      .rate({
        phase: "update",
        ratingDataRef: session.ratingDataRef,
        request: ratingRequestOf(request, "update"),
      })
      .catch(chargingError);
    return { chargingDataResponse: this.response(request, rated.response) };
  }

  async releaseChargingData(input: ReleaseChargingDataInput): Promise<ReleaseChargingDataOutput> {
    const session = await this.session(input.ChargingDataRef);
    await this.deps.rf
      .rate({
        phase: "release",
        ratingDataRef: session.ratingDataRef,
        request: ratingRequestOf(input.chargingDataRequest, "release"),
      })
      .catch((error: unknown) => {
        // The RF already ended this rating session (a retransmitted release): nothing to charge.
        if ((error as { problemCause?: string }).problemCause === "RATING_DATA_NOT_FOUND") return;
        chargingError(error);
      });
    await this.deps.sessions.delete(input.ChargingDataRef);
    return {};
  }

  private async session(ref: string): Promise<ChargingSession> {
    const doc = await this.deps.sessions.get(ref);
    if (!doc) throw chargingDataNotFound(ref);
    return doc.value;
  }

  private response(request: ChargingDataRequest, rated: RatingDataResponse): ChargingDataResponse {
    const units = unitInformationOf(rated, this.validity);
    return {
      invocationTimeStamp: new Date(this.clock()),
      invocationSequenceNumber: request.invocationSequenceNumber,
      ...(units.length > 0 ? { multipleUnitInformation: units } : {}),
    };
  }
}
