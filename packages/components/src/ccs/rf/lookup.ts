/**
 * What the RF learns before it can rate a subscriber (docs/rating-policy.md §2): the Service in
 * TMF638, the Product that service realizes in TMF637, and the Product Offering's usage price in
 * TMF620, turned into an integer tariff. Every lookup goes through a native client the host gave
 * the RF for a declared contract.
 */
import { isModeledError } from "@oda-codegen/runtime";
import { RatingError, tariffFromPrice, type Tariff } from "../../rating";
import type { ServiceInventory } from "../../../../../generated/service-inventory";
import type { ProductInventory } from "../../../../../generated/product-inventory";
import type { ProductCatalog } from "../../../../../generated/product-catalog";
import { MONEY_EXPONENT } from "../abmf/amounts";
import { ratingProblem } from "./errors";

export interface InventoryClients {
  readonly services: ServiceInventory;
  readonly products: ProductInventory;
  readonly catalog: ProductCatalog;
}

/** A subscriber ready to be charged: whose product's buckets, at which tariff. */
export interface Chargeable {
  readonly subscriber: string;
  readonly serviceId: string;
  readonly productId: string;
  readonly tariff: Tariff;
}

/**
 * The subscriber's chargeable product. Throws the Rating contract's errors: 404 USER_UNKNOWN (no
 * service for any identifier), 403 END_USER_REQUEST_DENIED (no active service, or its product is
 * not active), 400 RATING_FAILED (no product, offering or usage price, or a price that cannot be
 * rated).
 */
export async function findChargeable(
  clients: InventoryClients,
  subscriptionIds: readonly string[],
): Promise<Chargeable> {
  if (subscriptionIds.length === 0)
    throw ratingProblem("USER_UNKNOWN", "the request names no subscriptionId");
  let known: string | undefined;
  for (const subscriber of subscriptionIds) {
    const { services } = await clients.services.findServicesBySubscriber({
      subscriberId: subscriber,
    });
    if (services.length === 0) continue;
    known = subscriber;
    const service = services.find((s) => s.state === "active");
    if (service?.id)
      return { subscriber, serviceId: service.id, ...(await productOf(clients, service.id)) };
  }
  if (known !== undefined) {
    throw ratingProblem(
      "END_USER_REQUEST_DENIED",
      `subscriber "${known}" has no active service in the Service Inventory`,
    );
  }
  throw ratingProblem(
    "USER_UNKNOWN",
    `no service in the Service Inventory for ${subscriptionIds.map((s) => `"${s}"`).join(", ")}`,
  );
}

async function productOf(
  clients: InventoryClients,
  serviceId: string,
): Promise<{ productId: string; tariff: Tariff }> {
  const { products } = await clients.products.findProductsByService({ serviceId });
  if (products.length === 0)
    throw ratingProblem("RATING_FAILED", `no product is realized by service "${serviceId}"`);
  const product = products.find((p) => p.status === "active" && p.id);
  if (!product?.id) {
    throw ratingProblem(
      "END_USER_REQUEST_DENIED",
      `the product realized by service "${serviceId}" is not active`,
    );
  }
  const offeringId = product.productOffering?.id;
  if (!offeringId)
    throw ratingProblem("RATING_FAILED", `product "${product.id}" names no productOffering`);
  let prices;
  try {
    prices = (await clients.catalog.getOfferingPrices({ productOfferingId: offeringId }))
      .productOfferingPrices;
  } catch (error) {
    if (isModeledError(error) && error.httpStatus === 404)
      throw ratingProblem(
        "RATING_FAILED",
        `product offering "${offeringId}" is not in the catalog`,
      );
    throw error;
  }
  const usage = prices.find((p) => p.priceType === "usage");
  if (!usage)
    throw ratingProblem("RATING_FAILED", `product offering "${offeringId}" has no usage price`);
  try {
    return {
      productId: product.id,
      tariff: tariffFromPrice(usage, { moneyExponent: MONEY_EXPONENT }),
    };
  } catch (error) {
    if (error instanceof RatingError)
      throw ratingProblem("RATING_FAILED", `price "${usage.id ?? "?"}": ${error.message}`);
    throw error;
  }
}
