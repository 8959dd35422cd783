// SPEC-metrics §2 reference: the EMA trade log alone, through the real importer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { computeStats, type StatsReport } from '../../../core/stats';
import { fixtureTrades } from '../support/fixtures';
import { expectSignificant } from './precision';

let trades: Trade[];
let report: StatsReport;

beforeAll(async () => {
  trades = await fixtureTrades('ema-tradelog.csv');
  report = computeStats(trades);
});

describe('EMA trade log — portfolio', () => {
  it('counts trades, wins, losses and scratches', () => {
    const p = report.portfolio;
    expect([p.trades, p.wins, p.losses, p.scratches]).toEqual([384, 186, 197, 1]);
    expect(p.totalPl).toBeCloseTo(19735, 6);
    expect(p.winRate).toBe(0.484375);
  });
  it('derives the starting capital from Funds at Close and spans the period', () => {
    const p = report.portfolio;
    expect(p.startingCapital).toBe(100000);
    expect(p.startingCapitalSource).toBe('funds-at-close');
    expect(p.finalEquity).toBeCloseTo(119735, 6);
    expect([p.firstDate, p.lastDate]).toEqual(['2025-01-02', '2025-10-08']);
  });
  it('matches the SPEC vectors to 6 significant digits', () => {
    const p = report.portfolio;
    expectSignificant(p.avgWin, 986.98925);
    expectSignificant(p.avgLoss, 831.70051);
    expectSignificant(p.profitFactor, 1.12045);
    expectSignificant(p.cagr, 0.265909);
    expectSignificant(p.maxDrawdown, 0.128921);
    expectSignificant(p.sharpe, 1.22224);
    expectSignificant(p.sortino, 1.58696);
    expectSignificant(p.calmar, 2.06257);
    expectSignificant(p.kelly, 0.0522067);
    expect(p.drawdownSource).toBe('trades');
    expect(p.riskFreeRate).toBe(0);
  });
  it('has one curve point per business day from the first open to the last close', () => {
    const curve = report.portfolio.curve;
    expect(curve).toHaveLength(200);
    expect(curve[0].date).toBe('2025-01-02');
    expect(curve.at(-1)).toEqual({ date: '2025-10-08', equity: 119735, drawdown: expect.any(Number) });
    expect(curve.every((pt) => ![0, 6].includes(new Date(`${pt.date}T00:00:00Z`).getUTCDay()))).toBe(true);
  });
  it('pins the other trade-level statistics', () => {
    const p = report.portfolio;
    expect(p.decidedWinRate).toBeCloseTo(186 / 383, 12);
    expectSignificant(p.expectancy, 19735 / 384);
    expect([p.maxWinStreak, p.maxLossStreak]).toEqual([6, 6]);
    expect(p.contractsVary).toBe(false);
    expectSignificant(p.kellyPerContract, 0.0484790);
    expectSignificant(p.kellyMargin, 0.0478657);
    expectSignificant(p.timeInDrawdown, 0.885); // 177 of 200 business days below the peak
    expect(p.longestDrawdownDays).toBe(141);
    expect(report.warnings).toEqual([]);
  });
});

describe('EMA trade log — strategies', () => {
  it('lists both strategies by name with their own Kelly', () => {
    expect(report.strategies.map((s) => s.name)).toEqual(['0DTE CCS - EMA Entry', '0DTE PCS - EMA Entry']);
    const [ccs, pcs] = report.strategies;
    expectSignificant(ccs.kelly, 0.0996278);
    expectSignificant(pcs.kelly, 0.0194697);
    expect([ccs.trades, pcs.trades]).toEqual([205, 179]);
  });
  it('builds each strategy curve from the portfolio starting capital', () => {
    const [ccs, pcs] = report.strategies;
    expect([ccs.startingCapital, pcs.startingCapital]).toEqual([100000, 100000]);
    expect(ccs.finalEquity).toBeCloseTo(115332, 6);
    expect(pcs.finalEquity).toBeCloseTo(104403, 6);
    expectSignificant(ccs.maxDrawdown, 0.0831331);
    expectSignificant(pcs.maxDrawdown, 0.114558);
    expectSignificant(ccs.cagr, 0.206126);
    expectSignificant(ccs.sharpe, 1.44699);
    expectSignificant(pcs.sharpe, 0.374456);
  });
});
