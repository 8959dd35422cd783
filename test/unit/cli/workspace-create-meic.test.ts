// `sizewise workspace create` with the MEIC trade log and the MEIC daily log (from another
// backtest, a real mismatch): the file holds what the app's import stores (same imports
// table: file names, content hashes, formats, accepted/rejected counts, warnings), the
// mismatch is stated on stderr, and `sizewise report` of that file prints exactly the model
// the app's data service builds for the same two files, warning once about the daily log.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listImports } from '../../../core/db';
import type { DataService } from '../../../workers/data-service';
import { asPrinted, workspaceOf } from '../app/workspace-file';
import { loadSqlJs } from '../db/sample';
import { runCli, type CliResult } from './run-cli';

const AT = '2025-10-10T08:00:00.000Z';
const MISMATCH = 'The daily log does not match the trade log and was not used:';
const FIXTURES = 'test/fixtures/optionomega';
let app: DataService;
let out: string;
let created: CliResult;
let report: CliResult;

beforeAll(async () => {
  app = await workspaceOf(['meic-tradelog.csv', 'meic-dailylog.csv']);
  out = join(mkdtempSync(join(tmpdir(), 'sizewise-ws-')), 'MEIC.sizewise');
  created = await runCli(['workspace', 'create', out, `${FIXTURES}/meic-tradelog.csv`, '--daily', `${FIXTURES}/meic-dailylog.csv`, '--json']);
  report = await runCli(['report', out, '--json']);
}, 120_000);

type Model = { cover: { generatedAt: string }; sections: { id: string }[] };
const warningsOf = (model: Model): string[] => JSON.stringify(model.sections.find((s) => s.id === 'warnings')).match(/The daily log does not match[^"]*/g) ?? [];

describe('sizewise workspace create (MEIC trade log + MEIC daily log)', () => {
  it('writes the workspace and states the mismatch on stderr', () => {
    expect(created.code).toBe(0);
    expect(created.stderr).toContain(`sizewise: ${MISMATCH}`);
    expect(JSON.parse(created.stdout)).toMatchObject({
      imports: [
        { file: 'meic-tradelog.csv', format: 'optionomega-trades', accepted: 532, rejected: 0 },
        { file: 'meic-dailylog.csv', format: 'optionomega-daily', accepted: 192, rejected: 0 },
      ],
      capital: null,
    });
  });

  it('stores the same provenance as the app (imports table, apart from the import time)', async () => {
    const SQL = await loadSqlJs();
    const cli = new SQL.Database(readFileSync(out));
    const saved = new SQL.Database(await app.exportWorkspace());
    const withoutTime = (db: typeof cli) => listImports(db).map(({ importedAt: _time, ...rest }) => rest);
    expect(withoutTime(cli)).toEqual(withoutTime(saved));
    expect(withoutTime(cli).map((r) => r.fileName)).toEqual(['meic-tradelog.csv', 'meic-dailylog.csv']);
    cli.close();
    saved.close();
  });

  it('is reported exactly as the app reports it: the mismatch stated once, the daily log not used', async () => {
    expect(report.code).toBe(0);
    expect(report.stderr).toContain(`sizewise: ${MISMATCH}`);
    const model = await app.reportModel({ portfolioName: 'MEIC', generatedAt: AT });
    if (!model.ok) throw new Error(model.message);
    const printed = JSON.parse(report.stdout) as Model;
    expect(asPrinted(printed, AT)).toEqual(asPrinted(model.model, AT));
    expect(warningsOf(printed)).toHaveLength(1);
  });
});
