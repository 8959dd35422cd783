/**
 * Never silent (issue 12): when allocation and sizing leave zero bets, pick the single best
 * candidate by edge after fees (p − fee-adjusted price; ties: the larger Kelly, then the
 * earlier candidate) and size it with a tiny fixed cap (default $2): floor(cap ÷ fee-adjusted
 * price) contracts, at most the available ones. It ignores the group budgets (that is the
 * point) and is marked forced, with the reasons no regular bet passed. Only a candidate with
 * a positive edge is forced: a run whose candidates all have none places nothing and says so.
 */
import { money } from './run-budget';
import type { SizedCandidate, SkipCode } from './size-candidates';

const WHY: Record<SkipCode, (n: number) => string> = {
  'no-edge': (n) => `${n} had no edge after fees`,
  price: (n) => `${n} had a fee-adjusted price of 1 or more`,
  'no-budget': (n) => `${n} ${n === 1 ? 'was' : 'were'} in a group without budget`,
  'rounds-to-zero': (n) => `${n} rounded down to 0 contracts`,
};

/** "3 candidates, none placed: 2 had no edge after fees, 1 rounded down to 0 contracts". */
export function whyNoBet(sized: readonly SizedCandidate[]): string {
  const counts = new Map<SkipCode, number>();
  for (const c of sized) if (c.skip) counts.set(c.skip, (counts.get(c.skip) ?? 0) + 1);
  const parts = (['no-edge', 'price', 'no-budget', 'rounds-to-zero'] as SkipCode[]).filter((k) => counts.has(k)).map((k) => WHY[k](counts.get(k) as number));
  return `${sized.length} candidate${sized.length === 1 ? '' : 's'}, none placed: ${parts.join(', ')}`;
}

export type ForcedOutcome = { ticket: SizedCandidate; index: number } | { ticket: null; reason: string };

export function forcedTrade(sized: readonly SizedCandidate[], forceCap: number): ForcedOutcome {
  let best = -1;
  for (let i = 0; i < sized.length; i++) {
    const c = sized[i];
    if (!(c.cost < 1) || !(c.edge > 0)) continue;
    const b = best < 0 ? null : sized[best];
    if (b === null || c.edge > b.edge || (c.edge === b.edge && (c.kelly ?? 0) > (b.kelly ?? 0))) best = i;
  }
  const why = whyNoBet(sized);
  if (best < 0) return { ticket: null, reason: `${why}; no candidate has a positive edge after fees, so no bet is forced.` };
  const c = sized[best];
  const byCap = Math.floor(forceCap / c.cost + 1e-9);
  const contracts = Math.min(byCap, Math.floor(c.candidate.availableContracts + 1e-9));
  if (contracts === 0) {
    const reason = byCap === 0 ? `the forced cap ${money(forceCap)} buys no contract at ${c.cost.toFixed(3)}` : 'no whole contract is available';
    return { ticket: null, reason: `${why}; the best candidate by edge (${c.candidate.market || c.candidate.group}) cannot be forced: ${reason}.` };
  }
  const stake = Math.round(contracts * c.cost * 1e6) / 1e6;
  const reasons = [
    `Forced: ${why}.`,
    `Picked as the largest edge after fees: p ${c.candidate.pModel.toFixed(3)} − ${c.cost.toFixed(3)} = ${c.edge.toFixed(3)}.`,
    contracts < byCap
      ? `Sized with the forced cap ${money(forceCap)}, limited to the ${contracts} contracts available (stake ${money(stake)}).`
      : `Sized with the forced cap ${money(forceCap)}: ${contracts} contract${contracts === 1 ? '' : 's'} at ${c.cost.toFixed(3)} (stake ${money(stake)}).`,
  ];
  return { ticket: { ...c, contracts, stake, forced: true, skip: null, reasons: [...c.reasons, ...reasons] }, index: best };
}
