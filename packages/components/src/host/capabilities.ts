/**
 * The capability gate: a component gets clients only for the contracts its manifest entry
 * declares in `calls`, and may serve only its own `contract`. Everything else fails with the
 * runtime's NativeCallError NOT_PERMITTED (HTTP 403), before anything is sent. On NATS the
 * server enforces the same rule again with per-component permissions (nats-permissions.ts).
 */
import {
  NativeCallError,
  NativeCode,
  createNativeClient,
  type CallContext,
  type NativeClientOptions,
  type OperationDescriptor,
  type OperationHandler,
  type ServeOptions,
  type Served,
  type ServiceDescriptor,
  type Transport,
} from "@oda-codegen/runtime";
import { type ComponentManifest, type HostManifest, serviceNameOf } from "./manifest-types";

export interface Capabilities {
  readonly component: string;
  /** The contract (service shape id) this component serves. */
  readonly serves: string;
  /** The contracts it may call. */
  readonly calls: readonly string[];
  /** True when `contract` (a shape id) was declared in `calls`. */
  mayCall(contract: string): boolean;
  /** The typed native client of a declared contract; throws NOT_PERMITTED for any other. */
  client<S>(service: ServiceDescriptor, options?: NativeClientOptions): S;
  /**
   * The component's own view of the transport: calls outside `calls` and serving anything but
   * `serves` fail NOT_PERMITTED; calls carry the component name as `caller`. Closing it stops
   * what it served, not the shared transport.
   */
  readonly transport: Transport;
}

/** A descriptor matches a declared contract by shape id and by the name its subjects use. */
function declares(contracts: readonly string[], service: ServiceDescriptor): boolean {
  return contracts.some((id) => id === service.shapeId && serviceNameOf(id) === service.name);
}

function notPermitted(
  component: string,
  what: string,
  allowed: readonly string[],
): NativeCallError {
  const list = allowed.length > 0 ? allowed.join(", ") : "none";
  return new NativeCallError(
    NativeCode.NOT_PERMITTED,
    `component "${component}" may not ${what} (declared: ${list})`,
  );
}

export function gateTransport(
  transport: Transport,
  component: Pick<ComponentManifest, "name" | "contract" | "calls">,
): Transport {
  const served: Served[] = [];
  return {
    async call(
      service: ServiceDescriptor,
      operation: OperationDescriptor,
      input: unknown,
      context?: CallContext,
    ) {
      if (!declares(component.calls, service)) {
        throw notPermitted(component.name, `call ${service.shapeId}`, component.calls);
      }
      return transport.call(service, operation, input, { ...context, caller: component.name });
    },
    async serve(
      service: ServiceDescriptor,
      handlers: ReadonlyMap<string, OperationHandler>,
      options?: ServeOptions,
    ) {
      if (!declares([component.contract], service)) {
        throw notPermitted(component.name, `serve ${service.shapeId}`, [component.contract]);
      }
      const one = await transport.serve(service, handlers, options);
      served.push(one);
      return one;
    },
    async close() {
      await Promise.all(served.splice(0).map((s) => s.close()));
    },
  };
}

export function capabilitiesFor(
  manifest: HostManifest,
  componentName: string,
  transport: Transport,
): Capabilities {
  const component = manifest.components.find((c) => c.name === componentName);
  if (!component) {
    throw new NativeCallError(
      NativeCode.NOT_PERMITTED,
      `no component "${componentName}" in the manifest`,
    );
  }
  const gated = gateTransport(transport, component);
  return {
    component: component.name,
    serves: component.contract,
    calls: component.calls,
    mayCall: (contract) => component.calls.includes(contract),
    client<S>(service: ServiceDescriptor, options?: NativeClientOptions): S {
      if (!declares(component.calls, service)) {
        throw notPermitted(component.name, `call ${service.shapeId}`, component.calls);
      }
      return createNativeClient<S>(service, gated, options);
    },
    transport: gated,
  };
}
