/**
 * The Product Catalog (TMF620 v4, ODA TMFC001): the generated `ProductCatalog` interface,
 * implemented once and served by the native and the REST front ends alike. Seven collections
 * share the generic TMF collection; `GetOfferingPrices` is the native lookup the rating function
 * uses.
 */
import {
  BadRequest,
  NotFound,
  ProductCatalogDescriptor,
  ProductCatalogRest,
  type Catalog,
  type Category,
  type CreateCatalogInput,
  type CreateCatalogOutput,
  type CreateCategoryInput,
  type CreateCategoryOutput,
  type CreateExportJobInput,
  type CreateExportJobOutput,
  type CreateImportJobInput,
  type CreateImportJobOutput,
  type CreateProductOfferingInput,
  type CreateProductOfferingOutput,
  type CreateProductOfferingPriceInput,
  type CreateProductOfferingPriceOutput,
  type CreateProductSpecificationInput,
  type CreateProductSpecificationOutput,
  type DeleteCatalogInput,
  type DeleteCatalogOutput,
  type DeleteCategoryInput,
  type DeleteCategoryOutput,
  type DeleteExportJobInput,
  type DeleteExportJobOutput,
  type DeleteImportJobInput,
  type DeleteImportJobOutput,
  type DeleteProductOfferingInput,
  type DeleteProductOfferingOutput,
  type DeleteProductOfferingPriceInput,
  type DeleteProductOfferingPriceOutput,
  type DeleteProductSpecificationInput,
  type DeleteProductSpecificationOutput,
  type ExportJob,
  type GetOfferingPricesInput,
  type GetOfferingPricesOutput,
  type ImportJob,
  type ListCatalogInput,
  type ListCatalogOutput,
  type ListCategoryInput,
  type ListCategoryOutput,
  type ListExportJobInput,
  type ListExportJobOutput,
  type ListImportJobInput,
  type ListImportJobOutput,
  type ListProductOfferingInput,
  type ListProductOfferingOutput,
  type ListProductOfferingPriceInput,
  type ListProductOfferingPriceOutput,
  type ListProductSpecificationInput,
  type ListProductSpecificationOutput,
  type PatchCatalogInput,
  type PatchCatalogOutput,
  type PatchCategoryInput,
  type PatchCategoryOutput,
  type PatchProductOfferingInput,
  type PatchProductOfferingOutput,
  type PatchProductOfferingPriceInput,
  type PatchProductOfferingPriceOutput,
  type PatchProductSpecificationInput,
  type PatchProductSpecificationOutput,
  type ProductCatalog,
  type ProductOffering,
  type ProductOfferingPrice,
  type ProductSpecification,
  type RetrieveCatalogInput,
  type RetrieveCatalogOutput,
  type RetrieveCategoryInput,
  type RetrieveCategoryOutput,
  type RetrieveExportJobInput,
  type RetrieveExportJobOutput,
  type RetrieveImportJobInput,
  type RetrieveImportJobOutput,
  type RetrieveProductOfferingInput,
  type RetrieveProductOfferingOutput,
  type RetrieveProductOfferingPriceInput,
  type RetrieveProductOfferingPriceOutput,
  type RetrieveProductSpecificationInput,
  type RetrieveProductSpecificationOutput,
  type TimePeriod,
} from "../../../../generated/product-catalog";
import { EventKind } from "../events";
import type { ComponentModule } from "../host/component-module";
import type { TmfCollection } from "./tmf-collection";
import {
  TmfComponentBase,
  TmfParts,
  optionsFromContext,
  type TmfComponentOptions,
} from "./tmf-component";

const { CREATE, ATTRIBUTE_VALUE_CHANGE, STATE_CHANGE, DELETE } = EventKind;

export class ProductCatalogComponent extends TmfComponentBase implements ProductCatalog {
  private readonly catalogs: TmfCollection<Catalog>;
  private readonly categories: TmfCollection<Category>;
  private readonly offerings: TmfCollection<ProductOffering>;
  private readonly prices: TmfCollection<ProductOfferingPrice>;
  private readonly specifications: TmfCollection<ProductSpecification>;
  private readonly importJobs: TmfCollection<ImportJob>;
  private readonly exportJobs: TmfCollection<ExportJob>;

  constructor(options: TmfComponentOptions) {
    super(new TmfParts(options, ProductCatalogRest, { BadRequest, NotFound }));
    // The events of the model's @oda#hub (no batch operation exists to raise CatalogBatchEvent).
    this.catalogs = this.parts.collection<Catalog>("Catalog", [CREATE, DELETE]);
    this.categories = this.parts.collection<Category>("Category", [CREATE, DELETE]);
    this.offerings = this.parts.collection<ProductOffering>(
      "ProductOffering",
      [CREATE, ATTRIBUTE_VALUE_CHANGE, STATE_CHANGE, DELETE],
      "lifecycleStatus",
    );
    this.prices = this.parts.collection<ProductOfferingPrice>(
      "ProductOfferingPrice",
      [CREATE, ATTRIBUTE_VALUE_CHANGE, STATE_CHANGE, DELETE],
      "lifecycleStatus",
    );
    this.specifications = this.parts.collection<ProductSpecification>("ProductSpecification", [
      CREATE,
      DELETE,
    ]);
    this.importJobs = this.parts.collection<ImportJob>("ImportJob");
    this.exportJobs = this.parts.collection<ExportJob>("ExportJob");
  }

