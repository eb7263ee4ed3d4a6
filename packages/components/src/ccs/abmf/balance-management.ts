/**
 * The ABMF component: the generated `BalanceManagement` contract over the balance engine (memory
 * or Redis, src/abmf). A product's buckets are the engine account named by the TMF637 Product id,
 * one bucket per unit. The native Rc operations (reserve, debit, release, balance) are what the
 * RF calls; top-up and adjustment (TMF654) credit the buckets and create them on first use.
 * Every engine action is atomic and idempotent by its key (docs/rating-policy.md §5, §8).
 */
import { randomUUID } from "node:crypto";
import { type BalanceEngine, type Bucket as EngineBucket } from "../../abmf";
import type { DocumentStore } from "../../store";
import type * as bm from "../../../../../generated/balance-management";
import {
  createAdjustBalanceOutputCodec,
  createTopupBalanceOutputCodec,
  NotFound,
  type BalanceManagement,
} from "../../../../../generated/balance-management";
import { balanceAmount, engineUnitOf, fromQuantity, toQuantity } from "./amounts";
import { bucketNotFound, contractError, unimplemented } from "./errors";

/**
 * What the ABMF keeps about a bucket besides its amounts (which live in the engine), in TMF654
 * form so that list filters such as `product.id=…` apply as written.
 */
export interface BucketRecord {
  readonly id: string;
  readonly product: readonly [{ readonly id: string }];
  readonly unit: string;
  readonly usageType?: string;
  readonly partyAccount?: { readonly id: string };
  readonly name?: string;
}

export interface AbmfStores {
  readonly buckets: DocumentStore<BucketRecord>;
  /** TMF654 top-up and adjustment actions, as their JSON form. */
  readonly actions: DocumentStore<unknown>;
}

export interface AbmfOptions {
  /** Reservation lifetime when ReserveAmount gives no `expiresAt` (default: the engine's). */
  readonly clock?: () => number;
}

export class BalanceManagementComponent implements BalanceManagement {
  /** Product id → its engine buckets; a unit missing from the cache is looked up again. */
  private readonly productBuckets = new Map<string, readonly EngineBucket[]>();
  private readonly clock: () => number;

  constructor(
    private readonly engine: BalanceEngine,
    private readonly stores: AbmfStores,
    options: AbmfOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
  }

  // ---- Native Rc operations (the RF's) -------------------------------------------------------

  async reserveAmount(input: bm.ReserveAmountInput): Promise<bm.ReserveAmountOutput> {
    const unit = this.unitOf(input.amount);
    const bucket = await this.bucketFor(input.productId, unit);
    const ttlMs =
      input.expiresAt !== undefined ? input.expiresAt.getTime() - this.clock() : undefined;
    if (ttlMs !== undefined && !(ttlMs > 0))
      contractError(
        new TypeError(`expiresAt ${input.expiresAt?.toISOString()} is not in the future`),
      );
    if (input.amount.amount === 0n) {
      // Nothing to hold: report the state without touching the reservation.
      const now = await this.engine.getBucket(bucket.id);
      return {
        reservationKey: input.reservationKey,
        reserved: balanceAmount(unit, 0n),
        available: balanceAmount(unit, now?.available ?? 0n),
        finalUnits: false,
      };
    }
    try {
      const result = await this.engine.reserve({
        bucketId: bucket.id,
        key: input.reservationKey,
        amount: input.amount.amount,
        ...(ttlMs !== undefined ? { ttlMs: Math.ceil(ttlMs) } : {}),
        ...(input.allowPartial ? { partialStep: input.partialStep ?? 1n } : {}),
      });
      return {
        reservationKey: input.reservationKey,
        reserved: balanceAmount(unit, result.reserved),
        available: balanceAmount(unit, result.available),
        finalUnits: result.finalUnits,
      };
    } catch (error) {
      contractError(error, unit);
    }
  }

  async debitAmount(input: bm.DebitAmountInput): Promise<bm.DebitAmountOutput> {
    const unit = this.unitOf(input.amount);
    const bucket = await this.bucketFor(input.productId, unit);
    const overdraft = input.overdraft ?? (input.allowOverdraft ? "allow" : "refuse");
    try {
      const result = await this.engine.debit({
        bucketId: bucket.id,
        key: input.debitId,
        ...(input.reservationKey !== undefined ? { reservationKey: input.reservationKey } : {}),
        amount: input.amount.amount,
        overdraft,
      });
      return {
        debited: balanceAmount(unit, result.debited),
        shortfall: balanceAmount(unit, result.shortfall),
        replayed: result.replayed,
        fromReservation: balanceAmount(unit, result.fromReservation),
        reserved: balanceAmount(unit, result.reserved),
        available: balanceAmount(unit, result.available),
      };
    } catch (error) {
      contractError(error, unit);
    }
  }

