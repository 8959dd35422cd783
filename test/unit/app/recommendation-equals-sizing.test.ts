// "Simulate this recommendation" (issue 18 §1): the recommendation's contracts per strategy are
// the Sizing analysis' placeable contracts (the same path: compared output to output) on the
// EMA sample and the 19-strategy fixture, at the defaults and at saved settings; and the replay
// under the recommendation opens each strategy's trades at exactly those contracts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZING_SETTINGS, restoreSizingSettings, sizingRequest, workspaceRecommendation, workspaceSizing } from '../../../core/app';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { fixtureTrades } from '../support/fixtures';

async function check(file: string, saved: unknown) {
  const trades = await fixtureTrades(file);
  const content = { trades, sizingSettings: saved };
  const outcome = workspaceRecommendation(content, {});
  const analysis = workspaceSizing(content, {}, sizingRequest(restoreSizingSettings(saved)));
  expect(outcome.ok && analysis.ok).toBe(true);
  if (!outcome.ok || !analysis.ok) return;
  const expected = Object.fromEntries(analysis.report.strategies.map((s) => [s.name, s.placeableContracts ?? 0]));
  expect(outcome.recommendation.rule.contracts).toEqual(expected);
  expect(outcome.recommendation.capital).toBe(analysis.report.capital);
  // At least one strategy is traded, so the comparison is not between two empty maps.
  expect(Object.values(expected).some((n) => n > 0)).toBe(true);

  // Replayed without constraints, every trade of a strategy is opened at its recommended contracts.
  const input = prepareReplayInput(trades);
  const result = runScenario(input, { rule: outcome.recommendation.rule, settings: defaultReplaySettings(analysis.report.capital) });
  for (let i = 0; i < input.count; i++) {
    const n = expected[input.strategies[input.strategy[i]]];
    if (n === 0) expect(result.contracts[i]).toBe(0);
    else if (!result.ruin) expect(result.contracts[i]).toBe(n);
  }
  return outcome.recommendation;
}

describe('the recommendation is the Sizing page\'s placeable contracts', () => {
  it('EMA sample, default settings: stated in words', async () => {
    const recommendation = await check('ema-tradelog.csv', undefined);
    expect(recommendation!.statement).toMatch(/^the Sizing page's recommendation: 0DTE CCS - EMA Entry \d+, 0DTE PCS - EMA Entry \d+ contracts at half Kelly of the growth-optimal fraction, placeable under a 100% margin ceiling, one repeat of the worst loss ≤ 20% of capital, fractions ≤ 100% in total, at a capital of \$/);
  });

  it('EMA sample, saved settings (quarter Kelly, 50% ceiling × 1.5 broker multiplier)', async () => {
    const saved = { ...DEFAULT_SIZING_SETTINGS, preset: 'quarter', marginCeiling: 0.5, marginMultiplier: 1.5 };
    const recommendation = await check('ema-tradelog.csv', saved);
    expect(recommendation!.marginCeiling).toBe(0.5);
    expect(recommendation!.statement).toContain('at quarter Kelly of the growth-optimal fraction, placeable under a 50% margin ceiling (recorded margin × 1.50 broker multiplier)');
  });

  it('19-strategy fixture, default settings', async () => {
    const recommendation = await check('nineteen-strategies.csv', undefined);
    expect(Object.keys(recommendation!.rule.contracts)).toHaveLength(19);
  });
});
