/**
 * Local-first routing for a host on NATS: a native call to a contract that a component of the
 * same host process serves goes through the in-process transport (no network, no encoding);
 * only calls to contracts served elsewhere go over NATS. A component served here is served on
 * both, so that other hosts still reach it over NATS.
 *
 * One LocalRouting per host holds the shared in-process transport and knows what is served
 * locally; each component gets its own view over its own NATS connection (its own NATS user).
 */
import type {
  CallContext,
  OperationDescriptor,
  OperationHandler,
  ServeOptions,
  Served,
  ServiceDescriptor,
  Transport,
} from "@oda-codegen/runtime";

export class LocalRouting {
  /** Servers per service name registered through any view of this host. */
  private readonly localServers = new Map<string, number>();

  /** `local` is shared by every component of the host; the caller owns it and closes it. */
  constructor(readonly local: Transport) {}

  /** True while a component of this host serves the service (routing is by service name, as subjects are). */
  isLocal(serviceName: string): boolean {
    return (this.localServers.get(serviceName) ?? 0) > 0;
  }

  /**
   * One component's transport: calls go in process when the service is served in this host,
   * else over `remote` (the component's NATS transport). Closing the view stops what was served
   * through it; the caller closes `local` and `remote` themselves.
   */
  view(remote: Transport): Transport {
    const served = new Set<Served>();
    return {
      call: (
        service: ServiceDescriptor,
        operation: OperationDescriptor,
        input: unknown,
        context?: CallContext,
      ) =>
        (this.isLocal(service.name) ? this.local : remote).call(service, operation, input, context),
      serve: async (
        service: ServiceDescriptor,
        handlers: ReadonlyMap<string, OperationHandler>,
        options?: ServeOptions,
      ) => {
        const inProcess = await this.local.serve(service, handlers, options);
        let overNats: Served;
        try {
          overNats = await remote.serve(service, handlers, options);
        } catch (error) {
          await inProcess.close();
          throw error;
        }
        this.localServers.set(service.name, (this.localServers.get(service.name) ?? 0) + 1);
        let closing: Promise<void> | undefined;
        const both: Served = {
          close: () => {
            closing ??= (async () => {
              // Stop routing here first, so that new calls go to other hosts while these drain.
              this.localServers.set(service.name, (this.localServers.get(service.name) ?? 1) - 1);
              served.delete(both);
              await Promise.all([inProcess.close(), overNats.close()]);
            })();
            return closing;
          },
        };
        served.add(both);
        return both;
      },
      close: async () => {
        await Promise.all([...served].map((s) => s.close()));
      },
    };
  }
}
