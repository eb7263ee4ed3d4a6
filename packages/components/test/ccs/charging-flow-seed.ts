/**
 * Seeding and reading the charging flow's data through the components' own contracts (native or
 * REST clients alike): a Service in TMF638, the Product it realizes in TMF637, an offering with a
 * usage price in TMF620, and a money bucket in the ABMF, topped up through TMF654.
 */
import { randomInt, randomUUID } from "node:crypto";
import type { BalanceManagement } from "../../../../generated/balance-management";
import type { ChargingDataRequest } from "../../../../generated/converged-charging";
import type { ProductCatalog } from "../../../../generated/product-catalog";
import type { ProductInventory } from "../../../../generated/product-inventory";
import type { ServiceInventory } from "../../../../generated/service-inventory";

/** Clients of the four contracts that hold the flow's data. */
export interface ChargingFlowData {
  readonly services: ServiceInventory;
  readonly products: ProductInventory;
  readonly catalog: ProductCatalog;
  readonly abmf: BalanceManagement;
}

export interface SeedOptions {
  /** Opening balance in EUR, as decimal text ("2.5"); omit for a product without a bucket. */
  readonly balance?: string;
  /** TMF638 state of the subscriber's service (default "active"). */
  readonly serviceState?: "active" | "inactive" | "terminated";
  /** The TMF620 usage price: EUR per `per` (default 0.01 EUR per 1 MB). */
  readonly price?: { readonly value: number; readonly per: { amount: number; units: string } };
}

export interface SeededSubscriber {
  /** SUPI: `imsi-` and 15 digits, unique per call. */
  readonly subscriber: string;
  readonly serviceId: string;
  readonly productId: string;
  readonly bucketId: string;
}

/** A fresh SUPI that no service names. */
export function newSupi(): string {
  return `imsi-00101${String(randomInt(0, 10_000_000_000)).padStart(10, "0")}`;
}

export async function seedSubscriber(
  data: ChargingFlowData,
  options: SeedOptions = {},
): Promise<SeededSubscriber> {
  const subscriber = newSupi();
  const price = options.price ?? { value: 0.01, per: { amount: 1, units: "MB" } };
  const { productOfferingPrice } = await data.catalog.createProductOfferingPrice({
    productOfferingPrice: {
      name: `data usage ${subscriber}`,
      priceType: "usage",
      price: { unit: "EUR", value: price.value },
      unitOfMeasure: price.per,
      lifecycleStatus: "Active",
    },
  });
  const { productOffering } = await data.catalog.createProductOffering({
    productOffering: {
      name: `5G data ${subscriber}`,
      lifecycleStatus: "Active",
      productOfferingPrice: [{ id: productOfferingPrice.id! }],
    },
  });
  const { service } = await data.services.createService({
    service: {
      name: `5G data of ${subscriber}`,
      state: options.serviceState ?? "active",
      serviceSpecification: { id: "spec-5g-data" },
      serviceCharacteristic: [{ name: "subscriberIdentifier", value: subscriber }],
    },
  });
  const { product } = await data.products.createProduct({
    product: {
      name: `5G data product of ${subscriber}`,
      status: "active",
      productOffering: { id: productOffering.id! },
      realizingService: [{ id: service.id! }],
    },
  });
  const bucketId = `bucket-${randomUUID()}`;
  if (options.balance !== undefined) await topUp(data, product.id!, bucketId, options.balance);
  return { subscriber, serviceId: service.id!, productId: product.id!, bucketId };
}

/** Credits `eur` (decimal text) to the product's money bucket, creating it on first use. */
export async function topUp(
  data: ChargingFlowData,
  productId: string,
  bucketId: string,
  eur: string,
): Promise<void> {
  await data.abmf.createTopupBalance({
    topupBalance: {
      bucket: { id: bucketId },
      product: [{ id: productId }],
      partyAccount: { id: `account-${productId}` },
      usageType: "monetary",
      amount: { amount: Number(eur), units: "EUR" },
    },
  });
}

/** The product's money balance in millionths of a EUR: available and reserved. */
export async function balanceOf(
  data: ChargingFlowData,
  productId: string,
): Promise<{ available: bigint; reserved: bigint }> {
  const { balances } = await data.abmf.getProductBalance({ productId });
  const eur = balances.find((b) => b.available.currencyCode === "EUR");
  if (!eur) throw new Error(`product ${productId} has no EUR balance`);
  return { available: eur.available.amount, reserved: eur.reserved.amount };
}

/** EUR as millionths (the ABMF contract's money unit): eur("0.71") = 710000n. */
export function eur(text: string): bigint {
  const [whole, fraction = ""] = text.split(".");
  return BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
}

export const RATING_GROUP = 32;

/**
 * An Nchf request for one data session (rating group 32): asking for units (an empty
 * `requestedUnit` lets the CHF decide, else `requested` octets), reporting `used` octets.
 */
export function chargingRequest(
  subscriber: string,
  sequence: number,
  usage: { requested?: bigint | "default"; used?: bigint } = {},
): ChargingDataRequest {
  const requestedUnit =
    usage.requested === undefined
      ? undefined
      : usage.requested === "default"
        ? {}
        : { totalVolume: usage.requested };
  return {
    subscriberIdentifier: subscriber,
    nfConsumerIdentification: {
      nodeFunctionality: "SMF",
      nFName: "5d3f2b63-9a51-4f1c-8e3e-0c6f3c8b1a11",
    },
    invocationTimeStamp: new Date(),
    invocationSequenceNumber: sequence,
    serviceSpecificationInfo: "32255@3gpp.org",
    multipleUnitUsage: [
      {
        ratingGroup: RATING_GROUP,
        ...(requestedUnit ? { requestedUnit } : {}),
        ...(usage.used !== undefined
          ? {
              usedUnitContainer: [{ localSequenceNumber: sequence, totalVolume: usage.used }],
            }
          : {}),
      },
    ],
  };
}

/** The ChargingDataRef: the last segment of the Location of a Create. */
export function chargingDataRef(location: string): string {
  const ref = location.split("/").pop();
  if (!ref) throw new Error(`no ChargingDataRef in Location "${location}"`);
  return ref;
}
