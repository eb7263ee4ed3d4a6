/**
 * One behaviour, two balance engines. `make(options)` returns a fresh engine (undefined: skip)
 * whose time is `options.clock()`, so reservation expiry is tested without sleeping.
 */
import { balanceCases } from "./abmf-contract-balances";
import type { ContractContext, MakeEngine } from "./abmf-contract-context";
import { reservationCases } from "./abmf-contract-reservations";

export type { MakeEngine } from "./abmf-contract-context";

export function abmfContract(name: string, make: MakeEngine): void {
  describe(`BalanceEngine contract: ${name}`, () => {
    const clock = { now: 1_800_000_000_000 };
    const context: ContractContext = {
      make,
      clock,
      async setup(initial = 250n) {
        const engine = make({ clock: () => clock.now, reservationTtlMs: 60_000 });
        if (!engine) return undefined;
        await engine.createBucket({ id: "b1", accountId: "acct-1", unit: "EUR", initial });
        return engine;
      },
    };
    reservationCases(context);
    balanceCases(context);
  });
}
