export { EventKind, buildEvent, changeEvents, type TmfEvent } from "./events";
export {
  HubRegistry,
  HubRegistryError,
  parseEventQuery,
  type HubSubscription,
} from "./hub-registry";
export { HubNotifier, type DeliveryReport, type HubNotifierOptions } from "./hub-notifier";
