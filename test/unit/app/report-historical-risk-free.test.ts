// A workspace whose saved risk-free setting is historical (DTB3): the data service's report
// model and `sizewise report <workspace> --json` both compute Sharpe on each day's 3-month
// T-bill rate — the EMA vector of SPEC §2, Sharpe 1.016510 (with 0: 1.222243), computed
// independently by test/fixtures/generators/historical_sharpe.py — and the conventions
// footnote states the rate used. Monte Carlo is left out (not under test, and slow).
import { beforeAll, describe, expect, it } from 'vitest';
import { RISK_FREE_SETTING_KEY } from '../../../core/app';
import type { DataService } from '../../../workers/data-service';
import { runCli } from '../cli/run-cli';
import { asPrinted, saveWorkspace, workspaceOf } from './workspace-file';

const AT = '2025-10-10T08:00:00.000Z';
const SECTIONS = ['portfolio'];
let service: DataService;
let cli: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  service = await workspaceOf(['ema-tradelog.csv']);
  await service.setSettings(RISK_FREE_SETTING_KEY, { source: 'historical' });
  const path = await saveWorkspace(service, 'EMA sample');
  cli = await runCli(['report', path, '--json', '--sections', SECTIONS.join(',')]);
}, 120_000);

describe('the historical risk-free setting of a workspace, in the report', () => {
  it('the service statistics use DTB3 without being told (Sharpe 1.016510)', async () => {
    const stats = await service.stats();
    expect(stats.portfolio.sharpe).toBeCloseTo(1.01651, 6);
    expect(stats.portfolio.riskFree).toEqual({ kind: 'historical', series: 'DTB3', through: '2026-07-20', staleFrom: null });
  });

  it('the report model of the service and of the CLI are equal, and state DTB3', async () => {
    expect(cli.code).toBe(0);
    const app = await service.reportModel({ portfolioName: 'EMA sample', generatedAt: AT, sections: SECTIONS });
    if (!app.ok) throw new Error(app.message);
    expect(asPrinted(JSON.parse(cli.stdout), AT)).toEqual(asPrinted(app.model, AT));
    const rows = app.model.sections[0].tables[0].rows as unknown[][];
    const sharpe = rows.find((row) => row[0] === 'Sharpe')?.[1] as { value: number };
    expect(sharpe.value).toBeCloseTo(1.01651, 6);
    expect(app.model.conventions.join(' ')).toContain('Risk-free rate here: rf = each day\'s 3-month Treasury bill rate (FRED DTB3, series through 2026-07-20) / 100 / 252.');
  });
});
