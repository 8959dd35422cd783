// `sizewise stats` bad input: one line on stderr and a non-zero exit code.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const EMA = 'test/fixtures/optionomega/ema-tradelog.csv';

function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe('sizewise stats errors', () => {
  it('a missing file exits 2 with one line', async () => {
    const result = await runCli(['stats', 'no/such/file.csv', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(oneLine(result.stderr)).toBe('sizewise: file not found: no/such/file.csv');
  });

  it('an unrecognized CSV fails and names the missing columns', async () => {
    const result = await runCli(['stats', 'test/fixtures/optionomega/small/unrecognized-csv-random.csv']);
    expect(result.code).not.toBe(0);
    expect(oneLine(result.stderr)).toMatch(/unrecognized-csv-random\.csv: .*(Date Opened|P\/L)/);
  });

  it.each([
    [['stats', EMA, '--bogus'], /--bogus/],
    [['stats'], /missing <tradelog\.csv>/],
    [['stats', EMA, '--capital', 'lots'], /--capital: "lots" is not a number > 0 and ≤ 1e15$/],
    [['stats', EMA, '--risk-free', '5'], /--risk-free: 5 looks like a percent/],
    [['stats', EMA, '--from', '2025-13-01'], /--from: "2025-13-01" is not a date/],
    [['stats', EMA, '--strategy', 'Nope'], /--strategy: no trades for "Nope"/],
  ])('%j is a usage error', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(message);
  });
});
