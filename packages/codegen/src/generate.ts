/**
 * Model → generated TypeScript: for each service, closure → view models → templates → formatter,
 * then one type check of the whole set. Deterministic: same model, same bytes.
 */
import { isPreludeId, nameOf, type Model, type ServiceShape } from "@oda-codegen/smithy";
import { CodegenError } from "./codegen-error";
import { buildCodecsView } from "./emit/codecs-view";
import { DEFAULT_CACHE_DIR, DiskCache, hashOf } from "./cache";
import { generateDocs, type DocsOptions } from "./docs";
import { formatFiles } from "./format";
import { comparePaths, type GeneratedFile } from "./generated-file";
import { kebabCase } from "./names";
import { generateOpenApiFile } from "./openapi";
import { render } from "./render";
import { generateRestFile } from "./rest";
import { checkFingerprint, typeCheck, type TypeCheckOptions } from "./type-check";
import { collectClosure } from "./view-model/closure";
import { createContext, type GenContext } from "./view-model/context";
import { buildServiceView } from "./view-model/service-view";
import { buildTypesView } from "./view-model/types-view";

export interface GenerateOptions {
  /** Service shape ids to generate; default: every service outside the prelude. */
  readonly services?: readonly string[];
  /** The module specifier generated code imports the runtime from. */
  readonly runtimeImport?: string;
  /** Skip the type check (for callers that check the set themselves). */
  readonly skipTypeCheck?: boolean;
  /** The runtime entry source the type check resolves `runtimeImport` to. */
  readonly runtimeEntry?: string;
  /**
   * Where to cache formatted files and passed type checks (content-addressed, always safe);
   * `false` disables it. Default: `node_modules/.cache/oda-codegen` under the working directory.
   */
  readonly cacheDir?: string | false;
  /** Also write Markdown documentation: a page per service and an index (docs/ module). */
  readonly docs?: DocsOptions;
  /** Hears what generation flags without failing (e.g. a `@pattern` moved to RE2 against ReDoS). */
  readonly onWarning?: (message: string) => void;
}

export const DEFAULT_RUNTIME_IMPORT = "@oda-codegen/runtime";

/**
 * Names generated code declares or imports: a shape with one of these names would shadow them.
 * Smithy's `rename` on the service resolves such a conflict.
 */
const TAKEN_NAMES = new Set([
  "FieldError",
  "ShapeCodec",
  "ValidationError",
  "ModeledError",
  "CallContext",
  "ErrorDescriptor",
  "NativeClientOptions",
  "ServeOptions",
  "Served",
  "ServiceDescriptor",
  "Transport",
  "Check",
]);

function checkNames(ctx: GenContext): void {
  const names = new Set<string>();
  for (const shape of ctx.closure.shapes) names.add(ctx.typeName(shape.id));
  const service = ctx.typeName(ctx.closure.service.id);
  const generated = [
    `${service}Descriptor`,
    `create${service}NativeClient`,
    `serve${service}`,
    `${service}Rest`,
    `create${service}RestHandler`,
    `create${service}RestClient`,
  ];
  for (const shape of ctx.closure.shapes) {
    const name = ctx.typeName(shape.id);
    if (
      TAKEN_NAMES.has(name) ||
      generated.includes(name) ||
      (ctx.isError(shape.id) && names.has(`${name}Members`))
    ) {
      throw new CodegenError(`Shape name ${name} clashes with a name the generated code uses`, [
        {
          shapeId: shape.id,
          message: `add \`rename: { "${shape.id}": "Other${name}" }\` to ${ctx.closure.service.id}`,
        },
      ]);
    }
  }
}

function serviceFiles(
  model: Model,
  service: ServiceShape,
  runtimeImport: string,
  warn: (message: string) => void,
): GeneratedFile[] {
  const closure = collectClosure(model, service);
  const ctx = createContext(model, closure, runtimeImport);
  checkNames(ctx);
  const types = buildTypesView(ctx);
  const codecs = buildCodecsView(ctx);
  for (const warning of codecs.warnings) warn(`${service.id}: ${warning}`);
  const serviceView = buildServiceView(ctx);
  const common = { sourceService: service.id, runtimeImport };
  const folder = kebabCase(ctx.typeName(service.id));
  const files: GeneratedFile[] = [];
  const exports: string[] = [];
  const add = (name: string, content: string, exportLine: string) => {
    files.push({ path: `${folder}/${name}.ts`, content });
    exports.push(exportLine);
  };
  if (types.declarations.length > 0)
    add("types", render("types", { ...common, ...types }), `export * from "./types";`);
  if (serviceView.errors.length > 0) {
    add("errors", render("errors", { ...common, ...serviceView }), `export * from "./errors";`);
  }
  add("codecs", render("codecs", { ...common, ...codecs }), `export * from "./codecs";`);
  add(
    "service",
    render("service", { ...common, ...serviceView }),
    `export type * from "./service";`,
  );
  add("native", render("native", { ...common, ...serviceView }), `export * from "./native";`);
  const rest = generateRestFile(model, service.id, { runtimeImport });
  if (rest !== undefined) add("rest", rest, `export * from "./rest";`);
  files.push({ path: `${folder}/index.ts`, content: render("index", { ...common, exports }) });
  return files;
}

