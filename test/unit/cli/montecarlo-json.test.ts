// `sizewise montecarlo --json`: schema, the EMA reference (±2%), the same numbers on 2 workers, one-line errors.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const EMA = 'test/fixtures/optionomega/ema-tradelog.csv';
const ARGS = ['montecarlo', EMA, '--sims', '20000', '--seed', '17', '--resample', 'block', '--block', '7', '--horizon', '384', '--json'];

describe('sizewise montecarlo', () => {
  it('--json has the documented keys and matches the block-bootstrap reference; --workers 2 gives identical numbers', async () => {
    const [single, pooled] = await Promise.all([runCli(ARGS), runCli([...ARGS, '--workers', '2'])]);
    expect(single.stderr).toBe('');
    expect(pooled.stderr).toBe('');
    const a = JSON.parse(single.stdout);
    const b = JSON.parse(pooled.stdout);
    expect(Object.keys(a)).toEqual(['finalValue', 'maxDrawdown', 'probProfit', 'probRuin', 'probDrawdownAtLeast', 'medianCagr', 'nullReasons', 'elapsedMs', 'pathsPerSecond']);
    expect(Object.keys(a.finalValue)).toEqual(['p5', 'p25', 'p50', 'p75', 'p95', 'mean']);
    expect(Object.keys(a.maxDrawdown)).toEqual(['p5', 'p50', 'p95', 'mean']);
    expect(Object.keys(a.probDrawdownAtLeast)).toEqual(['0.1', '0.2', '0.3', '0.5']);
    expect(Math.abs(a.finalValue.p50 / 119339 - 1)).toBeLessThan(0.02);
    expect(Math.abs(a.maxDrawdown.p50 / 0.1377 - 1)).toBeLessThan(0.02);
    const { elapsedMs: _a, pathsPerSecond: _b, ...numbersA } = a;
    const { elapsedMs: _c, pathsPerSecond: _d, ...numbersB } = b;
    expect(numbersB).toEqual(numbersA);
  });

  it.each([
    [['montecarlo', EMA, '--mode', 'weekly'], 'sizewise: --mode: "weekly" is not one of percent, dollar, daily'],
    [['montecarlo', EMA, '--sims', '0'], 'sizewise: --sims: "0" is not a whole number ≥ 1'],
    [['montecarlo', EMA, '--rule', 'kelly:3'], 'sizewise: rule "kelly:3": FRACTION is a fraction of full Kelly (0.5 = half Kelly) and at most 2, got 3'],
    [['montecarlo', EMA, '--rule', 'fraction:0.0001', '--sims', '10'], 'sizewise: montecarlo: the percent pool of fraction:0.0001:avg-loss has 0 outcome(s); at least 2 are needed: fraction:0.0001:avg-loss skipped 384 of 384 trades in the replay (below-one-contract 384); they are not in the pool'],
  ])('bad input %j → one line, exit 2', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
  });

  it('--rule applies in every mode: percent mode replays the rule, dollar mode sizes each step', async () => {
    const base = ['montecarlo', EMA, '--sims', '2000', '--seed', '5', '--horizon', '384'];
    const [logged, kelly, kellyText, volTarget] = await Promise.all([
      runCli([...base, '--json']),
      runCli([...base, '--rule', 'kelly:0.5', '--json']),
      runCli([...base, '--rule', 'kelly:0.5']),
      runCli([...base, '--mode', 'dollar', '--rule', 'vol-target:0.1', '--json']),
    ]);
    const asLogged = JSON.parse(logged.stdout);
    const halfKelly = JSON.parse(kelly.stdout);
    expect(halfKelly.finalValue.p50).not.toBe(asLogged.finalValue.p50);
    expect(kellyText.stdout).toContain('Sizing kelly:0.5:avg-loss: kelly:0.5:avg-loss replayed on the log from the starting capital');
    expect(volTarget.code).toBe(0);
    expect(JSON.parse(volTarget.stdout).finalValue.p50).toBeGreaterThan(0);
  });

  it('dollar and daily modes run', async () => {
    const dollar = JSON.parse((await runCli(['montecarlo', EMA, '--mode', 'dollar', '--rule', 'fixed:3', '--sims', '2000', '--json'])).stdout);
    expect(dollar.finalValue.p50).toBeGreaterThan(100000);
    const daily = JSON.parse((await runCli(['montecarlo', EMA, '--mode', 'daily', '--years', '1', '--sims', '2000', '--json'])).stdout);
    expect(daily.medianCagr).toBeGreaterThan(0);
  });
});
