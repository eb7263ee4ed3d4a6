// Public API of @oda-codegen/codegen: Smithy Model → TypeScript files. Knows nothing of transports.
export { generateCode, DEFAULT_RUNTIME_IMPORT, type GenerateOptions } from "./generate";
export { syncGeneratedFiles, type SyncResult } from "./sync";
export { CodegenError, formatDiagnostic, type CodegenDiagnostic } from "./codegen-error";
export { GENERATED_HEADER, type GeneratedFile } from "./generated-file";
export { kebabCase } from "./names";
export { generateRestFile, buildRestSchema } from "./rest";
export { exportOpenApi, generateOpenApiFile } from "./openapi";
export {
  generateDocs,
  componentDiagram,
  FRONT_ENDS,
  MARKDOWN_HEADER,
  type DocsOptions,
  type ComponentGraph,
  type ComponentNode,
  type FrontEnds,
} from "./docs";
