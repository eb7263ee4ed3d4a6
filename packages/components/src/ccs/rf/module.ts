/** `ccs-rf` for the host: the RF, with native clients for the four contracts it declares. */
import type { ComponentModule } from "../../host/component-module";
import {
  BalanceManagementDescriptor,
  type BalanceManagement,
} from "../../../../../generated/balance-management";
import {
  ProductCatalogDescriptor,
  type ProductCatalog,
} from "../../../../../generated/product-catalog";
import {
  ProductInventoryDescriptor,
  type ProductInventory,
} from "../../../../../generated/product-inventory";
import { RatingDescriptor, RatingRest } from "../../../../../generated/rating";
import {
  ServiceInventoryDescriptor,
  type ServiceInventory,
} from "../../../../../generated/service-inventory";
import { RatingFunction } from "./rating-function";

export const rfModule: ComponentModule = {
  service: RatingDescriptor,
  rest: RatingRest,
  create(context) {
    const { capabilities } = context;
    return new RatingFunction({
      services: capabilities.client<ServiceInventory>(ServiceInventoryDescriptor),
      products: capabilities.client<ProductInventory>(ProductInventoryDescriptor),
      catalog: capabilities.client<ProductCatalog>(ProductCatalogDescriptor),
      abmf: capabilities.client<BalanceManagement>(BalanceManagementDescriptor),
      sessions: context.store("ratingData"),
    });
  },
};