  async releaseReservation(
    input: bm.ReleaseReservationInput,
  ): Promise<bm.ReleaseReservationOutput> {
    // The reservation is in one of the product's buckets; releasing an unknown key is a no-op.
    const buckets = await this.bucketsOf(input.productId, true);
    for (const bucket of buckets) {
      const result = await this.engine
        .release({ bucketId: bucket.id, key: input.reservationKey })
        .catch((error: unknown) => contractError(error));
      if (result.released > 0n) {
        return {
          refunded: balanceAmount(bucket.unit, result.released),
          available: balanceAmount(bucket.unit, result.available),
        };
      }
    }
    return {};
  }

  async getProductBalance(input: bm.GetProductBalanceInput): Promise<bm.GetProductBalanceOutput> {
    const buckets = await this.engine
      .getAccount(input.productId)
      .catch((error: unknown) => contractError(error));
    if (buckets.length === 0) throw bucketNotFound(`product "${input.productId}" has no bucket`);
    const byUnit = new Map<string, { available: bigint; reserved: bigint; ids: string[] }>();
    for (const b of buckets) {
      const sum = byUnit.get(b.unit) ?? { available: 0n, reserved: 0n, ids: [] };
      sum.available += b.available;
      sum.reserved += b.reserved;
      sum.ids.push(b.id);
      byUnit.set(b.unit, sum);
    }
    return {
      balances: [...byUnit].map(([unit, sum]) => ({
        available: balanceAmount(unit, sum.available),
        reserved: balanceAmount(unit, sum.reserved),
        bucketIds: sum.ids,
      })),
    };
  }

  // ---- TMF654 buckets --------------------------------------------------------------------------

  async retrieveBucket(input: bm.RetrieveBucketInput): Promise<bm.RetrieveBucketOutput> {
    const record = await this.stores.buckets.get(input.id);
    if (!record) throw notFound("bucket", input.id);
    return { bucket: await this.bucketView(record.value) };
  }

  async listBucket(input: bm.ListBucketInput): Promise<bm.ListBucketOutput> {
    const page = await this.stores.buckets.list(listQuery(input));
    const buckets = await Promise.all(page.items.map((doc) => this.bucketView(doc.value)));
    return { buckets, totalCount: page.total, resultCount: buckets.length };
  }

  // ---- TMF654 top-up and adjustment ------------------------------------------------------------

  async createTopupBalance(
    input: bm.CreateTopupBalanceInput,
  ): Promise<bm.CreateTopupBalanceOutput> {
    const topupBalance: bm.TopupBalance = await this.credit(
      "topup",
      input.topupBalance,
      "positive",
    );
    await this.stores.actions.put(
      `topup/${topupBalance.id}`,
      createTopupBalanceOutputCodec.toJson({ topupBalance }),
    );
    return { topupBalance };
  }

  async retrieveTopupBalance(
    input: bm.RetrieveTopupBalanceInput,
  ): Promise<bm.RetrieveTopupBalanceOutput> {
    const doc = await this.stores.actions.get(`topup/${input.id}`);
    if (!doc) throw notFound("topupBalance", input.id);
    return createTopupBalanceOutputCodec.fromJson(doc.value);
  }

  async listTopupBalance(input: bm.ListTopupBalanceInput): Promise<bm.ListTopupBalanceOutput> {
    const all = await this.stores.actions.list();
    const topups = all.items
      .filter((doc) => doc.id.startsWith("topup/"))
      .map((doc) => createTopupBalanceOutputCodec.fromJson(doc.value).topupBalance);
    const page = paginate(topups, input);
    return { topupBalances: page, totalCount: topups.length, resultCount: page.length };
  }

  async createAdjustBalance(
    input: bm.CreateAdjustBalanceInput,
  ): Promise<bm.CreateAdjustBalanceOutput> {
    const adjustBalance: bm.AdjustBalance = await this.credit(
      "adjust",
      input.adjustBalance,
      "nonZero",
    );
    await this.stores.actions.put(
      `adjust/${adjustBalance.id}`,
      createAdjustBalanceOutputCodec.toJson({ adjustBalance }),
    );
    return { adjustBalance };
  }

