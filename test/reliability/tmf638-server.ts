/**
 * The TMF638 front end the catalogue, load and fault sections talk to: the Service Inventory
 * component behind the generated REST handler on the host's node:http front end
 * (rest-front-end.ts, with its slow-client timeouts and optional auth).
 */
import type { RestAuth } from "@oda-codegen/runtime/src/rest";
import {
  startRestFrontEnd,
  type RestTimeouts,
} from "@oda-codegen/components/src/host/rest-front-end";
import { ServiceInventoryRest } from "../../generated/service-inventory";
import type { Inventory } from "./inventory";

export const TMF638_BASE = "/tmf-api/serviceInventory/v4";

export interface Tmf638Server {
  readonly port: number;
  readonly url: string;
  /** Unmodeled failures the handler saw (they answer a generic 500). */
  readonly internalErrors: unknown[];
  close(): Promise<void>;
}

export async function startTmf638(
  inventory: Inventory,
  options: { auth?: RestAuth; timeouts?: RestTimeouts } = {},
): Promise<Tmf638Server> {
  const internalErrors: unknown[] = [];
  const front = await startRestFrontEnd(ServiceInventoryRest, inventory.component, {
    port: 0,
    host: "127.0.0.1",
    onInternalError: (error) => internalErrors.push(error),
    ...options,
  });
  return {
    port: front.port,
    url: `http://127.0.0.1:${front.port}${TMF638_BASE}`,
    internalErrors,
    close: async () => {
      await front.close();
      await inventory.component.drain();
    },
  };
}
