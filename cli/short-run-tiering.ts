/**
 * V8 tiering for a command that finishes in a fraction of a second (`sizewise stats`): V8
 * optimises a function with TurboFan, on background threads, once it has run a budget of
 * bytecode (`--interrupt-budget`, 67,584 on Node 20). In a 0.3 s run most of that compiling
 * finishes too late to pay for itself, yet it is CPU time the user waits for on a loaded
 * machine. Raising the budget eightfold before the work starts keeps hot loops optimised
 * (a 100,000-trade log still tiers up) while the short run skips the compiles it would not
 * profit from. Measured (docs/performance.md): `sizewise stats` of the 4,034-trade log
 * 0.42 → 0.35 s CPU; the 100,851-trade log within noise (2.17 → 2.26 s). The flag is
 * process-wide, so only commands whose run is short call this.
 */
import { setFlagsFromString } from 'node:v8';

/** Eight times Node 20's default interrupt budget (67,584 bytes of bytecode). */
export const SHORT_RUN_INTERRUPT_BUDGET = 8 * 67_584;

/** Lets functions run longer in the interpreter and baseline tiers before TurboFan compiles them. */
export function tierUpLater(): void {
  setFlagsFromString(`--interrupt-budget=${SHORT_RUN_INTERRUPT_BUDGET}`);
}
