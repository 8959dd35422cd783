// The recommendation on a hand-made one-strategy log, by hand, and the margin ceiling binding
// in the replay of it. Strategy A, 1 contract a trade, margin 600 per contract, P/L per
// contract −100, +100, +100, +100 on four days (closed in that order), capital 100,000.
// - Risk unit (avg-loss) 100, so the returns are −1, +1, +1, +1; the growth-optimal fraction
//   maximises ¾ ln(1 + f) + ¼ ln(1 − f): 3/(4(1 + f)) = 1/(4(1 − f)) → f* = 0.5.
// - Half Kelly: 0.25, at the 25% cap: 0.25 · 100,000 ÷ 100 = 250 contracts (what Kelly asks).
// - Worst loss ≤ 20% of capital: floor(20,000 ÷ 100) = 200.
// - Margin ceiling 100%: 200 · 600 = 120,000 > 100,000 → floor(100,000 ÷ 600) = 166 placeable.
// Replayed with the replay's own margin ceiling at 100% of equity (the same placeable cap):
// trade 1 opens 166 (99,600 ≤ 100,000) and loses 16,600 → equity 83,400; trade 2 asks for 166,
// the ceiling leaves floor(83,400 ÷ 600) = 139 (capped); it wins 13,900 → 97,300; trade 3:
// floor(97,300 ÷ 600) = 162 (capped), +16,200 → 113,500; trade 4: 166 (room 189), +16,600 → 130,100.
import { expect, it } from 'vitest';
import { DEFAULT_SIZING_SETTINGS, sizingRequest, workspaceRecommendation, workspaceSizing } from '../../../core/app';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { makeTrade } from '../support/make-trade';

const trades = [-100, 100, 100, 100].map((pl, k) => makeTrade({ strategy: 'A', dateOpened: `2025-01-0${6 + k}`, pl, marginReq: 600 }));
const settings = { ...DEFAULT_SIZING_SETTINGS, capital: 100_000 };

it('Kelly asks 250, the worst-loss cap allows 200, the margin ceiling places 166', () => {
  const analysis = workspaceSizing({ trades }, {}, sizingRequest(settings));
  expect(analysis.ok).toBe(true);
  if (!analysis.ok) return;
  const [a] = analysis.report.strategies;
  expect(a.growthOptimal).toBeCloseTo(0.5, 3);
  expect(a.kellyContracts).toBe(250);
  expect(a.placeableContracts).toBe(166);
  expect(a.binding).toEqual(['worst-loss', 'margin-ceiling']);
  const outcome = workspaceRecommendation({ trades }, {}, settings);
  expect(outcome.ok && outcome.recommendation.rule).toEqual({ kind: 'per-strategy', contracts: { A: 166 } });
});

it('the margin ceiling binds in the replay of the recommendation', () => {
  const outcome = workspaceRecommendation({ trades }, {}, settings);
  if (!outcome.ok) throw new Error(outcome.message);
  const input = prepareReplayInput(trades);
  const result = runScenario(input, { rule: outcome.recommendation.rule, settings: { ...defaultReplaySettings(100_000), marginCeiling: 1 } });
  expect(Array.from(result.contracts)).toEqual([166, 139, 162, 166]);
  expect(result.finalEquity).toBe(130_100);
  // Without the ceiling every trade opens at 166: 100,000 − 16,600 + 3 · 16,600.
  const free = runScenario(input, { rule: outcome.recommendation.rule, settings: defaultReplaySettings(100_000) });
  expect(Array.from(free.contracts)).toEqual([166, 166, 166, 166]);
  expect(free.finalEquity).toBe(133_200);
});
