// `sizewise realism` end to end on a CSV of date,return.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'sizewise-realism-'));

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const claim = [0.0191, 0.0859, 0.1394, 0.1795, 0.2196, 0.2329, 0.273, 0.3131, 0.3532, 0.38];
const claimCsv = csv('claim.csv', `date,return\n${claim.map((r, i) => `2025-01-${String(6 + i).padStart(2, '0')},${r}`).join('\n')}\n`);

describe('sizewise realism', () => {
  it('--json flags the 10-day 598% / Sharpe 30 series', () => {
    const run = runCliSync('realism', '--returns', claimCsv, '--json');
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    for (const key of ['n', 'sharpe', 'skew', 'kurtosis', 'psr', 'dsr', 'minTrackRecord', 'verdict', 'warnings']) expect(json).toHaveProperty(key);
    expect(json.n).toBe(10);
    expect(json.sharpeAnnualized).toBeCloseTo(30.0034, 4);
    expect(json.verdict).toContain('The sample cannot support this claim');
    expect(json.warnings.length).toBeGreaterThanOrEqual(2);
  });

  it('reads percents, honours --trials and prints a table without --json', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `d${i},${(0.1 + (i % 2 === 0 ? 1 : -1) * (1 + (i % 7) / 10)).toFixed(4)}%`);
    const path = csv('pct.csv', rows.join('\n'));
    const one = JSON.parse(runCliSync('realism', '--returns', path, '--json').stdout);
    const many = JSON.parse(runCliSync('realism', '--returns', path, '--trials', '500', '--json').stdout);
    expect(one.n).toBe(300);
    expect(many.dsr).toBeLessThan(one.dsr);
    const text = runCliSync('realism', '--returns', path);
    expect(text.stdout).toContain('Verdict:');
  });

  it('a bad row names the row and the column', () => {
    const path = csv('bad.csv', 'date,return\n2025-01-06,0.01\n2025-01-07,abc\n');
    const run = runCliSync('realism', '--returns', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sizewise: ${path}: row 3, column return: "abc" is not a number\n`);
    expect(runCliSync('realism', '--returns', path, '--trials', '0').stderr).toBe('sizewise: --trials: "0" is not a whole number ≥ 1 and ≤ 1,000,000\n');
  });
});
