// Test helpers for the bets core: a settled bet and a candidate with defaults.
import type { BetCandidate, SettledBet } from '../../../core/model';

/** A settled bet; pl = contracts·(outcome − price) − fees unless given. */
export function bet(fields: Partial<SettledBet> & { date: string; outcome: 0 | 1 }): SettledBet {
  const b: SettledBet = { group: 'A', market: 'M', side: 'YES', pModel: 0.5, price: 0.5, contracts: 10, fees: 0, forecastError: null, pl: 0, ...fields };
  if (fields.pl === undefined) b.pl = Math.round((b.contracts * (b.outcome - b.price) - b.fees) * 1e6) / 1e6;
  return b;
}

export function candidate(fields: Partial<BetCandidate> & { group: string }): BetCandidate {
  return { market: `${fields.group}-M`, side: 'YES', pModel: 0.6, price: 0.5, availableContracts: 1000, feePerContract: null, ...fields };
}

/** ISO date `2025-03-01` + k days. */
export function day(k: number): string {
  return new Date(Date.UTC(2025, 2, 1 + k)).toISOString().slice(0, 10);
}
