// MEIC sample (meic-tradelog.csv, blank strategy → "Unknown", vs meic-reporting-log.csv,
// strategy "MEIC"): the names share nothing, so the mapping comes from the dates. Expected
// values from test/reference/live_vs_backtest.py (brute-force matching and a plain-Python
// stationary bootstrap, 100,000 draws), pairs checked by hand against the CSV rows.
import { describe, expect, it } from 'vitest';
import { compare } from '../support/compare';
import { fixtureTrades, importReporting } from '../support/fixtures';

const backtest = await fixtureTrades('meic-tradelog.csv');
const live = (await importReporting('optionomega/meic-reporting-log.csv')).reporting;
const suggested = compare(backtest, live, { seed: 3, sims: 20_000 });
const [meic] = suggested.strategies;

describe('MEIC backtest vs its reporting log', () => {
  it('window = the live log’s dates, 2025-05-14 to 2025-05-30 (the backtest runs 2025-01-03 to 2025-11-21)', () => {
    expect(suggested.window).toEqual({ from: '2025-05-14', to: '2025-05-30', nullReasons: {} });
  });

  it('MEIC → Unknown is suggested from the dates alone: score (0 + 5/7) / 2', () => {
    expect(suggested.mappingCandidates).toEqual([
      { liveName: 'MEIC', backtestName: 'Unknown', score: 5 / 14, nameSimilarity: 0, dateOverlap: 5 / 7, reason: 'the backtest strategy has no name ("Unknown"); traded on 5 of the same 7 days' },
    ]);
    expect(suggested.strategies).toHaveLength(1);
    expect(meic).toMatchObject({ name: 'Unknown', liveName: 'MEIC', mappingSource: 'suggested', mappingScore: 5 / 14 });
  });

  it('20 matched, 6 live only (05-14 ×4, 05-19 13:15 ×2), 4 backtest only (05-23), 508 backtest trades outside the window', () => {
    expect([meic.matched, meic.liveOnly, meic.backtestOnly, meic.outsideWindowLive, meic.outsideWindowBacktest, meic.outsideWindow]).toEqual([20, 6, 4, 0, 508, 508]);
    expect(meic.fillRate).toBeCloseTo(20 / 24, 12);
    const dates = (category: string, side: 'liveOpened' | 'backtestOpened') => suggested.pairs.filter((p) => p.category === category).map((p) => p[side]);
    expect(dates('liveOnly', 'liveOpened')).toEqual(['2025-05-14T11:31:44', '2025-05-14T11:31:44', '2025-05-14T13:39:41', '2025-05-14T13:39:41', '2025-05-19T13:15:30', '2025-05-19T13:15:30']);
    expect(dates('backtestOnly', 'backtestOpened')).toEqual(['2025-05-23T09:32:00', '2025-05-23T09:32:00', '2025-05-23T10:15:00', '2025-05-23T10:15:00']);
  });

  it('slippage per contract: mean −0.75, median 2; exit reasons agree on 70%; mean open delay 34.8 s', () => {
    expect(meic.meanSlippagePerContract).toBeCloseTo(-0.75, 9);
    expect(meic.medianSlippagePerContract).toBeCloseTo(2, 9);
    expect(meic.exitReasonAgreement).toBeCloseTo(0.7, 12);
    expect(meic.meanOpenTimeDifferenceSeconds).toBeCloseTo(34.8, 9);
  });

  it('P/L per contract over the 20 pairs: live −670.13 vs backtest −1,926.48; at the live 2 contracts: −1,340.26 vs −3,852.96', () => {
    expect(meic.closedPairs).toBe(20);
    expect(meic.livePlPerContract).toBeCloseTo(-670.12928, 6);
    expect(meic.backtestPlPerContract).toBeCloseTo(-1926.48, 6);
    expect(meic.liveTotalPl).toBeCloseTo(-1340.25856, 6);
    expect(meic.backtestTotalPlAtLiveContracts).toBeCloseTo(-3852.96, 6);
    expect(meic.cumulative.at(-1)).toMatchObject({ opened: '2025-05-30T10:15:40' });
  });

  it('2025-05-16 by hand: puts pair with puts and calls with calls at the same minute', () => {
    const day = suggested.pairs.filter((p) => p.liveOpened?.startsWith('2025-05-16'));
    // Live 09:32:14 put 3.48 (5875/5795) vs backtest 09:32 put 335 → +13; call 2.62 vs 255 → +7;
    // 10:15:29 put 3.30 vs 305 → +25; call 2.25 vs 250 → −25.
    expect(day.map((p) => [p.liveOpened, p.backtestOpened, p.livePremiumPerContract, p.backtestPremiumPerContract, p.slippagePerContract, p.openTimeDifferenceSeconds])).toEqual(
      expect.arrayContaining([
        ['2025-05-16T09:32:14', '2025-05-16T09:32:00', 348, 335, 13, 14],
        ['2025-05-16T09:32:14', '2025-05-16T09:32:00', 262, 255, 7, 14],
        ['2025-05-16T10:15:29', '2025-05-16T10:15:00', 330, 305, 25, 29],
        ['2025-05-16T10:15:29', '2025-05-16T10:15:00', 225, 250, -25, 29],
      ]),
    );
    const put = day.find((p) => p.livePremiumPerContract === 348)!;
    // Live P/L 688.87442 on 2 contracts; backtest 331.44 on 1; both Expired.
    expect(put.plPerContractLive).toBeCloseTo(344.43721, 9);
    expect(put.plPerContractBacktest).toBeCloseTo(331.44, 9);
    expect(put.exitReasonAgrees).toBe(true);
    const call = day.find((p) => p.livePremiumPerContract === 225)!;
    expect([call.exitReasonLive, call.exitReasonBacktest, call.exitReasonAgrees]).toEqual(['Stop Loss', 'Stop Loss', true]);
  });

  it('drift: percentile within 0.015 of the reference 0.3032 → not drifting, multiplier 1', () => {
    expect(Math.abs((meic.driftPercentile as number) - 0.30321)).toBeLessThan(0.015);
    expect(meic.drifting).toBe(false);
    expect(meic.suggestedMultiplier).toBe(1);
  });

  it('the confirmed mapping gives the same comparison; without any mapping the two sides stay apart', () => {
    const confirmed = compare(backtest, live, { seed: 3, sims: 20_000, mapping: { MEIC: 'Unknown' } });
    expect(confirmed.strategies[0]).toMatchObject({ mappingSource: 'confirmed', matched: 20, liveOnly: 6, backtestOnly: 4 });
    expect(confirmed.pairs).toEqual(suggested.pairs);
    const unmapped = compare(backtest, live, { minMappingScore: 0.5 });
    expect(unmapped.strategies.map((s) => [s.name, s.liveName, s.matched, s.liveOnly, s.backtestOnly])).toEqual([
      ['Unknown', null, 0, 0, 24],
      [null, 'MEIC', 0, 26, 0],
    ]);
    expect(unmapped.strategies[1].nullReasons.name).toBe('no backtest strategy is mapped to this live strategy');
  });
});
