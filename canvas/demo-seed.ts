/**
 * The demo data `npm start` seeds, written through the components' own native interfaces (as
 * any other caller would): a usage price and the offering carrying it (TMF620), the subscriber's
 * Service (TMF638, with the subscriber characteristic), the Product it realizes (TMF637), and a
 * balance for that product (the ABMF's TMF654 top-up).
 */
import type { Transport } from "@oda-codegen/runtime";
import { createProductCatalogNativeClient } from "../generated/product-catalog";
import { createProductInventoryNativeClient } from "../generated/product-inventory";
import { createServiceInventoryNativeClient } from "../generated/service-inventory";
import { createBalanceManagementNativeClient } from "../generated/balance-management";

export const DEMO_SUBSCRIBER = "imsi-001010000000001";

export interface DemoSeed {
  readonly subscriber: string;
  readonly serviceId: string;
  readonly productId: string;
  readonly offeringId: string;
  readonly priceId: string;
  /** The balance seeded, in cents (minor units of EUR). */
  readonly balanceCents: number;
}

export async function seedDemo(
  transport: Transport,
  options: { subscriber?: string; balanceCents?: number } = {},
): Promise<DemoSeed> {
  const subscriber = options.subscriber ?? DEMO_SUBSCRIBER;
  const balanceCents = options.balanceCents ?? 250;
  const catalog = createProductCatalogNativeClient(transport);
  const services = createServiceInventoryNativeClient(transport);
  const products = createProductInventoryNativeClient(transport);
  const abmf = createBalanceManagementNativeClient(transport);

  const { productOfferingPrice: price } = await catalog.createProductOfferingPrice({
    productOfferingPrice: {
      name: "5G data, per MB",
      priceType: "usage",
      lifecycleStatus: "Active",
      price: { unit: "EUR", value: 0.01 },
      unitOfMeasure: { amount: 1, units: "MB" },
    },
  });
  const { productOffering: offering } = await catalog.createProductOffering({
    productOffering: {
      name: "5G data (pay as you go)",
      lifecycleStatus: "Active",
      productOfferingPrice: [{ id: price.id!, name: price.name }],
    },
  });
  const { service } = await services.createService({
    service: {
      name: "5G data connectivity",
      state: "active",
      serviceSpecification: { id: "5g-data-connectivity", name: "5G data connectivity" },
      serviceCharacteristic: [{ name: "subscriberIdentifier", value: subscriber }],
    },
  });
  const { product } = await products.createProduct({
    product: {
      name: "5G data for " + subscriber,
      status: "active",
      productOffering: { id: offering.id! },
      realizingService: [{ id: service.id! }],
    },
  });
  await abmf.createTopupBalance({
    topupBalance: {
      amount: { amount: balanceCents / 100, units: "EUR" },
      bucket: { id: `${product.id}-EUR` },
      partyAccount: { id: subscriber },
      product: [{ id: product.id! }],
      usageType: "monetary",
    },
  });
  return {
    subscriber,
    serviceId: service.id!,
    productId: product.id!,
    offeringId: offering.id!,
    priceId: price.id!,
    balanceCents,
  };
}
