// `sizewise replay --json` on the EMA log: schema, the log rule's Funds at Close numbers, and one-line errors.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const EMA = 'test/fixtures/optionomega/ema-tradelog.csv';

describe('sizewise replay', () => {
  it('--json: one entry per --rule with the documented keys', async () => {
    const result = await runCli(['replay', EMA, '--rule', 'log', '--rule', 'fixed:1', '--rule', 'kelly:0.5', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.startingCapital).toBe(100000);
    expect(out.scenarios.map((s: { rule: string }) => s.rule)).toEqual(['log', 'fixed:1', 'kelly:0.5:avg-loss']);
    for (const s of out.scenarios) {
      expect(Object.keys(s)).toEqual(['rule', 'finalEquity', 'cagr', 'maxDrawdown', 'mar', 'sharpe', 'ruin', 'nullReasons', 'tradesTaken', 'tradesSkipped', 'skippedByReason', 'maxContracts', 'peakMarginUse']);
    }
    const log = out.scenarios[0];
    expect(log.finalEquity).toBe(119735);
    expect(log.cagr).toBeCloseTo(0.265909, 6);
    expect(log.maxDrawdown).toBeCloseTo(0.128921, 6);
    expect(log.tradesTaken).toBe(384);
    // fixed:1 = starting capital + Σ P/L per contract (computed independently: 106,331).
    expect(out.scenarios[1].finalEquity).toBeCloseTo(106331, 6);
    expect(out.scenarios[2].skippedByReason['no-estimate']).toBe(20);
  });

  it('constraints are applied and the text output is a table', async () => {
    const result = await runCli(['replay', EMA, '--rule', 'log', '--max-open', '1', '--days', 'mon,tue,wed,thu', '--guardrail', '0.1:stop']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Replay from a starting capital of 100,000\.00\nrule +final equity/);
    expect(result.stdout).toMatch(/log skipped: .*\d+ trading day disabled.*\d+ max parallel trades reached/);
  });

  it.each([
    [['replay', EMA], 'sizewise: replay: give at least one --rule'],
    [['replay', EMA, '--rule', 'fraction:2'], 'sizewise: rule "fraction:2": F is a fraction of equity (0.05 = 5%) and at most 1, got 2'],
    [['replay', EMA, '--rule', 'log', '--streak', '3'], 'sizewise: streak: "3" is not K:m'],
    [['replay', EMA, '--rule', 'log', '--max-open', '0'], 'sizewise: --max-open: "0" is not a whole number ≥ 1'],
  ])('bad input %j → one line, exit 2', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
