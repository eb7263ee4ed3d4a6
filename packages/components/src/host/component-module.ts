/**
 * What the host runs: a component module pairs the generated descriptors of a contract with a
 * factory for its implementation. The factory gets a context holding everything the manifest
 * grants the component (clients for its declared contracts, its store), and nothing else.
 */
import * as path from "node:path";
import type { Redis } from "ioredis";
import type { ServiceDescriptor } from "@oda-codegen/runtime";
import type { RestServiceSchema } from "@oda-codegen/runtime/src/rest";
import type { DocumentStore } from "../store";
import type { Capabilities } from "./capabilities";

export interface ComponentContext {
  readonly name: string;
  readonly lattice: string;
  /** Clients for the contracts the manifest lets this component call, and nothing else. */
  readonly capabilities: Capabilities;
  /** One collection of the component's store (memory or Redis, as the manifest says). */
  store<T>(collection: string): DocumentStore<T>;
  /** The host's Redis connection when the component's store is redis (e.g. for the ABMF engine). */
  readonly redis?: Redis;
  /** Runs when the host stops, after the component stopped taking calls (flush, close). */
  onStop(cleanup: () => Promise<void> | void): void;
  readonly log: (message: string) => void;
}

export interface ComponentModule {
  /** The generated service descriptor of the contract the component serves. */
  readonly service: ServiceDescriptor;
  /** The generated REST binding: required when the manifest asks for a REST front end. */
  readonly rest?: RestServiceSchema;
  /** Builds the implementation of the service interface (served by every front end). */
  create(context: ComponentContext): object | Promise<object>;
}

/** Implementations by registered name, as the manifest's `implementation` names them. */
export type ComponentRegistry = Readonly<Record<string, ComponentModule>>;

export class HostError extends Error {
  constructor(
    readonly component: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(component ? `component "${component}": ${message}` : message, options);
    this.name = "HostError";
  }
}

function isModule(value: unknown): value is ComponentModule {
  const v = value as Partial<ComponentModule> | null | undefined;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.create === "function" &&
    typeof v.service?.shapeId === "string"
  );
}

/**
 * The module an `implementation` names: a registered name, or `module#export` (default export
 * `default`) loaded with require, relative to `baseDir` (the manifest's folder).
 */
export function resolveImplementation(
  component: string,
  implementation: string,
  registry: ComponentRegistry,
  baseDir: string,
): ComponentModule {
  if (Object.prototype.hasOwnProperty.call(registry, implementation))
    return registry[implementation];
  const hash = implementation.indexOf("#");
  const specifier = hash < 0 ? implementation : implementation.slice(0, hash);
  const exportName = hash < 0 ? "default" : implementation.slice(hash + 1);
  if (!/^[./]/.test(specifier) && !specifier.includes("/")) {
    const known = Object.keys(registry);
    throw new HostError(
      component,
      `no registered implementation "${implementation}" (registered: ${known.length > 0 ? known.join(", ") : "none"})`,
    );
  }
  let loaded: Record<string, unknown>;
  try {
    const resolved = specifier.startsWith(".") ? path.resolve(baseDir, specifier) : specifier;
    loaded = require(resolved) as Record<string, unknown>;
  } catch (cause) {
    throw new HostError(component, `cannot load ${specifier}: ${(cause as Error).message}`, {
      cause,
    });
  }
  const candidate = loaded[exportName];
  if (!isModule(candidate)) {
    throw new HostError(
      component,
      `${specifier} exports no component module "${exportName}" ({ service, create })`,
    );
  }
  return candidate;
}
