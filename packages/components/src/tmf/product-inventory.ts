/**
 * The Product Inventory (TMF637 v4, ODA TMFC005): the generated `ProductInventory` interface,
 * implemented once and served by the native and the REST front ends alike.
 */
import {
  BadRequest,
  NotFound,
  ProductInventoryDescriptor,
  ProductInventoryRest,
  type CreateProductInput,
  type CreateProductOutput,
  type DeleteProductInput,
  type DeleteProductOutput,
  type FindProductsByServiceInput,
  type FindProductsByServiceOutput,
  type ListProductInput,
  type ListProductOutput,
  type PatchProductInput,
  type PatchProductOutput,
  type Product,
  type ProductInventory,
  type RetrieveProductInput,
  type RetrieveProductOutput,
} from "../../../../generated/product-inventory";
import { EventKind } from "../events";
import type { ComponentModule } from "../host/component-module";
import type { TmfCollection } from "./tmf-collection";
import {
  TmfComponentBase,
  TmfParts,
  optionsFromContext,
  type TmfComponentOptions,
} from "./tmf-component";

export class ProductInventoryComponent extends TmfComponentBase implements ProductInventory {
  private readonly products: TmfCollection<Product>;

  constructor(options: TmfComponentOptions) {
    super(new TmfParts(options, ProductInventoryRest, { BadRequest, NotFound }));
    // The model's ProductBatchEvent has no batch operation to raise it in v4.
    this.products = this.parts.collection<Product>(
      "Product",
      [
        EventKind.CREATE,
        EventKind.ATTRIBUTE_VALUE_CHANGE,
        EventKind.STATE_CHANGE,
        EventKind.DELETE,
      ],
      "status",
    );
  }

  /** Products whose `realizingService` references the service (REST: `?realizingService.id=`). */
  async findProductsByService(
    input: FindProductsByServiceInput,
  ): Promise<FindProductsByServiceOutput> {
    const products = await this.products.where({
      "realizingService.id": input.serviceId,
      ...(input.status !== undefined ? { status: input.status } : {}),
    });
    return { products };
  }

  async createProduct(input: CreateProductInput): Promise<CreateProductOutput> {
    return { product: await this.products.create(input.product) };
  }

  async retrieveProduct(input: RetrieveProductInput): Promise<RetrieveProductOutput> {
    return { product: await this.products.retrieve(input.id, input.fields) };
  }

  async patchProduct(input: PatchProductInput): Promise<PatchProductOutput> {
    return { product: await this.products.patch(input.id, input.product) };
  }

  async deleteProduct(input: DeleteProductInput): Promise<DeleteProductOutput> {
    await this.products.remove(input.id);
    return {};
  }

  async listProduct(input: ListProductInput): Promise<ListProductOutput> {
    const page = await this.products.list(input);
    return { products: page.items, totalCount: page.totalCount, resultCount: page.resultCount };
  }
}

export function createProductInventory(options: TmfComponentOptions): ProductInventoryComponent {
  return new ProductInventoryComponent(options);
}

/** For the host: `implementation: product-inventory`. */
export const productInventoryModule: ComponentModule = {
  service: ProductInventoryDescriptor,
  rest: ProductInventoryRest,
  create(context) {
    const component = createProductInventory(optionsFromContext(context));
    context.onStop(() => component.drain());
    return component;
  },
};
