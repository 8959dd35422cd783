// The app's Live vs backtest (DataService.liveComparison → core/app planLive on the compute
// pool) on a workspace holding the MEIC trade log and reporting log, with the mapping the
// user confirmed saved in the workspace, gives exactly what
// `sizewise compare meic-tradelog.csv meic-reporting-log.csv --map "MEIC=Unknown"` prints;
// without a reporting log it says why instead of a comparison.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareJson, LIVE_SETTINGS_KEY } from '../../../core/app';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { runCliSync } from '../cli/run-cli';
import { importSample } from '../support/data-service';

const dir = 'test/fixtures/optionomega';
let service: DataService;

beforeAll(async () => {
  service = new DataService(await loadSqlJs());
  await importSample(service, 'meic-tradelog.csv');
});

describe('Live vs backtest: the app equals the CLI', () => {
  it('no reporting log yet: a failure naming what to import', async () => {
    const outcome = await service.liveComparison();
    expect(outcome).toEqual({ ok: false, code: 'invalid-input', message: expect.stringContaining('import an OptionOmega reporting log') });
  });

  it('the saved mapping MEIC → Unknown gives the CLI’s --map result', async () => {
    await importSample(service, 'meic-reporting-log.csv');
    await service.setSettings(LIVE_SETTINGS_KEY, { mapping: { MEIC: 'Unknown' }, toleranceMinutes: 30 });
    const progress: number[] = [];
    const app = await service.liveComparison({ seed: 5, sims: 4000 }, (done) => progress.push(done));
    if (!app.ok) throw new Error(app.message);
    expect(app.value.strategies[0].mappingSource).toBe('confirmed');
    expect(progress).toEqual([0, 1]);
    const cli = runCliSync('compare', `${dir}/meic-tradelog.csv`, `${dir}/meic-reporting-log.csv`, '--map', 'MEIC=Unknown', '--seed', '5', '--sims', '4000', '--json');
    expect(cli.stderr).toBe('');
    expect(compareJson(app.value)).toEqual(JSON.parse(cli.stdout));
  });

  it('a malformed saved mapping is not used, and the page is told why', async () => {
    await service.setSettings(LIVE_SETTINGS_KEY, { mapping: { MEIC: 42 }, toleranceMinutes: 30 });
    const app = await service.liveComparison({ seed: 5, sims: 1000 });
    if (!app.ok) throw new Error(app.message);
    expect(app.value.strategies[0].mappingSource).toBe('suggested');
    expect(app.value.warnings[0]).toMatch(/^The saved strategy mapping could not be read \(mapping\.MEIC: .*\); the suggested mapping is used\.$/);
  });
});
