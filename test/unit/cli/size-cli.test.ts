// `sizewise size` end to end: spawns the real CLI.
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

describe('sizewise size', () => {
  it('--p/--b --json gives the documented keys', () => {
    const run = runCliSync('size', '--equity', '100000', '--price', '100', '--p', '0.6', '--b', '2', '--loss-per-unit', '128.2', '--symbol-exposure', '48000', '--json');
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.rawKelly).toBeCloseTo(0.4, 12);
    expect(json.appliedFraction).toBeCloseTo(0.2, 12);
    expect(json.quantity).toBe(120);
    expect(json.exposureBefore.symbol).toBe(48_000);
    expect(json.exposureAfter.symbol).toBe(60_000);
    expect(json.adjustments.map((a: { reason: string }) => a.reason)).toContain('capped by 60% symbol exposure: 156 → 120 shares');
    for (const a of json.adjustments) expect(Object.keys(a)).toEqual(expect.arrayContaining(['rule', 'from', 'to', 'reason']));
  });

  it('--mu/--sigma reports the cap that bit; --binary-price sizes a binary', () => {
    const forecast = JSON.parse(runCliSync('size', '--equity', '100000', '--price', '500', '--mu', '0.02', '--sigma', '0.015', '--json').stdout);
    expect(forecast.rawKelly).toBeCloseTo(88.8889, 4);
    expect(forecast.adjustments.some((a: { rule: string }) => a.rule === 'position-size')).toBe(true);
    const binary = JSON.parse(runCliSync('size', '--equity', '1000', '--binary-price', '0.25', '--p', '0.7', '--no', '--json').stdout);
    expect(binary.rawKelly).toBeCloseTo(0.066667, 6);
    expect(binary.quantity).toBe(133);
  });

  it('prints the adjustments in words without --json', () => {
    const run = runCliSync('size', '--equity', '10000', '--price', '60000', '--p', '0.6', '--b', '2', '--asset-class', 'crypto', '--side', 'short', '--lot-step', '0.001');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('crypto is long-only under your rules: 0.033 → 0 units');
  });

  it('field-level errors and usage errors exit with code 2', () => {
    const bad = runCliSync('size', '--equity', '1000', '--price', '10', '--p', '1.5', '--b', '2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('sizewise: size: probability.p: Win probability must be a probability between 0 and 1.\n');
    const zeroVol = runCliSync('size', '--equity', '1000', '--price', '10', '--mu', '0.01', '--sigma', '0');
    expect(zeroVol.stderr).toBe('sizewise: size: probability.sigma: Volatility must be greater than 0.\n');
    const two = runCliSync('size', '--equity', '1000', '--price', '10', '--mu', '0.01', '--sigma', '0.1', '--models', 'long:0.8,long:0.7');
    expect(two.stderr).toBe('sizewise: size: give only one probability source (got models, forecast)\n');
  });

  it('--max-position and --max-contracts replace the default rules (25% per position, 5 contracts)', () => {
    // 50% Kelly of p = 0.6, b = 2 is 20% of 100,000 = 2,000 shares at 10; 10% per position allows 1,000.
    const shares = JSON.parse(runCliSync('size', '--equity', '100000', '--price', '10', '--p', '0.6', '--b', '2', '--max-position', '0.1', '--json').stdout);
    expect(shares.quantity).toBe(1000);
    // An option at 10 × 100 = 1,000 a contract: 20,000 buys 20; the default limit is 5, --max-contracts 3 gives 3.
    const option = ['size', '--equity', '100000', '--price', '10', '--p', '0.6', '--b', '2', '--asset-class', 'option', '--multiplier', '100', '--json'];
    expect(JSON.parse(runCliSync(...option).stdout).quantity).toBe(5);
    expect(JSON.parse(runCliSync(...option, '--max-contracts', '3').stdout).quantity).toBe(3);
  });
});
