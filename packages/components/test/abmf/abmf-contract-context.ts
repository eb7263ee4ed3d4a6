/** What the contract cases share: the engine factory, a settable clock, and a bucket of 250. */
import { AbmfErrorCode, type BalanceEngine, type BalanceEngineOptions } from "../../src/abmf";

export type MakeEngine = (options: BalanceEngineOptions) => BalanceEngine | undefined;

export interface ContractContext {
  readonly make: MakeEngine;
  /** The engines' time; cases move it forward instead of sleeping. */
  readonly clock: { now: number };
  /** A fresh engine with bucket "b1" of account "acct-1" holding `initial` EUR cents (undefined: skip). */
  setup(initial?: bigint): Promise<BalanceEngine | undefined>;
}

export const quota = { code: AbmfErrorCode.QUOTA_LIMIT_REACHED };
