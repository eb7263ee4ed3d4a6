// Public API of the Smithy front end. It knows nothing of TypeScript output.
export * from "./model/node-value";
export * from "./model/source-location";
export * from "./model/shape-id";
export * from "./model/validation-event";
export * from "./model/shape";
export { Model } from "./model/model";
