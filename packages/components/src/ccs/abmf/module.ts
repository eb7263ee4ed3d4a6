/**
 * `ccs-abmf` for the host: the ABMF on the memory engine, or on the Redis engine (one Lua script
 * per action) when the manifest gives the component `store: redis`.
 */
import { MemoryBalanceEngine, RedisBalanceEngine, type BalanceEngine } from "../../abmf";
import type { ComponentModule } from "../../host/component-module";
import { keyPrefix } from "../../store";
import {
  BalanceManagementDescriptor,
  BalanceManagementRest,
} from "../../../../../generated/balance-management";
import { BalanceManagementComponent } from "./balance-management";

export const abmfModule: ComponentModule = {
  service: BalanceManagementDescriptor,
  rest: BalanceManagementRest,
  create(context) {
    const engine: BalanceEngine = context.redis
      ? new RedisBalanceEngine(
          context.redis,
          keyPrefix({ lattice: context.lattice, component: context.name, collection: "balances" }),
        )
      : new MemoryBalanceEngine();
    return new BalanceManagementComponent(engine, {
      buckets: context.store("buckets"),
      actions: context.store("actions"),
    });
  },
};
