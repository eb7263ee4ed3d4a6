// Public API of the Smithy front end. It knows nothing of TypeScript output.
export * from "./model/node-value";
export * from "./model/source-location";
export * from "./model/shape-id";
export * from "./model/validation-event";
export * from "./model/shape";
export { Model } from "./model/model";

// ---- the front end: load, assemble, compare, serialize ----
export { assembleModel, loadSource, type AssembleOptions, type AssemblyResult } from "./assemble-model";
export { formatJsonAst, serializeJsonAst, type SerializeOptions } from "./serialize/json-ast";
export { modelsEqual, modelDifference, shapeDifference } from "./model-equals";

// ---- building blocks, for tools and tests ----
export { parseIdl } from "./loader/idl-parser";
export { loadJsonAst } from "./loader/json-ast-loader";
export type { LoadedFile } from "./loader/load-ops";
export { assembleFiles } from "./assembler/assembler";
export { loadPrelude, preludeText } from "./prelude/prelude";

// ---- breaking-change diff (smithy-diff) ----
export * from "./diff";
