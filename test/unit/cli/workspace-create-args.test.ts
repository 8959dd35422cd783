// `sizewise workspace create` refuses bad input before writing anything: an existing output
// without --force (left byte for byte as it was), a daily log given as the trade log, a
// missing input file, a bad --capital; and stores --capital as the Sizing page's capital
// (the sizing-page settings record the app and the report read).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSetting, openWorkspaceBytes, workspaceFingerprint } from '../../../core/db';
import { SIZING_SETTINGS_KEY } from '../../../core/app/sizing-settings';
import { loadSqlJs } from '../db/sample';
import { runCli } from './run-cli';

const SMALL = 'test/fixtures/optionomega/small';
const folder = () => mkdtempSync(join(tmpdir(), 'sizewise-wsargs-'));

describe('sizewise workspace create: refusals and --capital', () => {
  it('does not replace an existing file without --force', async () => {
    const out = join(folder(), 'a.sizewise');
    writeFileSync(out, 'keep me');
    const run = await runCli(['workspace', 'create', out, `${SMALL}/mock-block-tradelog.csv`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sizewise: workspace create: ${out} exists (add --force to replace it)\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('refuses a daily log as the trade log and writes nothing', async () => {
    const out = join(folder(), 'b.sizewise');
    const run = await runCli(['workspace', 'create', out, `${SMALL}/mock-block-dailylog.csv`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sizewise: mock-block-dailylog.csv is an optionomega-daily file, not a trade log\n');
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing input and writes nothing', async () => {
    const out = join(folder(), 'c.sizewise');
    const run = await runCli(['workspace', 'create', out, `${SMALL}/mock-block-tradelog.csv`, '--daily', 'no-such.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sizewise: file not found: no-such.csv\n');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a non-positive capital', async () => {
    const run = await runCli(['workspace', 'create', join(folder(), 'd.sizewise'), `${SMALL}/mock-block-tradelog.csv`, '--capital=-5']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sizewise: --capital: "-5" is not a number/);
  });

  it('stores --capital as the Sizing page capital, with a matching daily log kept', async () => {
    const out = join(folder(), 'e.sizewise');
    const run = await runCli(['workspace', 'create', out, `${SMALL}/mock-block-tradelog.csv`, '--daily', `${SMALL}/mock-block-dailylog.csv`, '--capital', '25,000']);
    expect(run.code).toBe(0);
    const opened = openWorkspaceBytes(await loadSqlJs(), new Uint8Array(readFileSync(out)));
    if (!opened.ok) throw new Error(opened.message);
    const record = getSetting<{ capital: number }>(opened.db, await workspaceFingerprint(opened.db), SIZING_SETTINGS_KEY);
    expect(record?.value.capital).toBe(25000);
    expect(Number(opened.db.exec('SELECT COUNT(*) FROM daily_log')[0].values[0][0])).toBe(7);
    opened.db.close();
  });

  it('stores a reporting log (live fills) next to the trade log: 26 data rows in meic-reporting-log.csv', async () => {
    const out = join(folder(), 'f.sizewise');
    const run = await runCli(['workspace', 'create', out, 'test/fixtures/optionomega/meic-tradelog.csv', '--reporting', 'test/fixtures/optionomega/meic-reporting-log.csv', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { imports: { format: string }[] }).imports.map((i) => i.format)).toEqual(['optionomega-trades', 'optionomega-reporting']);
    const opened = openWorkspaceBytes(await loadSqlJs(), new Uint8Array(readFileSync(out)));
    if (!opened.ok) throw new Error(opened.message);
    expect(Number(opened.db.exec('SELECT COUNT(*) FROM reporting_trades')[0].values[0][0])).toBe(26);
    opened.db.close();
  });
});
