// One Sharpe and one risk-free rate on every path (issue 17, SPEC §2 + §4): with the EMA
// workspace's risk-free setting historical (DTB3), the Sizing page's realism (data service),
// the report's realism section and `sizewise replay --rule log --risk-free historical` all
// measure Sharpe against each day's 3-month T-bill rate — the statistics' Sharpe 1.016510 —
// and PSR, DSR and MinTRL come from the same excess returns. Expected values from
// test/fixtures/generators/realism_risk_free.py (numpy/scipy, independent of the code).
import { beforeAll, describe, expect, it } from 'vitest';
import { RISK_FREE_SETTING_KEY } from '../../../core/app';
import type { DataService } from '../../../workers/data-service';
import { runCli } from '../cli/run-cli';
import { workspaceOf } from './workspace-file';

const HISTORICAL = { n: 200, sharpe: 0.06403409584, annualized: 1.016509758, skew: -1.41168102, kurtosis: 7.58757309, psr: 0.8057642856, sr0: 0.1116203141, dsr: 0.2608011458, minTrackRecord: 724.9313702 };
const ZERO = { annualized: 1.222243404, psr: 0.8477926638, dsr: 0.3220859387, minTrackRecord: 511.4536344 };
const DTB3 = { kind: 'historical', series: 'DTB3', through: '2026-07-20', staleFrom: null };
let service: DataService;

beforeAll(async () => {
  service = await workspaceOf(['ema-tradelog.csv']);
}, 120_000);

describe('realism and Replay use the statistics’ risk-free rate', () => {
  it('a fixed 0% setting: realism as before (Sharpe 1.222243)', async () => {
    const out = await service.realism({}, { trials: 10 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.report.sharpeAnnualized).toBeCloseTo(ZERO.annualized, 8);
    expect(out.report.psr).toBeCloseTo(ZERO.psr, 8);
    expect(out.report.dsr).toBeCloseTo(ZERO.dsr, 8);
    expect(out.report.minTrackRecord).toBeCloseTo(ZERO.minTrackRecord, 5);
    expect(out.report.riskFree).toEqual({ kind: 'fixed', annualRate: 0 });
  });

  it('the historical setting: the Sizing page realism is on r − DTB3, equal to the statistics’ Sharpe', async () => {
    await service.setSettings(RISK_FREE_SETTING_KEY, { source: 'historical' });
    const out = await service.realism({}, { trials: 10 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.report;
    expect(r.n).toBe(HISTORICAL.n);
    expect(r.sharpe).toBeCloseTo(HISTORICAL.sharpe, 10);
    expect(r.sharpeAnnualized).toBeCloseTo(HISTORICAL.annualized, 8);
    expect(r.skew).toBeCloseTo(HISTORICAL.skew, 7);
    expect(r.kurtosis).toBeCloseTo(HISTORICAL.kurtosis, 6);
    expect(r.psr).toBeCloseTo(HISTORICAL.psr, 8);
    expect(r.sr0).toBeCloseTo(HISTORICAL.sr0, 8);
    expect(r.dsr).toBeCloseTo(HISTORICAL.dsr, 8);
    expect(r.minTrackRecord).toBeCloseTo(HISTORICAL.minTrackRecord, 4);
    expect(r.riskFree).toEqual(DTB3);
    const stats = await service.stats();
    expect(r.sharpeAnnualized).toBeCloseTo(stats.portfolio.sharpe as number, 12);
  });

  it('the report’s realism section uses the same rate', async () => {
    const model = await service.reportModel({ portfolioName: 'EMA', generatedAt: '2025-10-10T08:00:00.000Z', sections: ['realism'], trials: 10 });
    if (!model.ok) throw new Error(model.message);
    const text = JSON.stringify(model.model.sections);
    expect(text).toContain('0.8057642');
    expect(text).not.toContain('0.8477926');
  });

  it('sizewise replay --rule log --risk-free historical: Sharpe 1.016510, the rate stated', async () => {
    const out = await runCli(['replay', 'test/fixtures/optionomega/ema-tradelog.csv', '--rule', 'log', '--risk-free', 'historical', '--json']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.scenarios[0].sharpe).toBeCloseTo(HISTORICAL.annualized, 8);
    expect(json.riskFree).toEqual(DTB3);
    const zero = JSON.parse((await runCli(['replay', 'test/fixtures/optionomega/ema-tradelog.csv', '--rule', 'log', '--json'])).stdout);
    expect(zero.scenarios[0].sharpe).toBeCloseTo(ZERO.annualized, 8);
    expect(zero.riskFree).toBeUndefined();
  });
});