  /**
   * The offering and every price it references, bundles followed by their bundled prices, each
   * once; with `at`, only what is valid then. 404 when the offering is unknown (or not valid at
   * `at`), or when it references a price that does not exist: rating must not go on without it.
   */
  async getOfferingPrices(input: GetOfferingPricesInput): Promise<GetOfferingPricesOutput> {
    const offering = await this.offerings.find(input.productOfferingId);
    if (!offering || !validAt(offering.validFor, input.at)) {
      const when = input.at ? ` valid at ${input.at.toISOString()}` : "";
      throw this.parts.errors.notFound(
        `no ProductOffering with id ${JSON.stringify(input.productOfferingId)}${when}`,
      );
    }
    const prices: ProductOfferingPrice[] = [];
    const seen = new Set<string>();
    const visit = async (id: string | undefined, referrer: string): Promise<void> => {
      if (id === undefined || seen.has(id)) return;
      seen.add(id);
      const price = await this.prices.find(id);
      if (!price) {
        throw this.parts.errors.notFound(
          `ProductOfferingPrice ${JSON.stringify(id)} referenced by ${referrer} does not exist`,
        );
      }
      if (!validAt(price.validFor, input.at)) return;
      prices.push(price);
      if (price.isBundle) {
        for (const bundled of price.bundledPopRelationship ?? []) {
          await visit(bundled.id, `ProductOfferingPrice ${JSON.stringify(id)}`);
        }
      }
    };
    for (const ref of offering.productOfferingPrice ?? []) {
      await visit(ref.id, `ProductOffering ${JSON.stringify(input.productOfferingId)}`);
    }
    return { productOffering: offering, productOfferingPrices: prices };
  }

  // Catalog

  async createCatalog(input: CreateCatalogInput): Promise<CreateCatalogOutput> {
    return { catalog: await this.catalogs.create(input.catalog) };
  }

  async retrieveCatalog(input: RetrieveCatalogInput): Promise<RetrieveCatalogOutput> {
    return { catalog: await this.catalogs.retrieve(input.id, input.fields) };
  }

  async patchCatalog(input: PatchCatalogInput): Promise<PatchCatalogOutput> {
    return { catalog: await this.catalogs.patch(input.id, input.catalog) };
  }

  async deleteCatalog(input: DeleteCatalogInput): Promise<DeleteCatalogOutput> {
    await this.catalogs.remove(input.id);
    return {};
  }

  async listCatalog(input: ListCatalogInput): Promise<ListCatalogOutput> {
    const page = await this.catalogs.list(input);
    return { catalogs: page.items, totalCount: page.totalCount, resultCount: page.resultCount };
  }

  // Category

  async createCategory(input: CreateCategoryInput): Promise<CreateCategoryOutput> {
    return { category: await this.categories.create(input.category) };
  }

  async retrieveCategory(input: RetrieveCategoryInput): Promise<RetrieveCategoryOutput> {
    return { category: await this.categories.retrieve(input.id, input.fields) };
  }

  async patchCategory(input: PatchCategoryInput): Promise<PatchCategoryOutput> {
    return { category: await this.categories.patch(input.id, input.category) };
  }

  async deleteCategory(input: DeleteCategoryInput): Promise<DeleteCategoryOutput> {
    await this.categories.remove(input.id);
    return {};
  }

  async listCategory(input: ListCategoryInput): Promise<ListCategoryOutput> {
    const page = await this.categories.list(input);
    return { categories: page.items, totalCount: page.totalCount, resultCount: page.resultCount };
  }

  // ProductOffering

  async createProductOffering(
    input: CreateProductOfferingInput,
  ): Promise<CreateProductOfferingOutput> {
    return { productOffering: await this.offerings.create(input.productOffering) };
  }

  async retrieveProductOffering(
    input: RetrieveProductOfferingInput,
  ): Promise<RetrieveProductOfferingOutput> {
    return { productOffering: await this.offerings.retrieve(input.id, input.fields) };
  }

  async patchProductOffering(
    input: PatchProductOfferingInput,
  ): Promise<PatchProductOfferingOutput> {
    return { productOffering: await this.offerings.patch(input.id, input.productOffering) };
  }

  async deleteProductOffering(
    input: DeleteProductOfferingInput,
  ): Promise<DeleteProductOfferingOutput> {
    await this.offerings.remove(input.id);
    return {};
  }

  async listProductOffering(input: ListProductOfferingInput): Promise<ListProductOfferingOutput> {
    const page = await this.offerings.list(input);
    return {
      productOfferings: page.items,
      totalCount: page.totalCount,
      resultCount: page.resultCount,
    };
  }

