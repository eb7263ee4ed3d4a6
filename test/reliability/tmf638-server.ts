/**
 * The TMF638 front end the catalogue, load and fault sections talk to: the generated
 * ServiceInventory REST handler on the host's node:http front end (rest-front-end.ts, with its
 * slow-client timeouts and optional auth), over a DocumentStore the caller owns.
 */
import type { RestAuth } from "@oda-codegen/runtime/src/rest";
import type { DocumentStore } from "@oda-codegen/components/src/store";
import {
  startRestFrontEnd,
  type RestTimeouts,
} from "@oda-codegen/components/src/host/rest-front-end";
import { ServiceInventoryRest } from "../../generated/service-inventory";
import { inventoryFixture } from "./inventory-fixture";

export const TMF638_BASE = "/tmf-api/serviceInventory/v4";

export interface Tmf638Server {
  readonly port: number;
  readonly url: string;
  /** Unmodeled failures the handler saw (they answer a generic 500). */
  readonly internalErrors: unknown[];
  close(): Promise<void>;
}

export async function startTmf638(
  store: DocumentStore<Record<string, unknown>>,
  options: { auth?: RestAuth; timeouts?: RestTimeouts } = {},
): Promise<Tmf638Server> {
  const internalErrors: unknown[] = [];
  const front = await startRestFrontEnd(ServiceInventoryRest, inventoryFixture(store), {
    port: 0,
    host: "127.0.0.1",
    onInternalError: (error) => internalErrors.push(error),
    ...options,
  });
  return {
    port: front.port,
    url: `http://127.0.0.1:${front.port}${TMF638_BASE}`,
    internalErrors,
    close: () => front.close(),
  };
}
