/**
 * The host: runs the components of a manifest in this process. For each component it opens the
 * store, builds the capability-gated transport (in process, or NATS with local-first routing
 * under the component's own NATS user), creates the implementation, serves it on its front ends,
 * and logs one line with its endpoints. `close()` drains: no new calls, in-flight calls finish.
 */
import type { Redis } from "ioredis";
import {
  connectNatsTransport,
  createInProcessTransport,
  natsServiceSubject,
  serveService,
  type NatsTransport,
  type Served,
  type Transport,
} from "@oda-codegen/runtime";
import { openDocumentStore, outageAsUnavailable } from "../store";
import { capabilitiesFor } from "./capabilities";
import {
  HostError,
  resolveImplementation,
  type ComponentContext,
  type ComponentRegistry,
} from "./component-module";
import { serveHealth, type HealthCheck, type HealthServer } from "./health";
import { LocalRouting } from "./local-first";
import { connectRedis, firstConnection, reportRedisOutages } from "./redis-connection";
import { type ComponentManifest, type HostManifest, serviceNameOf } from "./manifest-types";
import { passwordVariable } from "./nats-permissions";
import { startRestFrontEnd, type RestFrontEnd } from "./rest-front-end";

export interface HostOptions {
  /** Where `./module#export` implementations are resolved from (the manifest's folder). */
  readonly baseDir?: string;
  /** Environment for NATS passwords (`ODA_NATS_PASSWORD_<NAME>`); default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** One line per event worth telling an operator; default console.log. */
  readonly log?: (line: string) => void;
  /** Address the REST front ends and the health endpoint listen on (default all interfaces). */
  readonly listenHost?: string;
}

export interface ComponentEndpoints {
  readonly name: string;
  readonly contract: string;
  /** `oda.<lattice>.<Service>.*` on NATS, or `in-process`. */
  readonly native?: string;
  readonly rest?: string;
}

export interface RunningHost {
  readonly components: readonly ComponentEndpoints[];
  readonly healthPort?: number;
  /**
   * The host's in-process transport, where every component it runs is served (on NATS too, for
   * local-first routing). For a program embedding the host (seeding, tests, benchmarks): its
   * calls are not capability-gated, as they come from the operator, not from a component.
   */
  readonly local: Transport;
  /** Stops taking calls, lets in-flight calls finish, then releases every connection. Idempotent. */
  close(): Promise<void>;
}

interface Started {
  readonly endpoints: ComponentEndpoints;
  /** The component's health: true, or what is wrong. */
  readonly health: HealthCheck;
  readonly served?: Served;
  readonly rest?: RestFrontEnd;
  readonly transport: Transport;
  readonly cleanups: (() => Promise<void> | void)[];
}

export async function startHost(
  manifest: HostManifest,
  registry: ComponentRegistry,
  options: HostOptions = {},
): Promise<RunningHost> {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = options.env ?? process.env;
  const redis =
    manifest.components.some((c) => c.store === "redis") && manifest.redis
      ? connectRedis(manifest.redis.url)
      : undefined;
  if (redis) {
    reportRedisOutages(redis, log);
    await firstConnection(redis);
  }
  const local = createInProcessTransport();
  const routing = manifest.transport.kind === "nats" ? new LocalRouting(local) : undefined;
  const natsTransports: Transport[] = [];
  const started: Started[] = [];
  let health: HealthServer | undefined;

  const release = async () => {
    // Callers stop before what they call, so that their in-flight calls can still finish.
    for (const wave of shutdownWaves(manifest, started)) {
      await Promise.all(wave.flatMap((s) => [s.served?.close(), s.rest?.close()]));
    }
    for (const s of started)
      for (const cleanup of s.cleanups) await Promise.resolve(cleanup()).catch(() => undefined);
    await Promise.all(started.map((s) => s.transport.close()));
    await Promise.all(natsTransports.map((t) => t.close().catch(() => undefined)));
    await local.close();
    if (redis) await redis.quit().catch(() => redis.disconnect());
    await health?.close();
  };

  try {
    for (const component of manifest.components) {
      let base: Transport = local;
      let health: HealthCheck = async () => true;
      if (routing && manifest.transport.kind === "nats") {
        const password = env[passwordVariable(component.name)];
        const nats = await connectNatsTransport({
          servers: [...manifest.transport.servers],
          lattice: manifest.lattice,
          name: component.name,
          ...(password !== undefined ? { user: component.name, pass: password } : {}),
        });
        natsTransports.push(nats);
        base = routing.view(nats);
        health = watchNats(nats);
      }
      started.push(
        await startComponent(manifest, component, registry, base, health, { redis, log, options }),
      );
    }
    if (manifest.health) {
      health = await serveHealth(
        healthChecks(started, redis),
        manifest.health.port,
        options.listenHost,
      );
      log(`health: http://${options.listenHost ?? "0.0.0.0"}:${health.port}/health`);
    }
  } catch (error) {
    await release().catch(() => undefined);
    throw error instanceof HostError
      ? error
      : new HostError(undefined, (error as Error)?.message ?? String(error), { cause: error });
  }

  let closing: Promise<void> | undefined;
  return {
    components: started.map((s) => s.endpoints),
    local,
    ...(health ? { healthPort: health.port } : {}),
    close: () => (closing ??= release()),
  };
}

