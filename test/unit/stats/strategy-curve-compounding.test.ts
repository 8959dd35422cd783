// Per-strategy curve on a compounding log (issue 15): the 19-strategy fixture's contract counts
// run from 1 to 99,730, so each strategy's CAGR and max drawdown come from its trades' returns on
// the account's equity before each trade, compounded from the starting capital. Expected values:
// test/reference/strategy_curve.py (python, csv module, written from docs/conventions.md).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { computeStats, type StatsReport } from '../../../core/stats';
import { importTrades } from '../support/fixtures';
import { expectSignificant } from './precision';

let trades: Trade[];
let report: StatsReport;

beforeAll(async () => {
  trades = (await importTrades('optionomega/nineteen-strategies.csv')).trades;
  report = computeStats(trades);
});

const strategy = (name: string) => report.strategies.find((s) => s.name === name)!;

describe('per-strategy curve of a compounding log', () => {
  it('is built from returns on the account equity for every strategy', () => {
    expect(report.portfolio.startingCapital).toBe(1_000_000);
    expect(report.strategies).toHaveLength(19);
    expect(report.strategies.every((s) => s.curveBasis === 'account-returns')).toBe(true);
  });
  it.each([
    ['5/7 DTE DC Wed', 0.0844514055020924, 0.024338156080428122, 1360827.837148545],
    ['0DTE Put Hedge', 1.0091335774935977, 0.5155883222794148, 11889194.078659695],
    ['GLD DC 15:32', -0.17868741432833846, 0.5317946890523844, 473537.71704736905],
    ['MEIC 10:15', -0.0023045947661016752, 0.016682761039561605, 997968.0195606153],
  ])('%s: CAGR, max drawdown and final equity match the python reference', (name, cagr, maxDrawdown, finalEquity) => {
    const s = strategy(name);
    expectSignificant(s.cagr, cagr, 9);
    expectSignificant(s.maxDrawdown, maxDrawdown, 9);
    expectSignificant(s.finalEquity, finalEquity, 9);
  });
  it("keeps trade statistics on the logged P/L", () => {
    const own = trades.filter((t) => t.strategy === '5/7 DTE DC Wed');
    expect(strategy('5/7 DTE DC Wed').totalPl).toBeCloseTo(own.reduce((sum, t) => sum + t.pl, 0), 4);
  });
  it("multiplies the strategies' growth back to the portfolio's (returns on the same account equity)", () => {
    const growth = report.strategies.reduce((product, s) => product * (s.finalEquity / s.startingCapital), 1);
    expectSignificant(growth, report.portfolio.finalEquity / report.portfolio.startingCapital, 9);
  });
});

describe('per-strategy curve of a fixed-size log', () => {
  it('stays on logged P/L from the starting capital', async () => {
    const ema = (await importTrades('optionomega/ema-tradelog.csv')).trades;
    const stats = computeStats(ema);
    for (const s of stats.strategies) {
      expect(s.curveBasis).toBe('pl');
      expect(s.finalEquity).toBeCloseTo(stats.portfolio.startingCapital + s.totalPl, 6);
    }
  });
});
