// `sizewise report <workspace> --json` (no --out: the report model) and the data worker's
// report model of the same workspace are equal: same statistics (EMA trades + the matching
// EMA daily log), the saved Sizing settings (capital 80,000, quarter Kelly, 3 variants
// tried) and the saved replay scenarios, Monte Carlo 10,000 paths seed 1 on both sides.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultReplaySettings } from '../../../core/replay';
import { DEFAULT_SIZING_SETTINGS, SIZING_SETTINGS_KEY } from '../../../core/app';
import type { DataService } from '../../../workers/data-service';
import { runCli } from '../cli/run-cli';
import { asPrinted, saveWorkspace, workspaceOf } from './workspace-file';

const AT = '2025-10-10T08:00:00.000Z';
let service: DataService;
let cli: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  service = await workspaceOf(['ema-tradelog.csv', 'ema-dailylog.csv']);
  await service.setSettings(SIZING_SETTINGS_KEY, { ...DEFAULT_SIZING_SETTINGS, capital: 80_000, preset: 'quarter', trials: 3 });
  const constraints = { ...defaultReplaySettings(1), startingCapital: null };
  await service.saveScenario('replay', 'Two lots', { name: 'Two lots', rule: { kind: 'fixed', contracts: 2 }, constraints });
  await service.saveScenario('replay', 'As logged', { name: 'As logged', rule: { kind: 'log' }, constraints });
  const path = await saveWorkspace(service, 'EMA sample');
  cli = await runCli(['report', path, '--json']);
}, 120_000);

describe('sizewise report --json and the app report of the same workspace', () => {
  it('prints the model without error (the live section without a reporting log, and the allocation section without a saved run, say why)', () => {
    expect(cli.stderr).toBe(
      'sizewise: section "live" has no content (the PDF says why): No live record: import an OptionOmega reporting log (the live fills) to compare it with the backtest\n' +
        'sizewise: section "allocation" has no content (the PDF says why): no saved allocation: run an allocation on the Allocate page and save it in the workspace\n',
    );
    expect(cli.code).toBe(0);
  });

  it('is the data service model, number for number', async () => {
    const app = await service.reportModel({ portfolioName: 'EMA sample', generatedAt: AT });
    if (!app.ok) throw new Error(app.message);
    expect(asPrinted(JSON.parse(cli.stdout), AT)).toEqual(asPrinted(app.model, AT));
  });

  it('uses the saved capital, fraction, trials and scenarios (values set above)', () => {
    const model = JSON.parse(cli.stdout);
    const replay = model.sections.find((s: { id: string }) => s.id === 'replay');
    // The Sizing recommendation (issue 18 §1) first, then the saved scenarios.
    expect(replay.tables[0].rows.map((row: unknown[]) => row[0])).toEqual(['Sizing recommendation', 'Two lots', 'As logged']);
    expect(JSON.stringify(model)).toContain('80,000.00');
    const realism = JSON.stringify(model.sections.find((s: { id: string }) => s.id === 'realism'));
    expect(realism).toContain("Deflated Sharpe (3 trials)");
  });
});