async function startComponent(
  manifest: HostManifest,
  component: ComponentManifest,
  registry: ComponentRegistry,
  base: Transport,
  health: HealthCheck,
  shared: { redis?: Redis; log: (line: string) => void; options: HostOptions },
): Promise<Started> {
  const module = resolveImplementation(
    component.name,
    component.implementation,
    registry,
    shared.options.baseDir ?? process.cwd(),
  );
  if (module.service.shapeId !== component.contract) {
    throw new HostError(
      component.name,
      `implementation "${component.implementation}" serves ${module.service.shapeId}, not ${component.contract}`,
    );
  }
  const capabilities = capabilitiesFor(manifest, component.name, base);
  const cleanups: (() => Promise<void> | void)[] = [];
  const context: ComponentContext = {
    name: component.name,
    lattice: manifest.lattice,
    capabilities,
    store: (collection) =>
      outageAsUnavailable(
        openDocumentStore(
          {
            kind: component.store,
            lattice: manifest.lattice,
            component: component.name,
            redis: shared.redis,
          },
          collection,
        ),
      ),
    ...(component.store === "redis" && shared.redis ? { redis: shared.redis } : {}),
    onStop: (cleanup) => void cleanups.push(cleanup),
    log: (message) => shared.log(`${component.name}: ${message}`),
  };
  const impl = await failsAs(component.name, "create failed", () => module.create(context));
  const wantsNative = component.frontEnds !== "rest";
  const served = wantsNative
    ? await failsAs(component.name, "cannot serve natively", () =>
        serveService(module.service, impl, capabilities.transport),
      )
    : undefined;
  let rest: RestFrontEnd | undefined;
  if (component.rest) {
    if (!module.rest)
      throw new HostError(
        component.name,
        `implementation "${component.implementation}" has no REST binding`,
      );
    if (module.rest.basePath !== undefined && module.rest.basePath !== component.rest.basePath) {
      throw new HostError(
        component.name,
        `the contract's REST base path is ${module.rest.basePath}, the manifest says ${component.rest.basePath}`,
      );
    }
    try {
      rest = await startRestFrontEnd(module.rest, impl, {
        port: component.rest.port,
        host: shared.options.listenHost,
        ...(component.rest.auth ? { auth: component.rest.auth } : {}),
        onInternalError: (error) =>
          context.log(`REST internal error: ${(error as Error)?.stack ?? String(error)}`),
      });
    } catch (error) {
      await served?.close();
      throw new HostError(
        component.name,
        `cannot listen on port ${component.rest.port}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  const endpoints: ComponentEndpoints = {
    name: component.name,
    contract: component.contract,
    ...(wantsNative
      ? {
          native:
            manifest.transport.kind === "nats"
              ? `${natsServiceSubject(manifest.lattice, serviceNameOf(component.contract))}.*`
              : "in-process",
        }
      : {}),
    ...(rest
      ? {
          rest: `http://${shared.options.listenHost ?? "0.0.0.0"}:${rest.port}${component.rest?.basePath ?? ""}`,
        }
      : {}),
  };
  shared.log(
    `component ${component.name} (${component.contract}): ` +
      [
        endpoints.native && `native ${endpoints.native}`,
        endpoints.rest && `rest ${endpoints.rest}`,
        `store ${component.store}`,
      ]
        .filter(Boolean)
        .join(", "),
  );
  return {
    endpoints,
    health,
    ...(served ? { served } : {}),
    ...(rest ? { rest } : {}),
    transport: capabilities.transport,
    cleanups,
  };
}

/** Runs `step`, turning any failure into a HostError that names the component. */
async function failsAs<R>(component: string, what: string, step: () => R | Promise<R>): Promise<R> {
  try {
    return await step();
  } catch (error) {
    throw new HostError(component, `${what}: ${(error as Error)?.message ?? String(error)}`, {
      cause: error,
    });
  }
}

/**
 * The started components in waves: a component stops only after every component that calls it
 * (its `calls` name its contract) has stopped. Components in a cycle stop together, last.
 */
function shutdownWaves(manifest: HostManifest, started: readonly Started[]): Started[][] {
  const callsOf = new Map(manifest.components.map((c) => [c.name, c.calls]));
  let remaining = [...started];
  const waves: Started[][] = [];
  while (remaining.length > 0) {
    const stillCalled = (s: Started) =>
      remaining.some(
        (other) =>
          other !== s && (callsOf.get(other.endpoints.name) ?? []).includes(s.endpoints.contract),
      );
    const wave = remaining.filter((s) => !stillCalled(s));
    if (wave.length === 0) {
      waves.push(remaining); // a cycle: nothing is free of callers
      break;
    }
    waves.push(wave);
    remaining = remaining.filter((s) => !wave.includes(s));
  }
  return waves;
}

function healthChecks(
  started: readonly Started[],
  redis: Redis | undefined,
): Record<string, HealthCheck> {
  const checks: Record<string, HealthCheck> = {};
  for (const s of started) checks[s.endpoints.name] = s.health;
  if (redis) checks.redis = async () => (await redis.ping()) === "PONG" || "no PONG";
  return checks;
}

/** A component's NATS connection, as a health check: connected, or what happened to it. */
function watchNats(transport: NatsTransport): HealthCheck {
  let state: true | string = true;
  void (async () => {
    for await (const status of transport.connection.status()) {
      if (status.type === "disconnect" || status.type === "reconnecting")
        state = "NATS disconnected";
      else if (status.type === "reconnect") state = true;
      else if (status.type === "close") state = "NATS connection closed";
    }
  })().catch(() => undefined);
  return async () => (transport.connection.isClosed() ? "NATS connection closed" : state);
}
