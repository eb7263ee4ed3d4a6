/**
 * The RF component: the generated `Rating` contract. Natively the CHF calls `Rate`; over REST the
 * same sessions are `StartRating`, `UpdateRating` and `EndRating` (Nrf_Rating). A session knows
 * its subscriber's product and tariff from START on (lookup.ts), and holds one ABMF reservation
 * per rating group under `<RatingDataRef>/<ratingGroup>` (docs/rating-policy.md §5).
 */
import { randomUUID } from "node:crypto";
import type { JsonValue } from "@oda-codegen/runtime";
import type { DocumentStore } from "../../store";
import { DEFAULT_RATING_POLICY, type RatingPolicy, type Tariff } from "../../rating";
import type { BalanceManagement } from "../../../../../generated/balance-management";
import {
  rateOutputCodec,
  type EndRatingInput,
  type EndRatingOutput,
  type RateInput,
  type RateOutput,
  type Rating,
  type RatingDataRequest,
  type RatingDataResponse,
  type RatingPhase,
  type ServiceRatingResult,
  type StartRatingInput,
  type StartRatingOutput,
  type UpdateRatingInput,
  type UpdateRatingOutput,
} from "../../../../../generated/rating";
import { ratingProblem } from "./errors";
import { findChargeable, type InventoryClients } from "./lookup";
import { rateItem, releaseReservation, type ItemContext, type ItemResult } from "./rate-items";

/** What the RF keeps per rating session (JSON: bigints as strings). */
export interface RatingSession {
  readonly subscriber: string;
  readonly serviceId: string;
  readonly productId: string;
  readonly tariff: StoredTariff;
  /** Rating groups that may hold a reservation, released at the end. */
  readonly ratingGroups: number[];
  /** The last answer, for a repeated invocationSequenceNumber. */
  readonly lastSequence?: number;
  readonly lastAnswer?: JsonValue;
}

type StoredTariff = Omit<Tariff, "unitSize" | "unitPrice"> & {
  unitSize: string;
  unitPrice: string;
};

export interface RatingFunctionDeps extends InventoryClients {
  readonly abmf: BalanceManagement;
  readonly sessions: DocumentStore<RatingSession>;
  readonly policy?: RatingPolicy;
  readonly clock?: () => number;
}

const BASE_PATH = "/nrf-rating/v1/ratingdata";

export class RatingFunction implements Rating {
  private readonly policy: RatingPolicy;
  private readonly clock: () => number;

  constructor(private readonly deps: RatingFunctionDeps) {
    this.policy = deps.policy ?? DEFAULT_RATING_POLICY;
    this.clock = deps.clock ?? Date.now;
  }

  async rate(input: RateInput): Promise<RateOutput> {
    switch (input.phase) {
      case "start":
      case "event":
        return this.start(input.request, input.phase);
      case "update":
      case "release":
        if (!input.ratingDataRef)
          throw ratingProblem("CHARGING_FAILED", `phase ${input.phase} needs a ratingDataRef`);
        return this.continue(input.ratingDataRef, input.request, input.phase);
      default:
        throw ratingProblem("CHARGING_FAILED", `unknown phase ${JSON.stringify(input.phase)}`);
    }
  }

  async startRating(input: StartRatingInput): Promise<StartRatingOutput> {
    const phase = input.ratingDataRequest.oneTimeEvent ? "event" : "start";
    const out = await this.start(input.ratingDataRequest, phase);
    return {
      location: `${BASE_PATH}/${out.ratingDataRef ?? ""}`,
      ratingDataResponse: out.response,
    };
  }

  async updateRating(input: UpdateRatingInput): Promise<UpdateRatingOutput> {
    const out = await this.continue(input.RatingDataRef, input.ratingDataRequest, "update");
    return { ratingDataResponse: out.response };
  }

  async endRating(input: EndRatingInput): Promise<EndRatingOutput> {
    const out = await this.continue(input.RatingDataRef, input.ratingDataRequest, "release");
    return { ratingDataResponse: out.response };
  }

  /** START (a session is kept) or EVENT (rated at once, nothing kept). */
  private async start(request: RatingDataRequest, phase: RatingPhase): Promise<RateOutput> {
    const chargeable = await findChargeable(this.deps, request.subscriptionId ?? []);
    const ref = randomUUID();
    const ctx = this.itemContext(ref, request, chargeable.productId, chargeable.tariff, phase);
    const results = await this.rateItems(ctx, request, phase);
    const groups = ratingGroupsOf(request);
    const refused = nothingGranted(results);
    if (phase === "event" || refused) {
      // Nothing may stay held: an event keeps no session; a refused START keeps none either.
      await Promise.all(groups.map((g) => releaseReservation(ctx, g)));
      if (refused) throw quotaLimitReached(chargeable.subscriber);
      return { response: this.response(request, results) };
    }
    const output: RateOutput = { ratingDataRef: ref, response: this.response(request, results) };
    await this.deps.sessions.put(ref, {
      subscriber: chargeable.subscriber,
      serviceId: chargeable.serviceId,
      productId: chargeable.productId,
      tariff: storeTariff(chargeable.tariff),
      ratingGroups: groups,
      lastSequence: request.invocationSequenceNumber,
      lastAnswer: rateOutputCodec.toJson(output),
    });
    return output;
  }

