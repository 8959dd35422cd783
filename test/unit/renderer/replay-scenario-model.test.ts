// The Replay page's scenario drafts: presets are valid rule specs, drafts become core
// scenarios (the log's capital filled in) or name their problems, names stay unique.
import { describe, expect, it } from 'vitest';
import { formatRuleSpec } from '../../../core/replay';
import { defaultConstraints, isScenarioDraft, PRESETS, presetScenario, scenarioFromSpec, toReplayScenario, uniqueName } from '../../../renderer/src/replay/scenario-model';

describe('replay scenario model', () => {
  it('parses every preset into its canonical rule', () => {
    expect(PRESETS.map((p) => formatRuleSpec(presetScenario(p).rule))).toEqual(['log', 'fixed:1', 'kelly:0.5:avg-loss', 'kelly:0.25:avg-loss', 'fraction:0.02:avg-loss', 'optimal-f', 'vol-target:0.15']);
  });

  it("fills in the log's starting capital when the scenario leaves it empty", () => {
    const outcome = toReplayScenario(scenarioFromSpec('Half Kelly', 'kelly:0.5'), 100_000);
    expect(outcome.ok && outcome.scenario.settings.startingCapital).toBe(100_000);
    const own = toReplayScenario(scenarioFromSpec('Own', 'fixed:2', { ...defaultConstraints(), startingCapital: 50_000 }), 100_000);
    expect(own.ok && own.scenario.settings.startingCapital).toBe(50_000);
  });

  it('reports a bad rule parameter and bad constraints in words instead of running', () => {
    const draft = scenarioFromSpec('Broken', 'fixed:1');
    const outcome = toReplayScenario({ ...draft, rule: { kind: 'fixed', contracts: 1.5 }, constraints: { ...draft.constraints, marginMultiplier: 0, maxOpenTrades: 0 } }, 100_000);
    expect(outcome).toEqual({
      ok: false,
      problems: ['rule "fixed:1.5": N must be a whole number of contracts ≥ 1, got "1.5"', 'margin multiplier must be a positive number, got 0', 'max open trades must be a whole number ≥ 1, got 0'],
    });
  });

  it('numbers repeated names', () => {
    const existing = [scenarioFromSpec('Half Kelly', 'kelly:0.5'), scenarioFromSpec('Half Kelly (2)', 'kelly:0.5')];
    expect(uniqueName('Half Kelly', existing)).toBe('Half Kelly (3)');
    expect(uniqueName('1 contract', existing)).toBe('1 contract');
  });

  it('accepts a saved draft and rejects foreign JSON', () => {
    const { id: _, ...saved } = scenarioFromSpec('Quarter Kelly', 'kelly:0.25');
    expect(isScenarioDraft(JSON.parse(JSON.stringify(saved)))).toBe(true);
    expect(isScenarioDraft({ name: 'x', rule: { kind: 'martingale' }, constraints: defaultConstraints() })).toBe(false);
    expect(isScenarioDraft({ name: 'x', rule: { kind: 'fixed', contracts: 1 }, constraints: { weekdays: [true] } })).toBe(false);
    expect(isScenarioDraft(null)).toBe(false);
  });
});