export function selectServices(model: Model, ids: readonly string[] | undefined): ServiceShape[] {
  if (ids === undefined) {
    return model.shapesOfType("service").filter((s) => !isPreludeId(s.id));
  }
  return [...ids].sort().map((id) => {
    const shape = model.getShape(id);
    if (!shape || shape.type !== "service") {
      throw new CodegenError(`No service ${id} in the model`, [
        { shapeId: id, message: "not a service" },
      ]);
    }
    return shape as ServiceShape;
  });
}

/**
 * Starts the type check (in the compiler's own process) of the service folders whose exact text
 * has not passed before; undefined when every folder has. The promise is true when all pass.
 * Each folder is self-contained (it imports only the runtime and itself), so folders are keyed
 * separately and a change to one service re-checks only that one.
 */
function startCheck(
  files: readonly GeneratedFile[],
  options: TypeCheckOptions,
  cache: DiskCache,
): Promise<boolean> | undefined {
  const base = checkFingerprint(options);
  const byFolder = new Map<string, GeneratedFile[]>();
  for (const f of files) {
    const folder = f.path.split("/")[0]!;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
  }
  const keyOf = (folder: string) =>
    hashOf(base, ...byFolder.get(folder)!.flatMap((f) => [f.path, f.content]));
  const unchecked = [...byFolder.keys()].filter(
    (folder) => cache.get("check", keyOf(folder)) === undefined,
  );
  if (unchecked.length === 0) return undefined;
  return typeCheck(
    unchecked.flatMap((folder) => byFolder.get(folder)!),
    options,
  ).then((diagnostics) => {
    if (diagnostics.length > 0) return false;
    for (const folder of unchecked) cache.set("check", keyOf(folder), "ok");
    return true;
  });
}

/** The unformatted files of the selected services (templates only: not formatted, not checked). */
export function renderCode(model: Model, options: GenerateOptions = {}): GeneratedFile[] {
  const runtimeImport = options.runtimeImport ?? DEFAULT_RUNTIME_IMPORT;
  const raw: GeneratedFile[] = [];
  const folders = new Map<string, string>();
  const warn = options.onWarning ?? (() => undefined);
  for (const service of selectServices(model, options.services)) {
    const files = serviceFiles(model, service, runtimeImport, warn);
    const folder = files[0]!.path.split("/")[0]!;
    const other = folders.get(folder);
    if (other)
      throw new CodegenError(`Services ${other} and ${service.id} both generate into ${folder}/`);
    folders.set(folder, service.id);
    raw.push(...files);
  }
  return raw;
}

/** OpenAPI 3.1 of each REST front end, beside its code (JSON: neither formatted nor type-checked). */
function openApiFiles(model: Model, options: GenerateOptions): GeneratedFile[] {
  return selectServices(model, options.services).flatMap((service) => {
    const content = generateOpenApiFile(model, service.id);
    return content === undefined
      ? []
      : [{ path: `${kebabCase(nameOf(service.id))}/openapi.json`, content }];
  });
}

export async function generateCode(
  model: Model,
  options: GenerateOptions = {},
): Promise<GeneratedFile[]> {
  const runtimeImport = options.runtimeImport ?? DEFAULT_RUNTIME_IMPORT;
  const raw = renderCode(model, options);
  const cache = new DiskCache(
    options.cacheDir === false ? undefined : (options.cacheDir ?? DEFAULT_CACHE_DIR),
  );
  const checkOptions = {
    runtimeImport,
    ...(options.runtimeEntry !== undefined ? { runtimeEntry: options.runtimeEntry } : {}),
  };
  // The check runs in the compiler's process while this thread formats (formatting changes
  // layout, never meaning, so the unformatted text is checked).
  const checking = options.skipTypeCheck ? undefined : startCheck(raw, checkOptions, cache);
  checking?.catch(() => undefined); // awaited below, after formatting
  const contents = await formatFiles(
    raw.map((f) => f.content),
    raw.map((f) => f.path),
    cache,
  );
  const failed = checking !== undefined && !(await checking);
  const formatted = raw.map((f, i) => ({ path: f.path, content: contents[i]! })).sort(comparePaths);
  if (failed) {
    // Check again, so that diagnostics point into the files as they would be written.
    const diagnostics = await typeCheck(formatted, checkOptions);
    throw new CodegenError(
      `Generated code does not compile (${diagnostics.length} diagnostics)`,
      diagnostics,
    );
  }
  const docs = options.docs
    ? generateDocs(model, selectServices(model, options.services), options.docs)
    : [];
  return [...formatted, ...openApiFiles(model, options), ...docs].sort(comparePaths);
}