  // ProductOfferingPrice

  async createProductOfferingPrice(
    input: CreateProductOfferingPriceInput,
  ): Promise<CreateProductOfferingPriceOutput> {
    return { productOfferingPrice: await this.prices.create(input.productOfferingPrice) };
  }

  async retrieveProductOfferingPrice(
    input: RetrieveProductOfferingPriceInput,
  ): Promise<RetrieveProductOfferingPriceOutput> {
    return { productOfferingPrice: await this.prices.retrieve(input.id, input.fields) };
  }

  async patchProductOfferingPrice(
    input: PatchProductOfferingPriceInput,
  ): Promise<PatchProductOfferingPriceOutput> {
    return { productOfferingPrice: await this.prices.patch(input.id, input.productOfferingPrice) };
  }

  async deleteProductOfferingPrice(
    input: DeleteProductOfferingPriceInput,
  ): Promise<DeleteProductOfferingPriceOutput> {
    await this.prices.remove(input.id);
    return {};
  }

  async listProductOfferingPrice(
    input: ListProductOfferingPriceInput,
  ): Promise<ListProductOfferingPriceOutput> {
    const page = await this.prices.list(input);
    return {
      productOfferingPrices: page.items,
      totalCount: page.totalCount,
      resultCount: page.resultCount,
    };
  }

  // ProductSpecification

  async createProductSpecification(
    input: CreateProductSpecificationInput,
  ): Promise<CreateProductSpecificationOutput> {
    return { productSpecification: await this.specifications.create(input.productSpecification) };
  }

  async retrieveProductSpecification(
    input: RetrieveProductSpecificationInput,
  ): Promise<RetrieveProductSpecificationOutput> {
    return { productSpecification: await this.specifications.retrieve(input.id, input.fields) };
  }

  async patchProductSpecification(
    input: PatchProductSpecificationInput,
  ): Promise<PatchProductSpecificationOutput> {
    return {
      productSpecification: await this.specifications.patch(input.id, input.productSpecification),
    };
  }

  async deleteProductSpecification(
    input: DeleteProductSpecificationInput,
  ): Promise<DeleteProductSpecificationOutput> {
    await this.specifications.remove(input.id);
    return {};
  }

  async listProductSpecification(
    input: ListProductSpecificationInput,
  ): Promise<ListProductSpecificationOutput> {
    const page = await this.specifications.list(input);
    return {
      productSpecifications: page.items,
      totalCount: page.totalCount,
      resultCount: page.resultCount,
    };
  }

  // ImportJob

  async createImportJob(input: CreateImportJobInput): Promise<CreateImportJobOutput> {
    return { importJob: await this.importJobs.create(input.importJob) };
  }

  async retrieveImportJob(input: RetrieveImportJobInput): Promise<RetrieveImportJobOutput> {
    return { importJob: await this.importJobs.retrieve(input.id, input.fields) };
  }

  async deleteImportJob(input: DeleteImportJobInput): Promise<DeleteImportJobOutput> {
    await this.importJobs.remove(input.id);
    return {};
  }

  async listImportJob(input: ListImportJobInput): Promise<ListImportJobOutput> {
    const page = await this.importJobs.list(input);
    return { importJobs: page.items, totalCount: page.totalCount, resultCount: page.resultCount };
  }

  // ExportJob

  async createExportJob(input: CreateExportJobInput): Promise<CreateExportJobOutput> {
    return { exportJob: await this.exportJobs.create(input.exportJob) };
  }

  async retrieveExportJob(input: RetrieveExportJobInput): Promise<RetrieveExportJobOutput> {
    return { exportJob: await this.exportJobs.retrieve(input.id, input.fields) };
  }

  async deleteExportJob(input: DeleteExportJobInput): Promise<DeleteExportJobOutput> {
    await this.exportJobs.remove(input.id);
    return {};
  }

  async listExportJob(input: ListExportJobInput): Promise<ListExportJobOutput> {
    const page = await this.exportJobs.list(input);
    return { exportJobs: page.items, totalCount: page.totalCount, resultCount: page.resultCount };
  }
}

/** True when no instant is asked for, or the period (open at either end) contains it. */
function validAt(period: TimePeriod | undefined, at: Date | undefined): boolean {
  if (!at || !period) return true;
  if (period.startDateTime && at < period.startDateTime) return false;
  if (period.endDateTime && at > period.endDateTime) return false;
  return true;
}

export function createProductCatalog(options: TmfComponentOptions): ProductCatalogComponent {
  return new ProductCatalogComponent(options);
}

/** For the host: `implementation: product-catalog`. */
export const productCatalogModule: ComponentModule = {
  service: ProductCatalogDescriptor,
  rest: ProductCatalogRest,
  create(context) {
    const component = createProductCatalog(optionsFromContext(context));
    context.onStop(() => component.drain());
    return component;
  },
};