  /** UPDATE or RELEASE of a kept session. */
  private async continue(
    ref: string,
    request: RatingDataRequest,
    phase: "update" | "release",
  ): Promise<RateOutput> {
    const doc = await this.deps.sessions.get(ref);
    if (!doc)
      throw ratingProblem(
        "RATING_DATA_NOT_FOUND",
        `no rating session "${ref}" (unknown or released)`,
      );
    const session = doc.value;
    if (session.lastSequence === request.invocationSequenceNumber && session.lastAnswer) {
      return rateOutputCodec.fromJson(session.lastAnswer); // a retransmission: same answer
    }
    const tariff = loadTariff(session.tariff);
    const ctx = this.itemContext(ref, request, session.productId, tariff, phase);
    const results = await this.rateItems(ctx, request, phase);
    const groups = [...new Set([...session.ratingGroups, ...ratingGroupsOf(request)])];
    if (phase === "release") {
      await Promise.all(groups.map((g) => releaseReservation(ctx, g)));
      await this.deps.sessions.delete(ref);
      return { ratingDataRef: ref, response: this.response(request, results) };
    }
    const output: RateOutput = { ratingDataRef: ref, response: this.response(request, results) };
    if (nothingGranted(results)) {
      // Used units were charged; the request for units got none. A retry finds the debit
      // recorded and is refused again, so no answer is kept for it.
      await this.deps.sessions.put(ref, { ...session, ratingGroups: groups });
      throw quotaLimitReached(session.subscriber);
    }
    await this.deps.sessions.put(ref, {
      ...session,
      ratingGroups: groups,
      lastSequence: request.invocationSequenceNumber,
      lastAnswer: rateOutputCodec.toJson(output),
    });
    return output;
  }

  private itemContext(
    ref: string,
    request: RatingDataRequest,
    productId: string,
    tariff: Tariff,
    phase: RatingPhase,
  ): ItemContext {
    return {
      abmf: this.deps.abmf,
      ref,
      sequence: request.invocationSequenceNumber,
      productId,
      tariff,
      policy: this.policy,
      now: this.clock(),
      // An event's usage is charged whole or not at all; session usage never overdraws (cap).
      overdraft: phase === "event" ? "refuse" : "cap",
    };
  }

  /** Debits first, then reserves, so that the money of used units is counted before the grant. */
  private async rateItems(
    ctx: ItemContext,
    request: RatingDataRequest,
    phase: RatingPhase,
  ): Promise<ItemResult[]> {
    const items = request.serviceRating ?? [];
    const order = (t: string) => (t === "DEBIT" ? 0 : 1);
    const sorted = [...items].sort((a, b) => order(a.requestSubType) - order(b.requestSubType));
    const results: ItemResult[] = [];
    for (const item of sorted) {
      if (phase === "release" && item.requestSubType === "RESERVE") continue; // nothing to grant
      results.push(await rateItem(ctx, item));
    }
    return results;
  }

  private response(request: RatingDataRequest, results: ItemResult[]): RatingDataResponse {
    const serviceRating: ServiceRatingResult[] = results.map((r) => r.result);
    return {
      invocationTimeStamp: new Date(this.clock()),
      invocationSequenceNumber: request.invocationSequenceNumber,
      ...(serviceRating.length > 0 ? { serviceRating } : {}),
    };
  }
}

/** Units were asked for and none could be granted: the 403 QUOTA_LIMIT_REACHED case. */
function nothingGranted(results: readonly ItemResult[]): boolean {
  const grants = results.filter((r) => r.kind === "grant");
  return grants.length > 0 && grants.every((r) => r.result.resultCode === "QUOTA_LIMIT_REACHED");
}

function quotaLimitReached(subscriber: string) {
  return ratingProblem(
    "QUOTA_LIMIT_REACHED",
    `the balance of "${subscriber}" cannot pay for one rating unit`,
  );
}

function ratingGroupsOf(request: RatingDataRequest): number[] {
  const groups = (request.serviceRating ?? [])
    .filter((item) => item.requestSubType === "RESERVE")
    .map((item) => item.ratingGroup ?? 0);
  return [...new Set(groups)];
}

function storeTariff(tariff: Tariff): StoredTariff {
  return {
    ...tariff,
    unitSize: tariff.unitSize.toString(),
    unitPrice: tariff.unitPrice.toString(),
  };
}

function loadTariff(stored: StoredTariff): Tariff {
  return { ...stored, unitSize: BigInt(stored.unitSize), unitPrice: BigInt(stored.unitPrice) };
}
