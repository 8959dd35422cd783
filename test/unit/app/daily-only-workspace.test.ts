// A workspace holding the EMA daily log and no trade log (issue 17): the data worker gives the
// curve figures of the daily log's Net Liquidity — the SPEC §2 EMA reference (max drawdown
// 0.128921, CAGR 0.265909, Sharpe 1.22224, Sortino 1.58696, Calmar 2.06257; historical rate
// 1.016510) — and the Risk page's daily Monte Carlo draws that curve's returns: 200 business
// days 2025-01-02 … 2025-10-08 (192 daily rows; days without a row carry Net Liquidity, r = 0),
// first r = 756 / 100,000, Σr = 0.196597984 (a python pass over the CSV: NLₜ / NLₜ₋₁ − 1).
// What needs trades is refused in words.
import { beforeAll, describe, expect, it } from 'vitest';
import { monteCarloConfig, RISK_FREE_SETTING_KEY, workspaceDailyOnly } from '../../../core/app';
import type { MonteCarloOptions } from '../../../core/montecarlo';
import type { DataService } from '../../../workers/data-service';
import { fixtureDaily } from '../support/fixtures';
import { workspaceOf } from './workspace-file';

let service: DataService;
const OPTIONS: MonteCarloOptions = { mode: 'daily', resample: 'iid', paths: 100, seed: 1 };

beforeAll(async () => {
  service = await workspaceOf(['ema-dailylog.csv']);
}, 120_000);

describe('a daily log without a trade log', () => {
  it('the workspace holds it, and the curve figures are the SPEC reference', async () => {
    const summary = await service.summary();
    expect(summary.trades).toBe(0);
    expect(summary.dailyRows).toBe(192);
    const out = await service.dailyOnlyStats();
    if (!out.ok || out.stats === null) throw new Error(JSON.stringify(out));
    const s = out.stats;
    expect(s.startingCapital).toBe(100_000);
    expect([s.firstDate, s.lastDate]).toEqual(['2025-01-02', '2025-10-08']);
    expect(s.maxDrawdown).toBeCloseTo(0.128921, 6);
    expect(s.cagr).toBeCloseTo(0.265909, 6);
    expect(s.sharpe).toBeCloseTo(1.22224, 5);
    expect(s.sortino).toBeCloseTo(1.58696, 5);
    expect(s.calmar).toBeCloseTo(2.06257, 5);
    expect(s.missing).toContain('need the trade log');
  });

  it('the workspace risk-free setting applies (historical: Sharpe 1.016510)', async () => {
    await service.setSettings(RISK_FREE_SETTING_KEY, { source: 'historical' });
    const out = await service.dailyOnlyStats();
    if (!out.ok || out.stats === null) throw new Error(JSON.stringify(out));
    expect(out.stats.sharpe).toBeCloseTo(1.01651, 6);
    expect(out.stats.riskFree.kind).toBe('historical');
    await service.setSettings(RISK_FREE_SETTING_KEY, { source: 'fixed' });
  });

  it('the daily Monte Carlo pool is the marked-to-market curve’s returns', async () => {
    const daily = await fixtureDaily('ema-dailylog.csv');
    const built = monteCarloConfig({ trades: [], daily }, {}, OPTIONS);
    if (!built.ok) throw new Error(built.message);
    const pool = built.config.pool;
    expect(pool).toHaveLength(200);
    expect(pool[0]).toBeCloseTo(0.00756, 12);
    expect(pool.reduce((a, b) => a + b, 0)).toBeCloseTo(0.196597984, 8);
    expect(built.config.startingCapital).toBe(100_000);
    expect(built.config.sizingConvention).toContain('marked-to-market curve');
  });

  it('what needs the trades is refused in words', async () => {
    const daily = await fixtureDaily('ema-dailylog.csv');
    const percent = monteCarloConfig({ trades: [], daily }, {}, { ...OPTIONS, mode: 'percent' });
    expect(percent.ok).toBe(false);
    if (!percent.ok) expect(percent.message).toBe("The percent mode resamples trades and needs the trade log (this workspace holds a daily log only): choose the daily mode, which resamples the daily log's own returns.");
    const rule = monteCarloConfig({ trades: [], daily }, {}, { ...OPTIONS, sizing: { kind: 'fixed', contracts: 1 } });
    expect(rule.ok).toBe(false);
    expect(workspaceDailyOnly({ trades: [], daily: [] })).toBeNull();
  });
});

