// Public API of @oda-codegen/runtime: what generated code and components import at run time.
export * from "./contract";
