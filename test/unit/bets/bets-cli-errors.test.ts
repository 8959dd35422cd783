// `sizewise bets` refuses bad input in one line naming what is wrong, exit code 2, nothing on
// stdout: a bet log with bad rows is refused as a whole (row, column, reason of each; the P/L
// check by hand 100 × (1 − 0.59) − 1.70 = 39.30), as is core/app betsRun; flags out of bounds
// name the flag and the range.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { betsRunFromFiles } from '../../../core/app';
import { repoRoot, runCli } from '../cli/run-cli';

const dir = 'test/fixtures/bets';

describe('sizewise bets: bad input', () => {
  it('a bet log with bad rows: refused whole, each row named', async () => {
    const run = await runCli(['bets', `${dir}/bad-rows.csv`, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('bad-rows.csv: 2 of 11 rows rejected, nothing imported');
    expect(run.stderr).toContain('line 4, column "price": unparseable number "abc"');
    expect(run.stderr).toContain('line 8, column "pl": P/L 45.30 does not match');
    expect(run.stderr).toContain('= 39.30');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);

    const app = await betsRunFromFiles({ name: 'bad-rows.csv', bytes: new Uint8Array(readFileSync(join(repoRoot, dir, 'bad-rows.csv'))) }, null, { budget: 500 });
    expect(app.ok).toBe(false);
    if (!app.ok) expect(app.rejected.map((r) => [r.row, r.column])).toEqual([
      [4, 'price'],
      [8, 'pl'],
    ]);
  });

  it('a candidates file with a bad row is refused too', async () => {
    const run = await runCli(['bets', `${dir}/bets-sample.csv`, '--candidates', `${dir}/bad-rows.csv`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-rows.csv');
  });

  it.each([
    [['--window', '0'], '--window: "0" is not a whole number ≥ 1 and ≤ 3650'],
    [['--window', '1e3'], '--window: "1e3" is not a whole number'],
    [['--prior', '3'], '--prior: "3" is not 1 or 2'],
    [['--balance-fraction', '0'], '--balance-fraction: "0" is not a number > 0 and ≤ 1'],
    [['--max', '1.5'], '--max: "1.5" is not a number > 0 and ≤ 1'],
    [['--min', '0.5', '--max', '0.4'], '--max 0.4 is below --min 0.5'],
    [['--kelly-fraction', '2'], '--kelly-fraction: "2" is not a number ≥ 0 and ≤ 1'],
    [['--force-cap=-1'], '--force-cap: "-1" is not a number ≥ 0'],
    [['--allocation', 'equal'], '--allocation: "equal" is not score or kelly'],
    [['--bogus', '1'], "Unknown option '--bogus'"],
  ])('%j is refused', async (flags, message) => {
    const run = await runCli(['bets', `${dir}/bets-sample.csv`, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('a missing file is named', async () => {
    const run = await runCli(['bets', `${dir}/no-such.csv`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('file not found');
  });
});
