/**
 * Native clients of the canvas's contracts over one transport (ungated: tests and benches are no
 * component), and one Nchf data session through them: create, update, release.
 */
import { createNativeClient, type Transport } from "@oda-codegen/runtime";
import {
  BalanceManagementDescriptor,
  type BalanceManagement,
} from "../../../../generated/balance-management";
import {
  ConvergedChargingDescriptor,
  type ConvergedCharging,
} from "../../../../generated/converged-charging";
import {
  ProductCatalogDescriptor,
  type ProductCatalog,
} from "../../../../generated/product-catalog";
import {
  ProductInventoryDescriptor,
  type ProductInventory,
} from "../../../../generated/product-inventory";
import {
  ServiceInventoryDescriptor,
  type ServiceInventory,
} from "../../../../generated/service-inventory";
import { chargingDataRef, chargingRequest } from "./charging-flow-seed";

export function canvasClients(transport: Transport) {
  return {
    chf: createNativeClient<ConvergedCharging>(ConvergedChargingDescriptor, transport),
    services: createNativeClient<ServiceInventory>(ServiceInventoryDescriptor, transport),
    products: createNativeClient<ProductInventory>(ProductInventoryDescriptor, transport),
    catalog: createNativeClient<ProductCatalog>(ProductCatalogDescriptor, transport),
    abmf: createNativeClient<BalanceManagement>(BalanceManagementDescriptor, transport),
  };
}

/** One data session: 10 MB granted and used, then 5 MB more reported on release. */
export async function chargingSession(chf: ConvergedCharging, subscriber: string): Promise<void> {
  const created = await chf.createChargingData({
    chargingDataRequest: chargingRequest(subscriber, 1, { requested: "default" }),
  });
  const ref = chargingDataRef(created.location);
  await chf.updateChargingData({
    ChargingDataRef: ref,
    chargingDataRequest: chargingRequest(subscriber, 2, {
      requested: "default",
      used: 10_000_000n,
    }),
  });
  await chf.releaseChargingData({
    ChargingDataRef: ref,
    chargingDataRequest: chargingRequest(subscriber, 3, { used: 5_000_000n }),
  });
}
