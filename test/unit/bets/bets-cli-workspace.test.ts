// One path (issue 12): `sizewise bets` of a CSV bet log, `sizewise bets` of a workspace built
// by `sizewise workspace create --bets` and the data worker's runBets (the Bets page) give the
// same JSON for the same bets, candidates and options. The --json output carries the import
// warnings: the cents fixture's price column is said to be read in cents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { importBetSample } from '../support/data-service';
import { fixtureBytes } from '../support/fixtures';
import { newService } from '../workspace/damaged-workspace';

const dir = 'test/fixtures/bets';
const tmp = mkdtempSync(join(tmpdir(), 'sizewise-bets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('sizewise bets: workspace, warnings, one path', () => {
  it('--json carries the import warnings (price column in cents)', async () => {
    const run = await runCli(['bets', `${dir}/cents-prices.csv`, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.warnings).toEqual([expect.stringMatching(/^cents-prices\.csv: Column "price" is in cents .*divided by 100\.$/)]);
    const dollars = JSON.parse((await runCli(['bets', `${dir}/bets-sample.csv`, '--json'])).stdout);
    expect(dollars.warnings).toEqual([]);
  });

  it('CSV, workspace and the data worker give the same run', async () => {
    const workspace = join(tmp, 'bets.sizewise');
    const created = await runCli(['workspace', 'create', workspace, 'test/fixtures/optionomega/ema-tradelog.csv', '--bets', `${dir}/bets-sample.csv`, '--json']);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).imports.map((i: { format: string; accepted: number }) => [i.format, i.accepted])).toEqual([
      ['optionomega-trades', 384],
      ['bet-log', 1253],
    ]);
    const flags = ['--candidates', `${dir}/bets-candidates.csv`, '--budget', '800', '--cash', '3000', '--allocation', 'kelly', '--json'];
    const fromCsv = JSON.parse((await runCli(['bets', `${dir}/bets-sample.csv`, ...flags])).stdout);
    const fromWorkspace = JSON.parse((await runCli(['bets', workspace, ...flags])).stdout);
    expect(fromWorkspace).toEqual(fromCsv);
    expect(fromCsv.tickets.length).toBeGreaterThan(0);

    const service = await newService();
    await importBetSample(service);
    const app = await service.runBets({ budget: 800, cash: 3000, allocation: 'kelly' }, { name: 'bets-candidates.csv', bytes: fixtureBytes('bets/bets-candidates.csv') });
    if (!app.ok) throw new Error(app.message);
    expect({ ...app.json, warnings: app.warnings }).toEqual(fromCsv);
  });
});
