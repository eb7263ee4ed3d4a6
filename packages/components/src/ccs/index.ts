// The Converged Charging System's components (CHF, RF, ABMF), each implementing its generated
// contract once, and their registry for the host (`implementation: ccs-chf` etc.).
import type { ComponentRegistry } from "../host/component-module";
import { abmfModule } from "./abmf/module";
import { chfModule } from "./chf/module";
import { rfModule } from "./rf/module";

export const ccsComponentModules: ComponentRegistry = {
  "ccs-chf": chfModule,
  "ccs-rf": rfModule,
  "ccs-abmf": abmfModule,
};

export { abmfModule, chfModule, rfModule };
export {
  BalanceManagementComponent,
  type AbmfStores,
  type BucketRecord,
} from "./abmf/balance-management";
export { MONEY_EXPONENT } from "./abmf/amounts";
export { RatingFunction, type RatingFunctionDeps, type RatingSession } from "./rf/rating-function";
export { findChargeable, type Chargeable, type InventoryClients } from "./rf/lookup";
export {
  ChargingFunction,
  type ChargingFunctionDeps,
  type ChargingSession,
} from "./chf/charging-function";
