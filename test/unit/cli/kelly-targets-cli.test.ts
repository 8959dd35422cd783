// `sizewise kelly` with the issue-18 flags, end to end on the EMA fixture: the JSON fields
// drawdownTarget, kellyBand and tailAware per strategy and portfolio, the stated mode, and the
// drawdown target's fraction at the value the independent numpy simulation was run at
// (test/reference/drawdown_target.py; see test/unit/sizing/drawdown-target-reference.test.ts).
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

const ema = 'test/fixtures/optionomega/ema-tradelog.csv';

describe('sizewise kelly --target-drawdown --band-draws --tail-probability', () => {
  it('adds drawdownTarget, kellyBand and tailAware to every entry', () => {
    const run = runCliSync('kelly', ema, '--target-drawdown', '0.2', '--confidence', '0.95', '--horizon', '260t', '--sims', '20000', '--seed', '1', '--band-draws', '500', '--tail-probability', '0.001', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.targetsMode).toContain('mean block round(n^⅓)');
    expect(json.targetsMode).toContain('percent compounding');
    const ccs = json.strategies.find((s: { name: string }) => s.name === '0DTE CCS - EMA Entry');
    expect(ccs.drawdownTarget.fraction).toBeGreaterThan(0.008041718485242261 * 0.995);
    expect(ccs.drawdownTarget.fraction).toBeLessThan(0.008041718485242261 * 1.005);
    expect(ccs.drawdownTarget).toMatchObject({ target: 0.2, confidence: 0.95, horizon: 260 });
    expect(ccs.drawdownTarget.probability).toBeLessThanOrEqual(0.05);
    expect(ccs.drawdownTarget.ofKelly).toBeCloseTo(ccs.drawdownTarget.fraction / ccs.growthOptimal, 12);
    expect(ccs.kellyBand.draws).toBe(500);
    expect(ccs.tailAware).toMatchObject({ maxLossPerContract: 14925, probability: 0.001 });
    for (const entry of [json.portfolio, ...json.strategies]) {
      for (const key of ['p5', 'p25', 'p50', 'p75', 'p95', 'draws']) expect(entry.kellyBand).toHaveProperty(key);
      for (const key of ['target', 'confidence', 'horizon', 'fraction', 'contracts', 'probability', 'ofKelly']) expect(entry.drawdownTarget).toHaveProperty(key);
      for (const key of ['maxLossPerContract', 'probability', 'growthOptimal']) expect(entry.tailAware).toHaveProperty(key);
    }
  });

  it('leaves drawdownTarget null (with the reason) when not asked, and refuses a stray --horizon', () => {
    const json = JSON.parse(runCliSync('kelly', ema, '--band-draws', '200', '--json').stdout);
    expect(json.portfolio.drawdownTarget).toBeNull();
    expect(json.portfolio.drawdownTargetReason).toContain('--target-drawdown');
    const bad = runCliSync('kelly', ema, '--horizon', '10d');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--horizon needs --target-drawdown');
  });
});
