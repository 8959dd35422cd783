/**
 * The data worker's Sizing-page methods on the EMA sample (trade log + daily log): sizing of
 * the filtered trades at the detected starting capital, field messages for bad settings,
 * edge realism of the daily returns, and the calculator with a strategy-history source.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';
import type { SizingRequest } from '../../../workers/data-api';
import { DEFAULT_SIZING_SETTINGS, sizingRequest } from '../../../core/app/sizing-settings';

const CCS = '0DTE CCS - EMA Entry';
const PCS = '0DTE PCS - EMA Entry';
// Half of the classic p − q/b with every placeable cap lifted: the "Kelly says 25".
const HALF: SizingRequest = { capital: null, fraction: 0.5, cap: 0.25, multipliers: {}, basis: null, riskBasis: null, marginCeiling: null, lossShare: null, totalFraction: null, kellyOf: 'classic' };

let service: DataService;
beforeAll(async () => {
  service = new DataService(await loadSqlJs());
  for (const name of ['ema-tradelog.csv', 'ema-dailylog.csv']) await importSample(service, name);
});

describe('DataService.sizing', () => {
  it('sizes each strategy at the detected starting capital', async () => {
    const analysis = await service.sizing({}, HALF);
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.errors));
    expect(analysis.detectedCapital).toBe(100000);
    expect(analysis.detectedCapitalSource).toBe('daily-log');
    const [ccs, pcs] = analysis.report.strategies;
    expect([ccs.name, pcs.name]).toEqual([CCS, PCS]);
    expect(ccs.kelly).toBeCloseTo(0.0996, 4);
    expect(pcs.kelly).toBeCloseTo(0.0195, 4);
    expect([ccs.recommendedContracts, pcs.recommendedContracts, analysis.report.portfolio.recommendedContracts]).toEqual([25, 2, 27]);
    // lifted: Kelly's contracts need several times the capital in margin at the busiest moment
    expect(analysis.report.portfolio.totalMarginUtilisation!).toBeGreaterThan(1);
  });

  it('by default (the saved defaults) the recommendation is placeable: margin need within 100% of capital', async () => {
    const analysis = await service.sizing({}, sizingRequest(DEFAULT_SIZING_SETTINGS));
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.errors));
    const { portfolio, strategies } = analysis.report;
    expect(portfolio.peakMarginNeed!).toBeLessThanOrEqual(100_000);
    for (const s of strategies) expect(s.placeableContracts!).toBeLessThanOrEqual(s.kellyContracts!);
  });

  it('sizes only the filtered strategy, with a multiplier and a user capital', async () => {
    const analysis = await service.sizing({ strategies: [CCS] }, { ...HALF, capital: 50000, multipliers: { [CCS]: 2 } });
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.errors));
    expect(analysis.report.strategies.map((s) => s.name)).toEqual([CCS]);
    expect(analysis.report.capital).toBe(50000);
    expect(analysis.report.strategies[0].applied.value).toBeCloseTo(0.0996, 4); // 2 × half of the classic p − q/b
  });

  it('answers bad settings and an empty filter with field messages', async () => {
    const bad = await service.sizing({}, { ...HALF, capital: Number.NaN, fraction: 3, multipliers: { [PCS]: -1 } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.field)).toEqual(['capital', 'fraction', `multipliers.${PCS}`]);
    expect(await service.sizing({ from: '2030-01-01' }, HALF)).toEqual({ ok: false, errors: [{ field: 'filter', message: 'No trades match the current filter.' }] });
  });
});

describe('DataService.realism', () => {
  it('assesses the daily returns of the portfolio and of one strategy', async () => {
    const portfolio = await service.realism({}, { trials: 1 });
    if (!portfolio.ok) throw new Error(JSON.stringify(portfolio.errors));
    expect(portfolio.series).toBe('Portfolio');
    expect(portfolio.report.n).toBe(200);
    expect(portfolio.report.sharpeAnnualized).toBeCloseTo(1.22, 2);
    expect(portfolio.report.level).toBe('not-significant');
    const tried = await service.realism({}, { trials: 20, strategy: CCS });
    if (!tried.ok) throw new Error(JSON.stringify(tried.errors));
    expect(tried.series).toBe(CCS);
    expect(tried.report.trials).toBe(20);
    expect(tried.report.dsr).not.toBeNull();
    expect(tried.report.dsr as number).toBeLessThan(tried.report.psr as number);
  });

  it('rejects a fractional number of variants and an unknown strategy', async () => {
    expect(await service.realism({}, { trials: 1.5 })).toMatchObject({ ok: false, errors: [{ field: 'trials' }] });
    expect(await service.realism({ strategies: [PCS] }, { trials: 1, strategy: CCS })).toMatchObject({ ok: false, errors: [{ field: 'strategy' }] });
  });
});

describe('DataService.calculate', () => {
  const ticket = { equity: 100000, instrument: { symbol: 'SPX', assetClass: 'option' as const, side: 'short' as const, price: 2 }, lossPerUnit: 300 };

  it('sizes from the odds, as computePosition does', async () => {
    const { outcome, history } = await service.calculate({ equity: 100000, instrument: { symbol: 'SPY', assetClass: 'stock', side: 'long', price: 50 }, probability: { kind: 'odds', p: 0.6, b: 2 } });
    expect(history).toBeNull();
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.quantity).toBe(400);
  });

  it("resolves a strategy's last N days from the workspace trades", async () => {
    const { outcome, history } = await service.calculate({ ...ticket, probability: { kind: 'strategy-history', strategy: CCS, days: 30 } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(history?.strategy).toBe(CCS);
    expect(history?.trades).toBeGreaterThan(0);
    expect(outcome.result.probability).not.toBeNull();
  });

  it('names the strategy or days field when they are wrong', async () => {
    const unknown = await service.calculate({ ...ticket, probability: { kind: 'strategy-history', strategy: 'Nope', days: 30 } });
    expect(unknown.outcome).toMatchObject({ ok: false, errors: [{ field: 'probability.strategy' }] });
    const days = await service.calculate({ ...ticket, probability: { kind: 'strategy-history', strategy: CCS, days: 0 } });
    expect(days.outcome).toMatchObject({ ok: false, errors: [{ field: 'probability.days' }] });
  });
});
