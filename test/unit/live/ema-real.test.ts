// EMA sample (test/fixtures/optionomega/ema-tradelog.csv vs ema-reporting-log.csv): the same
// names in both logs, every live trade finds its twin. Expected values from the independent
// reference test/reference/live_vs_backtest.py (brute-force matching on the raw CSV), and a
// few pairs checked by hand against the CSV rows.
//
// The sample's live P/L is not usable: on every trade closed before expiry (205 of 384) the
// reporting log's P/L = (Initial Premium − Avg. Closing Cost) × 100 × contracts − fees with
// Avg. Closing Cost in dollars per contract (175 = $1.75), i.e. units mixed (2025-10-06 CCS:
// (0.80 − 175) × 300 − 18 = −52,278 where the backtest has −300). The comparison reports the
// file as it is: premiums agree exactly, the live P/L is far below the backtest, and drift
// flags both strategies with multiplier 0.
import { describe, expect, it } from 'vitest';
import { compare } from '../support/compare';
import { fixtureTrades, importReporting } from '../support/fixtures';

const backtest = await fixtureTrades('ema-tradelog.csv');
const live = (await importReporting('optionomega/ema-reporting-log.csv')).reporting;
const result = compare(backtest, live, { seed: 7 });
const [ccs, pcs] = result.strategies;

describe('EMA backtest vs its reporting log', () => {
  it('window = the whole of both logs, 2025-01-02 to 2025-10-08', () => {
    expect(result.window).toEqual({ from: '2025-01-02', to: '2025-10-08', nullReasons: {} });
  });

  it('the names map to themselves (score 1, same 151 / 117 trading days)', () => {
    expect(result.strategies.map((s) => [s.name, s.liveName, s.mappingSource, s.mappingScore])).toEqual([
      ['0DTE CCS - EMA Entry', '0DTE CCS - EMA Entry', 'suggested', 1],
      ['0DTE PCS - EMA Entry', '0DTE PCS - EMA Entry', 'suggested', 1],
    ]);
    expect(ccs.mappingReason).toBe('suggested, score 1.00: same name; traded on 151 of the same 151 days');
  });

  it('every trade matched: CCS 205, PCS 179, nothing live only, backtest only or outside the window', () => {
    expect([ccs.matched, ccs.liveOnly, ccs.backtestOnly, ccs.outsideWindow]).toEqual([205, 0, 0, 0]);
    expect([pcs.matched, pcs.liveOnly, pcs.backtestOnly, pcs.outsideWindow]).toEqual([179, 0, 0, 0]);
    expect(ccs.fillRate).toBe(1);
    expect(result.pairs).toHaveLength(384);
  });

  it('premium slippage 0 on every pair (the live premiums are the backtest premiums); exit reasons all agree', () => {
    expect(result.pairs.every((p) => p.slippagePerContract === 0)).toBe(true);
    expect([ccs.meanSlippagePerContract, ccs.medianSlippagePerContract, pcs.meanSlippagePerContract]).toEqual([0, 0, 0]);
    expect([ccs.exitReasonAgreement, pcs.exitReasonAgreement]).toEqual([1, 1]);
  });

  it('mean open delay: CCS 512.82 s, PCS 497.66 s (live later than the backtest)', () => {
    expect(ccs.meanOpenTimeDifferenceSeconds).toBeCloseTo(512.8243902439025, 9);
    expect(pcs.meanOpenTimeDifferenceSeconds).toBeCloseTo(497.66480446927375, 9);
  });

  it('P/L per contract sums: CCS live −4,780,082 vs backtest 5,192; PCS −7,882,725 vs 1,139 (the sample’s broken live P/L)', () => {
    expect(ccs.livePlPerContract).toBeCloseTo(-4780082, 6);
    expect(ccs.backtestPlPerContract).toBeCloseTo(5192, 6);
    expect(ccs.liveTotalPl).toBeCloseTo(-14310789, 6);
    expect(ccs.backtestTotalPlAtLiveContracts).toBeCloseTo(15332, 6);
    expect(pcs.livePlPerContract).toBeCloseTo(-7882725, 6);
    expect(pcs.backtestPlPerContract).toBeCloseTo(1139, 6);
    expect(ccs.cumulative).toHaveLength(205);
    expect(ccs.cumulative.at(-1)!.backtest).toBeCloseTo(5192, 6);
  });

  it('pairs checked by hand against the CSV rows', () => {
    // ema-tradelog.csv line 5 / ema-reporting-log.csv line 5: CCS 2025-10-06, 0.85/0.05 call spread.
    const late = result.pairs.find((p) => p.liveOpened === '2025-10-06T12:25:50');
    expect(late).toMatchObject({ strategy: '0DTE CCS - EMA Entry', category: 'matched', backtestOpened: '2025-10-06T12:13:00', openTimeDifferenceSeconds: 770, livePremiumPerContract: 80, backtestPremiumPerContract: 80, slippagePerContract: 0, plPerContractLive: -17426, plPerContractBacktest: -100, exitReasonAgrees: true });
    // Same day, the earlier CCS: 09:58:22 live vs 09:56:00 backtest (not the 12:13 one, 2 h away).
    const early = result.pairs.find((p) => p.liveOpened === '2025-10-06T09:58:22');
    expect(early).toMatchObject({ backtestOpened: '2025-10-06T09:56:00', openTimeDifferenceSeconds: 142, livePremiumPerContract: 205, backtestPremiumPerContract: 205, plPerContractLive: -26801, plPerContractBacktest: -70 });
    // Line 2 of both: PCS 2025-10-08, 4.20 credit (live quote 4.2 → $420; backtest Premium 420), expired.
    const last = result.pairs.find((p) => p.liveOpened === '2025-10-08T10:23:59');
    expect(last).toMatchObject({ strategy: '0DTE PCS - EMA Entry', backtestOpened: '2025-10-08T10:15:00', openTimeDifferenceSeconds: 539, livePremiumPerContract: 420, backtestPremiumPerContract: 420, plPerContractLive: 417, plPerContractBacktest: 417, plPerContractDifference: 0 });
  });

  it('two CCS trades opening after both their twins (2025-04-07, 2025-07-14) pair in order, not crossed', () => {
    // Σ |Δt| is the same for both pairings there; Σ Δt² keeps the order (the 5035 call with the 5035 call).
    expect(result.pairs.find((p) => p.liveOpened === '2025-04-07T09:59:32')).toMatchObject({ backtestOpened: '2025-04-07T09:45:00', livePremiumPerContract: 1120, backtestPremiumPerContract: 1120 });
    expect(result.pairs.find((p) => p.liveOpened === '2025-04-07T10:00:36')).toMatchObject({ backtestOpened: '2025-04-07T09:55:00', livePremiumPerContract: 1100, backtestPremiumPerContract: 1100 });
    expect(result.pairs.find((p) => p.liveOpened === '2025-07-14T09:55:53')).toMatchObject({ backtestOpened: '2025-07-14T09:45:00', slippagePerContract: 0 });
  });

  it('drift: both live records far below every bootstrap sum → drifting, multiplier 0', () => {
    for (const s of [ccs, pcs]) {
      expect(s.driftPercentile).toBe(0);
      expect(s.drifting).toBe(true);
      expect(s.suggestedMultiplier).toBe(0);
      expect(s.driftTrades).toBe(s.matched);
    }
    // The bootstrap centre sits near the backtest's own sum over the same number of trades.
    expect(Math.abs(ccs.driftBootstrap!.p50 - 5192)).toBeLessThan(1500);
  });
});
