export * from "./manifest-types";
export {
  formatManifestIssues,
  loadManifestFile,
  parseManifest,
  type ParseManifestOptions,
  type ParsedManifest,
} from "./manifest";
export {
  REPLY_INBOX,
  componentPermissions,
  natsServerConfig,
  passwordVariable,
  type NatsConfigOptions,
  type NatsUserPermissions,
} from "./nats-permissions";
export { type Capabilities, capabilitiesFor, gateTransport } from "./capabilities";
export { LocalRouting } from "./local-first";
export {
  type HealthCheck,
  type HealthReport,
  type HealthServer,
  checkHealth,
  serveHealth,
} from "./health";
export {
  HostError,
  resolveImplementation,
  type ComponentContext,
  type ComponentModule,
  type ComponentRegistry,
} from "./component-module";
export { startHost, type ComponentEndpoints, type HostOptions, type RunningHost } from "./host";
export { selectComponents } from "./select";