  /**
   * A top-up (positive) or an adjustment (non-zero) applied to its bucket, created for its
   * product on first use; the engine's key makes a retry of the same action harmless.
   */
  private async credit<T extends bm.TopupBalance_Create | bm.AdjustBalance_Create>(
    kind: "topup" | "adjust",
    body: T,
    rule: "positive" | "nonZero",
  ) {
    const requestedDate = new Date(this.clock());
    const { unit, amount } = quantity(body.amount, rule);
    const bucket = await this.ensureBucket(body, unit);
    const id = randomUUID();
    const request = { bucketId: bucket.id, key: `${kind}/${id}`, amount };
    await (kind === "topup" ? this.engine.topUp(request) : this.engine.adjust(request)).catch(
      (error: unknown) => contractError(error, unit),
    );
    return {
      ...body,
      id,
      bucket: { ...body.bucket, id: bucket.id },
      status: "completed" as const,
      requestedDate,
      confirmationDate: new Date(this.clock()),
    };
  }

  async retrieveAdjustBalance(
    input: bm.RetrieveAdjustBalanceInput,
  ): Promise<bm.RetrieveAdjustBalanceOutput> {
    const doc = await this.stores.actions.get(`adjust/${input.id}`);
    if (!doc) throw notFound("adjustBalance", input.id);
    return createAdjustBalanceOutputCodec.fromJson(doc.value);
  }

  async listAdjustBalance(input: bm.ListAdjustBalanceInput): Promise<bm.ListAdjustBalanceOutput> {
    const all = await this.stores.actions.list();
    const adjustments = all.items
      .filter((doc) => doc.id.startsWith("adjust/"))
      .map((doc) => createAdjustBalanceOutputCodec.fromJson(doc.value).adjustBalance);
    const page = paginate(adjustments, input);
    return { adjustBalances: page, totalCount: adjustments.length, resultCount: page.length };
  }

  // ---- TMF654 operations this ABMF does not offer: 501 -------------------------------------------

  retrieveAccumulatedBalance(): Promise<bm.RetrieveAccumulatedBalanceOutput> {
    unimplemented("RetrieveAccumulatedBalance");
  }
  listAccumulatedBalance(): Promise<bm.ListAccumulatedBalanceOutput> {
    unimplemented("ListAccumulatedBalance");
  }
  retrieveBalanceActionHistory(): Promise<bm.RetrieveBalanceActionHistoryOutput> {
    unimplemented("RetrieveBalanceActionHistory");
  }
  listBalanceActionHistory(): Promise<bm.ListBalanceActionHistoryOutput> {
    unimplemented("ListBalanceActionHistory");
  }
  patchTopupBalance(): Promise<bm.PatchTopupBalanceOutput> {
    unimplemented("PatchTopupBalance");
  }
  deleteTopupBalance(): Promise<bm.DeleteTopupBalanceOutput> {
    unimplemented("DeleteTopupBalance");
  }
  patchAdjustBalance(): Promise<bm.PatchAdjustBalanceOutput> {
    unimplemented("PatchAdjustBalance");
  }
  deleteAdjustBalance(): Promise<bm.DeleteAdjustBalanceOutput> {
    unimplemented("DeleteAdjustBalance");
  }
  createTransferBalance(): Promise<bm.CreateTransferBalanceOutput> {
    unimplemented("CreateTransferBalance");
  }
  retrieveTransferBalance(): Promise<bm.RetrieveTransferBalanceOutput> {
    unimplemented("RetrieveTransferBalance");
  }
  patchTransferBalance(): Promise<bm.PatchTransferBalanceOutput> {
    unimplemented("PatchTransferBalance");
  }
  deleteTransferBalance(): Promise<bm.DeleteTransferBalanceOutput> {
    unimplemented("DeleteTransferBalance");
  }
  listTransferBalance(): Promise<bm.ListTransferBalanceOutput> {
    unimplemented("ListTransferBalance");
  }
  createReserveBalance(): Promise<bm.CreateReserveBalanceOutput> {
    unimplemented("CreateReserveBalance");
  }
  retrieveReserveBalance(): Promise<bm.RetrieveReserveBalanceOutput> {
    unimplemented("RetrieveReserveBalance");
  }
  patchReserveBalance(): Promise<bm.PatchReserveBalanceOutput> {
    unimplemented("PatchReserveBalance");
  }
  deleteReserveBalance(): Promise<bm.DeleteReserveBalanceOutput> {
    unimplemented("DeleteReserveBalance");
  }
  listReserveBalance(): Promise<bm.ListReserveBalanceOutput> {
    unimplemented("ListReserveBalance");
  }
  registerListener(): Promise<bm.RegisterListenerOutput> {
    unimplemented("RegisterListener");
  }
  unregisterListener(): Promise<bm.UnregisterListenerOutput> {
    unimplemented("UnregisterListener");
  }

  // ---- Buckets of a product --------------------------------------------------------------------

