// A strategy renamed: the backtest calls them "Iron Condor 45 DTE" and "Put Credit Spread",
// the live account "IC 45 DTE" (January), then "IC 45 DTE v2" (February), and "PCS". The
// suggestion pairs by names and dates, one-to-one; confirming both IC names maps them onto
// the one backtest strategy. Scores by hand (token Jaccard, acronym, day Jaccard).
import { describe, expect, it } from 'vitest';
import { proposeStrategyMapping } from '../../../core/live';
import { makeLiveTrade } from '../support/make-live-trade';
import { dailyTrades } from '../support/make-trade';
import { compare } from '../support/compare';

const IC = 'Iron Condor 45 DTE';
const PCS = 'Put Credit Spread';
// 40 business days from Monday 2025-01-06 (to 2025-02-28): both backtest strategies trade every one.
const backtest = [...dailyTrades(Array(40).fill(100), { strategy: IC }), ...dailyTrades(Array(40).fill(50), { strategy: PCS, timeOpened: '11:00:00' })];
const days = dailyTrades(Array(40).fill(0)).map((t) => t.dateOpened);
const live = [
  ...days.slice(0, 20).map((d) => makeLiveTrade({ strategy: 'IC 45 DTE', dateOpened: d, pl: 90 })),
  ...days.slice(20).map((d) => makeLiveTrade({ strategy: 'IC 45 DTE v2', dateOpened: d, pl: 80 })),
  ...days.map((d) => makeLiveTrade({ strategy: 'PCS', dateOpened: d, timeOpened: '11:05:00', pl: 40 })),
];

describe('a strategy renamed', () => {
  it('scores: PCS is the acronym of Put Credit Spread (1, days 1 → 1); "IC 45 DTE" shares 45, dte of 5 words (0.4, days 1 → 0.7)', () => {
    const { candidates, suggested } = proposeStrategyMapping(backtest, live);
    const score = (l: string, b: string) => candidates.find((c) => c.liveName === l && c.backtestName === b)?.score;
    expect(score('PCS', PCS)).toBe(1);
    expect(score('IC 45 DTE', IC)).toBeCloseTo(0.7, 12);
    expect(score('IC 45 DTE v2', IC)).toBeCloseTo((1 / 3 + 1) / 2, 12);
    expect(score('IC 45 DTE', PCS)).toBeCloseTo(0.5, 12);
    // One-to-one: "IC 45 DTE" takes Iron Condor (0.7 > 0.667); "v2" is left for Put Credit Spread, which PCS holds.
    expect(suggested.map((s) => [s.liveName, s.backtestName])).toEqual([
      ['PCS', PCS],
      ['IC 45 DTE', IC],
    ]);
  });

  it('unconfirmed, February’s "IC 45 DTE v2" trades are live only and Iron Condor misses February', () => {
    const result = compare(backtest, live);
    const ic = result.strategies.find((s) => s.name === IC)!;
    expect([ic.liveName, ic.matched, ic.backtestOnly]).toEqual(['IC 45 DTE', 20, 20]);
    const v2 = result.strategies.find((s) => s.liveName === 'IC 45 DTE v2')!;
    expect([v2.name, v2.mappingSource, v2.liveOnly]).toEqual([null, 'none', 20]);
  });

  it('confirmed, both IC names map onto Iron Condor: 40 matched, the live P/L 20 × 90 + 20 × 80', () => {
    const result = compare(backtest, live, { mapping: { 'IC 45 DTE': IC, 'IC 45 DTE v2': IC } });
    expect(result.strategies.map((s) => [s.name, s.liveName, s.mappingSource, s.matched, s.liveOnly, s.backtestOnly])).toEqual([
      [IC, 'IC 45 DTE + IC 45 DTE v2', 'confirmed', 40, 0, 0],
      [PCS, 'PCS', 'suggested', 40, 0, 0],
    ]);
    const ic = result.strategies[0];
    expect([ic.livePlPerContract, ic.backtestPlPerContract]).toEqual([3400, 4000]);
    expect(ic.nullReasons.mappingScore).toBe('several live names are mapped to it');
    expect(result.pairs.filter((p) => p.strategy === IC).map((p) => p.liveStrategy)).toEqual([...Array(20).fill('IC 45 DTE'), ...Array(20).fill('IC 45 DTE v2')]);
  });

  it('a live name confirmed as having no backtest twin stays apart', () => {
    const result = compare(backtest, live, { mapping: { PCS: null } });
    expect(result.strategies.find((s) => s.liveName === 'PCS')).toMatchObject({ name: null, mappingSource: 'confirmed', liveOnly: 40, mappingReason: 'confirmed: no backtest twin' });
  });
});
