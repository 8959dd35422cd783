// The sizing report of a workspace holding the EMA daily log and no trade log (issue 17): the
// portfolio section is the daily log's curve — SPEC §2 EMA reference CAGR 0.265909, max drawdown
// 0.128921, Sharpe 1.22224, Sortino 1.58696, Calmar 2.06257 — the charts draw Net Liquidity, edge
// realism runs on the curve's daily returns (annualized Sharpe = the statistics' 1.222243; PSR
// 0.8477926638 from test/fixtures/generators/realism_risk_free.py), the Monte Carlo draws the
// marked-to-market daily returns, and the sections that need trades say so. The data service's
// model equals `sizewise report <workspace> --json` (Monte Carlo left out: slow, and covered by
// the pool test in daily-only-workspace.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/app';
import type { DataService } from '../../../workers/data-service';
import { fixtureDaily } from '../support/fixtures';
import { runCli } from '../cli/run-cli';
import { asPrinted, saveWorkspace, workspaceOf } from './workspace-file';

const AT = '2025-10-10T08:00:00.000Z';
const SECTIONS = ['portfolio', 'charts', 'strategies', 'kelly', 'margin', 'realism', 'replay', 'warnings'];
let service: DataService;
let cli: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  service = await workspaceOf(['ema-dailylog.csv']);
  cli = await runCli(['report', await saveWorkspace(service, 'EMA daily'), '--json', '--sections', SECTIONS.join(',')]);
}, 120_000);

describe('the report of a daily log without a trade log', () => {
  it('reports the curve, realism, and what needs trades; app model == CLI model', async () => {
    const app = await service.reportModel({ portfolioName: 'EMA daily', generatedAt: AT, sections: SECTIONS });
    if (!app.ok) throw new Error(app.message);
    expect(cli.code, cli.stderr).toBe(0);
    expect(asPrinted(JSON.parse(cli.stdout), AT)).toEqual(asPrinted(app.model, AT));
    const section = (id: string) => app.model.sections.find((s) => s.id === id)!;
    const rows = Object.fromEntries((section('portfolio').tables[0].rows as unknown[][]).map((row) => [row[0], (row[1] as { value?: number })?.value ?? row[1]]));
    expect(rows['CAGR']).toBeCloseTo(0.265909, 6);
    expect(rows['Max drawdown (marked to market)']).toBeCloseTo(0.128921, 6);
    expect(rows['Sharpe']).toBeCloseTo(1.22224, 5);
    expect(rows['Sortino']).toBeCloseTo(1.58696, 5);
    expect(rows['Calmar']).toBeCloseTo(2.06257, 5);
    expect(rows['Starting capital (first Net Liquidity − first P/L)']).toBe(100_000);
    expect(section('charts').charts.map((c) => c.title)).toEqual(['Net Liquidity (marked to market, daily log)', 'Drawdown from the running peak']);
    for (const id of ['strategies', 'kelly', 'margin', 'replay']) expect(section(id).omitted).toBe('it needs the trade log (this workspace holds a daily log only)');
    const realism = JSON.stringify(section('realism').tables);
    expect(realism).toContain('0.847792');
    expect(app.model.cover.firstDate).toBe('2025-01-02');
    expect(app.model.conventions.join(' ')).toContain("No trade log: the curve is the daily log's Net Liquidity");
  });

  it('the Monte Carlo section draws the marked-to-market daily returns', async () => {
    const daily = await fixtureDaily('ema-dailylog.csv');
    const out = buildReport({ trades: [], daily }, { portfolioName: 'x', generatedAt: AT, sections: ['montecarlo'], paths: 200, seed: 1 });
    if (!out.ok) throw new Error(out.message);
    const mc = out.model.sections[0];
    expect(mc.omitted).toBeUndefined();
    expect(JSON.stringify(mc)).toContain('marked-to-market curve');
  });
});