  private unitOf(amount: bm.BalanceAmount): string {
    try {
      return engineUnitOf(amount);
    } catch (error) {
      contractError(error);
    }
  }

  private async bucketsOf(productId: string, fresh = false): Promise<readonly EngineBucket[]> {
    const cached = fresh ? undefined : this.productBuckets.get(productId);
    if (cached) return cached;
    const buckets = await this.engine
      .getAccount(productId)
      .catch((error: unknown) => contractError(error));
    if (buckets.length > 0) this.productBuckets.set(productId, buckets);
    return buckets;
  }

  /** The product's bucket in `unit` (the first by id when there are several). */
  private async bucketFor(productId: string, unit: string): Promise<EngineBucket> {
    const find = (buckets: readonly EngineBucket[]) => buckets.find((b) => b.unit === unit);
    const bucket =
      find(await this.bucketsOf(productId)) ?? find(await this.bucketsOf(productId, true));
    if (!bucket) throw bucketNotFound(`product "${productId}" has no ${unit} bucket`);
    return bucket;
  }

  /** The bucket a top-up or adjustment names, created for its product on first use. */
  private async ensureBucket(
    body: bm.TopupBalance_Create | bm.AdjustBalance_Create,
    unit: string,
  ): Promise<EngineBucket> {
    const bucketId = body.bucket.id;
    const existing = await this.engine
      .getBucket(bucketId)
      .catch((error: unknown) => contractError(error));
    if (existing && existing.unit !== unit)
      contractError(new TypeError(`bucket "${bucketId}" holds ${existing.unit}, not ${unit}`));
    const productId = existing?.accountId ?? body.product?.[0]?.id;
    if (!productId)
      contractError(
        new TypeError(`bucket "${bucketId}" does not exist: name its product to create it`),
      );
    const bucket =
      existing ??
      (await this.engine
        .createBucket({ id: bucketId, accountId: productId, unit })
        .catch((error: unknown) => contractError(error, unit)));
    // The record follows the engine bucket; writing it again after a crash in between is harmless.
    if (!existing || !(await this.stores.buckets.get(bucketId))) {
      const partyAccountId = "partyAccount" in body ? body.partyAccount?.id : undefined;
      await this.stores.buckets.putIfAbsent(bucketId, {
        id: bucketId,
        product: [{ id: productId }],
        unit,
        ...(body.usageType !== undefined ? { usageType: body.usageType } : {}),
        ...(partyAccountId !== undefined ? { partyAccount: { id: partyAccountId } } : {}),
        ...(body.bucket.name !== undefined ? { name: body.bucket.name } : {}),
      });
    }
    if (!existing) this.productBuckets.delete(productId);
    return bucket;
  }

  private async bucketView(record: BucketRecord): Promise<bm.Bucket> {
    const bucket = await this.engine
      .getBucket(record.id)
      .catch((error: unknown) => contractError(error));
    return {
      id: record.id,
      ...(record.name !== undefined ? { name: record.name } : {}),
      product: [{ id: record.product[0].id }],
      ...(record.partyAccount !== undefined
        ? { partyAccount: { id: record.partyAccount.id } }
        : {}),
      ...(record.usageType !== undefined ? { usageType: record.usageType as bm.UsageType } : {}),
      remainingValue: toQuantity(record.unit, bucket?.available ?? 0n),
      reservedValue: toQuantity(record.unit, bucket?.reserved ?? 0n),
      status: "active",
    };
  }
}

/** A top-up's (positive) or an adjustment's (non-zero) amount, checked before anything is written. */
function quantity(q: bm.Quantity, rule: "positive" | "nonZero"): { unit: string; amount: bigint } {
  try {
    const result = fromQuantity(q);
    if (rule === "positive" ? result.amount <= 0n : result.amount === 0n)
      throw new TypeError(`amount.amount must be ${rule === "positive" ? "positive" : "non-zero"}`);
    return result;
  } catch (error) {
    contractError(error);
  }
}

function notFound(resource: string, id: string): NotFound {
  return new NotFound({ code: "404", reason: `no ${resource} with id "${id}"`, status: "404" });
}

function listQuery(input: { offset?: number; limit?: number; filters?: Record<string, string> }) {
  return {
    ...(input.filters ? { where: input.filters } : {}),
    ...(input.offset !== undefined ? { offset: input.offset } : {}),
    ...(input.limit !== undefined ? { limit: input.limit } : {}),
  };
}

function paginate<T>(items: readonly T[], input: { offset?: number; limit?: number }): T[] {
  const offset = input.offset ?? 0;
  return items.slice(offset, input.limit !== undefined ? offset + input.limit : undefined);
}
