// The TMF ODA Components: Service Inventory (TMF638), Product Inventory (TMF637) and Product
// Catalog (TMF620), each implementing its generated interface once over the generic TMF
// collection, and their component modules for the host.
import type { ComponentRegistry } from "../host/component-module";
import { productCatalogModule } from "./product-catalog";
import { productInventoryModule } from "./product-inventory";
import { serviceInventoryModule } from "./service-inventory";

export {
  ServiceInventoryComponent,
  SUBSCRIBER_CHARACTERISTIC,
  createServiceInventory,
  serviceInventoryModule,
} from "./service-inventory";
export {
  ProductInventoryComponent,
  createProductInventory,
  productInventoryModule,
} from "./product-inventory";
export {
  ProductCatalogComponent,
  createProductCatalog,
  productCatalogModule,
} from "./product-catalog";
export { type TmfComponentOptions } from "./tmf-component";
export {
  TmfCollection,
  type EventSink,
  type TmfCollectionSpec,
  type TmfListQuery,
  type TmfPage,
} from "./tmf-collection";
export { TmfHub } from "./tmf-hub";
export { TmfErrors, type TmfErrorClasses } from "./tmf-errors";

/** The host's registered names for the TMF components (`implementation: service-inventory`). */
export const tmfComponentModules: ComponentRegistry = {
  "service-inventory": serviceInventoryModule,
  "product-inventory": productInventoryModule,
  "product-catalog": productCatalogModule,
};
