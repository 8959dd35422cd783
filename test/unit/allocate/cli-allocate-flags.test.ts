// `sizewise allocate` flags for anchored walk-forward windows and kelly-margin's per-strategy
// contract bounds: anchored folds all start at the calendar's first period (the issue's
// definition), contracts stay inside [min, max] (max bounds the full-Kelly solution, the fraction
// then scales it; min is a floor after the fraction), and bad values are refused in one line.
import { describe, expect, it } from 'vitest';
import { runCliSync } from '../cli/run-cli';

const dir = 'test/fixtures/optionomega/single-strategy';
const logs = ['0dte-put-hedge', 'dc-2-7-mon-wed', 'pickle-ric'].map((n) => `${dir}/${n}.csv`);
const prices = ['SPY', 'TLT', 'GLD'].map((n) => `test/fixtures/market/${n}.csv`);

describe('sizewise allocate --anchored / --min-contracts / --max-contracts', () => {
  it('anchored folds start at the first period; rolling ones move', () => {
    const anchored = JSON.parse(runCliSync('allocate', ...prices, '--method', 'min-variance', '--walk-forward', '250:60:60', '--anchored', '--json').stdout);
    const rolling = JSON.parse(runCliSync('allocate', ...prices, '--method', 'min-variance', '--walk-forward', '250:60:60', '--json').stdout);
    const folds = anchored.walkForward.folds as { inSampleFrom: string; outOfSampleFrom: string }[];
    expect(folds.length).toBeGreaterThan(3);
    for (const f of folds) expect(f.inSampleFrom).toBe(anchored.window.from);
    expect(rolling.walkForward.folds[1].inSampleFrom > rolling.window.from).toBe(true);
    expect(folds.map((f) => f.outOfSampleFrom)).toEqual(rolling.walkForward.folds.map((f: { outOfSampleFrom: string }) => f.outOfSampleFrom));
  });
  it('contracts within --min-contracts and --max-contracts', () => {
    const run = runCliSync('allocate', ...logs, '--method', 'kelly-margin', '--capital', '100000', '--min-contracts', '1', '--max-contracts', '3', '--json');
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    for (const a of json.assets) {
      expect(a.contracts).toBeGreaterThanOrEqual(1);
      expect(a.contracts).toBeLessThanOrEqual(3 + 1e-9);
    }
  });
  it.each([
    [['--min-contracts', '1e3'], /--min-contracts/],
    [['--max-contracts', '0'], /--max-contracts/],
    [['--max-contracts', '2000000'], /--max-contracts/],
    [['--min-contracts', '5', '--max-contracts', '2'], /--min-contracts 5 is above --max-contracts 2/],
  ])('refuses %j', (flags, message) => {
    const run = runCliSync('allocate', ...logs, '--method', 'kelly-margin', ...flags, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
  it('refuses --anchored without --walk-forward and contract bounds for a weight method', () => {
    expect(runCliSync('allocate', ...prices, '--anchored', '--json').stderr).toMatch(/apply to --walk-forward/);
    expect(runCliSync('allocate', ...logs, '--method', 'equal', '--max-contracts', '2', '--json').stderr).toMatch(/apply to --method kelly-margin/);
  });
  it('lists the new flags in --help with their bounds', () => {
    const help = runCliSync('allocate', '--help').stdout;
    expect(help).toMatch(/--anchored/);
    expect(help).toMatch(/--min-contracts N {2}--max-contracts N.*0 to 1,000,000/);
  });
});
