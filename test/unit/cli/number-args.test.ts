// The CLI's numbers (issue 8 item 13): one strict decimal parser for every numeric flag, each
// flag with an upper bound; Node's hint for a negative value; seeds limited to 32 bits; size's
// risk rules visible in --help and settable. Expected values are written out by hand.
import { describe, expect, it } from 'vitest';
import { MAX_SEED, numberFlag, parseCliNumber, POSITIVE } from '../../../cli/args';
import { UsageError } from '../../../cli/command';
import { parseMonteCarloArgs } from '../../../cli/commands/montecarlo';
import { parseReplayArgs } from '../../../cli/commands/replay';
import { parseReportArgs } from '../../../cli/commands/report';
import size, { parseSizeArgs } from '../../../cli/commands/size';
import { parseStatsArgs } from '../../../cli/commands/stats';

describe('parseCliNumber: strictly decimal', () => {
  it.each([
    ['0', 0], ['25', 25], ['-5', -5], ['+5', 5], ['0.5', 0.5], ['.5', 0.5], ['-0.25', -0.25],
    ['1,000', 1000], ['1,000,000.5', 1_000_000.5], ['1_000', 1000], ['100', 100], ['007', 7],
  ])('%j is %d', (text, value) => {
    expect(parseCliNumber(text)).toBe(value);
  });
  it.each(['', ' ', '0x10', '0b1', '0o7', '1,0,0', '1,00', '10,000,0', '1_0', '1,000_000', '1e', '1e3', '1E3', 'Infinity', '-Infinity', 'NaN', '5.', '.', '-', '1 000', ' 5', '5 ', '1.2.3', '٣'])('%j is refused', (text) => {
    expect(parseCliNumber(text)).toBeNull();
  });
});

describe('numberFlag names the flag, the text and the range', () => {
  it('refuses non-decimal text', () => {
    expect(() => numberFlag('--capital', '0x10', POSITIVE)).toThrow(new UsageError('--capital: "0x10" is not a number > 0 and ≤ 1e15 (decimal digits only)'));
    expect(() => numberFlag('--capital', '1,0,0', POSITIVE)).toThrow('--capital: "1,0,0" is not a number > 0 and ≤ 1e15 (decimal digits only)');
    expect(() => numberFlag('--capital', '1e', POSITIVE)).toThrow('--capital: "1e" is not a number > 0 and ≤ 1e15 (decimal digits only)');
    expect(() => numberFlag('--capital', 'Infinity', POSITIVE)).toThrow('--capital: "Infinity" is not a number > 0 and ≤ 1e15');
    expect(() => numberFlag('--capital', '', POSITIVE)).toThrow('--capital: "" is not a number > 0 and ≤ 1e15');
  });
  it('refuses values out of range and fractions where a whole number is due', () => {
    expect(() => numberFlag('--capital', '2,000,000,000,000,000', POSITIVE)).toThrow('--capital: "2,000,000,000,000,000" is not a number > 0 and ≤ 1e15');
    expect(() => numberFlag('--sims', '2.5', { min: 1, max: 10, integer: true })).toThrow('--sims: "2.5" is not a whole number ≥ 1 and ≤ 10');
    expect(numberFlag('--capital', '1,000,000,000,000,000', POSITIVE)).toBe(1e15);
  });
});

describe('a negative value after a flag', () => {
  it('gets the hint to join it (--capital=-5)', () => {
    expect(() => parseStatsArgs(['log.csv', '--capital', '-5'])).toThrow(new UsageError('stats: --capital -5: a value starting with "-" must be joined to its option: write --capital=-5'));
  });
  it('is read when joined', () => {
    expect(parseReplayArgs(['log.csv', '--rule', 'log', '--risk-free=-0.01']).settings.riskFreeRate).toBe(-0.01);
    expect(() => parseStatsArgs(['log.csv', '--capital=-5'])).toThrow('--capital: "-5" is not a number > 0 and ≤ 1e15');
  });
});

