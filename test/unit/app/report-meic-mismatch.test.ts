// A workspace holding the MEIC trade log and the MEIC daily log (from another backtest; a
// real case in the sample data): `sizewise report` states the mismatch on stderr and in the
// report's warnings, does not use the daily log, and prints exactly the app's model.
// "Does not use": the model equals the one of a workspace holding the MEIC trade log alone,
// apart from that one warning.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataService } from '../../../workers/data-service';
import { runCli } from '../cli/run-cli';
import { asPrinted, saveWorkspace, workspaceOf } from './workspace-file';

const AT = '2025-10-10T08:00:00.000Z';
const MISMATCH = 'The daily log does not match the trade log and was not used:';
let mixed: DataService;
let tradesOnly: DataService;
let cli: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  mixed = await workspaceOf(['meic-tradelog.csv', 'meic-dailylog.csv']);
  tradesOnly = await workspaceOf(['meic-tradelog.csv']);
  cli = await runCli(['report', await saveWorkspace(mixed, 'MEIC'), '--json']);
}, 120_000);

type Model = { cover: { generatedAt: string }; sections: { id: string; tables: { rows: unknown[][] }[] }[] };
const warningsOf = (model: Model): string[] => JSON.stringify(model.sections.find((s) => s.id === 'warnings')).match(/The daily log does not match[^"]*/g) ?? [];

describe('sizewise report of the MEIC trade log with the MEIC daily log', () => {
  it('states the mismatch on stderr', () => {
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain(`sizewise: ${MISMATCH}`);
  });

  it('prints the app model, which warns once', async () => {
    const app = await mixed.reportModel({ portfolioName: 'MEIC', generatedAt: AT });
    if (!app.ok) throw new Error(app.message);
    const printed = JSON.parse(cli.stdout) as Model;
    expect(asPrinted(printed, AT)).toEqual(asPrinted(app.model, AT));
    expect(warningsOf(printed)).toHaveLength(1);
    expect(warningsOf(printed)[0].startsWith(MISMATCH)).toBe(true);
  });

  it('does not use the daily log: every other number is the trade log alone', async () => {
    const alone = await tradesOnly.reportModel({ portfolioName: 'MEIC', generatedAt: AT });
    if (!alone.ok) throw new Error(alone.message);
    const printed = JSON.parse(cli.stdout) as Model;
    const withoutWarnings = (m: Model) => m.sections.filter((s) => s.id !== 'warnings');
    expect(withoutWarnings(asPrinted(printed, AT) as Model)).toEqual(withoutWarnings(asPrinted(alone.model, AT) as Model));
  });
});
