/**
 * Worst-case injection (SPEC §5): the loss that replaces an injected slot is its strategy's
 * worst loss per contract, scaled to the slot's contracts and capital (./pools).
 *
 * Worst loss per contract of a strategy, a positive number of dollars (0 when the strategy
 * has none of the measures):
 * - 'all' (SPEC §5): max over the strategy's trades of margin per contract, OptionOmega Max
 *   Loss per contract (|Max Loss %| ÷ 100 × premium per contract) and realized loss per
 *   contract (−P/L ÷ contracts of a losing trade);
 * - 'realized': the realized losses alone.
 */
import type { ReplayInput } from '../replay/types';

export type WorstCaseBasis = 'all' | 'realized';

/** Per strategy (index into `input.strategies`): its worst loss per contract in dollars, ≥ 0. */
export function worstLossPerContract(input: ReplayInput, basis: WorstCaseBasis): Float64Array {
  const worst = new Float64Array(input.strategies.length);
  for (let i = 0; i < input.count; i++) {
    const s = input.strategy[i];
    const realized = -input.pl[i] / input.logContracts[i];
    if (realized > worst[s]) worst[s] = realized;
    if (basis === 'realized') continue;
    // NaN (unknown margin or Max Loss) never compares greater.
    if (input.marginPerContract[i] > worst[s]) worst[s] = input.marginPerContract[i];
    if (input.maxLossPerContract[i] > worst[s]) worst[s] = input.maxLossPerContract[i];
  }
  return worst;
}