describe('seeds are 32-bit', () => {
  it('accepts 0 to 4,294,967,295', () => {
    expect(MAX_SEED).toBe(4_294_967_295);
    expect(parseMonteCarloArgs(['log.csv', '--seed', '4294967295']).options.seed).toBe(4_294_967_295);
    expect(parseMonteCarloArgs(['log.csv', '--seed', '0']).options.seed).toBe(0);
  });
  it('refuses 4,294,967,297 (it would equal seed 1) and negatives, saying the range', () => {
    expect(() => parseMonteCarloArgs(['log.csv', '--seed', '4294967297'])).toThrow(new UsageError('--seed: "4294967297" is not a whole number ≥ 0 and ≤ 4,294,967,295'));
    expect(() => parseMonteCarloArgs(['log.csv', '--seed=-1'])).toThrow('--seed: "-1" is not a whole number ≥ 0 and ≤ 4,294,967,295');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--mc-seed', '4294967296'])).toThrow('--mc-seed: "4294967296" is not a whole number ≥ 0 and ≤ 4,294,967,295');
  });
});

describe('upper bounds', () => {
  it.each([
    [() => parseMonteCarloArgs(['log.csv', '--horizon', '1000000000']), '--horizon: "1000000000" is not a whole number ≥ 1 and ≤ 100,000'],
    [() => parseMonteCarloArgs(['log.csv', '--years', '1000']), '--years: "1000" is not a number > 0 and ≤ 100'],
    [() => parseMonteCarloArgs(['log.csv', '--sims', '10000001']), '--sims: "10000001" is not a whole number ≥ 1 and ≤ 10,000,000'],
    [() => parseMonteCarloArgs(['log.csv', '--block', '2000000']), '--block: "2000000" is not a number ≥ 1 and ≤ 1,000,000'],
    [() => parseReplayArgs(['log.csv', '--rule', 'log', '--risk-free', '2']), '--risk-free: "2" is not a number ≥ -1 and ≤ 1'],
    [() => parseReplayArgs(['log.csv', '--rule', 'log', '--margin-multiplier', '1000']), '--margin-multiplier: "1000" is not a number > 0 and ≤ 100'],
    [() => parseReplayArgs(['log.csv', '--rule', 'log', '--max-open', '100001']), '--max-open: "100001" is not a whole number ≥ 1 and ≤ 100,000'],
    [() => parseStatsArgs(['log.csv', '--risk-free', '150%']), '--risk-free: 150% is not between -100% and 100%'],
    [() => parseStatsArgs(['log.csv', '--risk-free', '0x1%']), '--risk-free: "0x1%" is not a number (write 0.04 or 4%)'],
  ])('%#', (run, message) => {
    expect(run).toThrow(new UsageError(message));
  });
  it('reads a percent risk-free rate with the same parser', () => {
    expect(parseStatsArgs(['log.csv', '--risk-free', '4.5%']).riskFreeRate).toBeCloseTo(0.045, 15);
  });
});

describe("size's risk rules", () => {
  const base = ['--equity', '100000', '--price', '10', '--p', '0.6', '--b', '2'];
  it('are shown in --help with their defaults (25% per position, 20% at risk, 5 contracts)', () => {
    expect(size.usage).toContain('risk rules (defaults 25% per position, 20% at risk, 5 contracts (futures, options)):');
    expect(size.usage).toContain('--max-position F        max capital in one position ÷ equity, 0–1 (default 0.25 = 25%)');
    expect(size.usage).toContain('--max-at-risk F         max capital at risk across the portfolio ÷ equity, 0–1 (default 0.2 = 20%)');
    expect(size.usage).toContain('(default 5 for futures and options, no limit otherwise)');
  });
  it('keep the defaults when not given', async () => {
    expect((await parseSizeArgs(base)).rules).toBeUndefined();
  });
  it('can be set from the command line', async () => {
    const input = await parseSizeArgs([...base, '--asset-class', 'option', '--max-position', '0.1', '--max-at-risk', '0.05', '--max-contracts', '12', '--max-symbol-exposure', '0.3', '--max-correlated', '0.2', '--kelly-fraction', '0.25']);
    expect(input.rules).toEqual({ kellyFraction: 0.25, maxPositionFraction: 0.1, maxCapitalAtRisk: 0.05, maxSymbolExposure: 0.3, maxCorrelatedExposure: 0.2, assets: { option: { maxContracts: 12 } } });
  });
  it('refuses a fractional contract limit', async () => {
    await expect(parseSizeArgs([...base, '--max-contracts', '2.5'])).rejects.toThrow('--max-contracts: "2.5" is not a whole number ≥ 0 and ≤ 1,000,000');
  });
});
