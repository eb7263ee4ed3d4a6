/**
 * The Service Inventory (TMF638 v4, ODA TMFC008): the generated `ServiceInventory` interface,
 * implemented once and served by the native and the REST front ends alike.
 */
import {
  BadRequest,
  NotFound,
  ServiceInventoryDescriptor,
  ServiceInventoryRest,
  type CreateServiceInput,
  type CreateServiceOutput,
  type DeleteServiceInput,
  type DeleteServiceOutput,
  type FindServicesBySubscriberInput,
  type FindServicesBySubscriberOutput,
  type ListServiceInput,
  type ListServiceOutput,
  type PatchServiceInput,
  type PatchServiceOutput,
  type RetrieveServiceInput,
  type RetrieveServiceOutput,
  type Service,
  type ServiceInventory,
} from "../../../../generated/service-inventory";
import { EventKind } from "../events";
import type { ComponentModule } from "../host/component-module";
import type { TmfCollection } from "./tmf-collection";
import {
  TmfComponentBase,
  TmfParts,
  optionsFromContext,
  type TmfComponentOptions,
} from "./tmf-component";
import type { JsonObject } from "./wire-form";

/** The characteristic that names a Service's subscriber (model: FindServicesBySubscriber). */
export const SUBSCRIBER_CHARACTERISTIC = "subscriberIdentifier";

export class ServiceInventoryComponent extends TmfComponentBase implements ServiceInventory {
  private readonly services: TmfCollection<Service>;

  constructor(options: TmfComponentOptions) {
    super(new TmfParts(options, ServiceInventoryRest, { BadRequest, NotFound }));
    this.services = this.parts.collection<Service>(
      "Service",
      [
        EventKind.CREATE,
        EventKind.ATTRIBUTE_VALUE_CHANGE,
        EventKind.STATE_CHANGE,
        EventKind.DELETE,
      ],
      "state",
    );
  }

  async findServicesBySubscriber(
    input: FindServicesBySubscriberInput,
  ): Promise<FindServicesBySubscriberOutput> {
    const subscriber = input.subscriberId;
    const services = await this.services.where(
      input.state !== undefined ? { state: input.state } : {},
      (json) => json.id === subscriber || hasSubscriberCharacteristic(json, subscriber),
    );
    return { services };
  }

  async createService(input: CreateServiceInput): Promise<CreateServiceOutput> {
    return { service: await this.services.create(input.service) };
  }

  async retrieveService(input: RetrieveServiceInput): Promise<RetrieveServiceOutput> {
    return { service: await this.services.retrieve(input.id, input.fields) };
  }

  async patchService(input: PatchServiceInput): Promise<PatchServiceOutput> {
    return { service: await this.services.patch(input.id, input.service) };
  }

  async deleteService(input: DeleteServiceInput): Promise<DeleteServiceOutput> {
    await this.services.remove(input.id);
    return {};
  }

  async listService(input: ListServiceInput): Promise<ListServiceOutput> {
    const page = await this.services.list(input);
    return { services: page.items, totalCount: page.totalCount, resultCount: page.resultCount };
  }
}

function hasSubscriberCharacteristic(json: JsonObject, subscriber: string): boolean {
  const characteristics = json.serviceCharacteristic;
  if (!Array.isArray(characteristics)) return false;
  return characteristics.some((c) => {
    if (c === null || typeof c !== "object" || Array.isArray(c)) return false;
    if (c.name !== SUBSCRIBER_CHARACTERISTIC) return false;
    return Array.isArray(c.value) ? c.value.includes(subscriber) : c.value === subscriber;
  });
}

export function createServiceInventory(options: TmfComponentOptions): ServiceInventoryComponent {
  return new ServiceInventoryComponent(options);
}

/** For the host: `implementation: service-inventory`. */
export const serviceInventoryModule: ComponentModule = {
  service: ServiceInventoryDescriptor,
  rest: ServiceInventoryRest,
  create(context) {
    const component = createServiceInventory(optionsFromContext(context));
    context.onStop(() => component.drain());
    return component;
  },
};
