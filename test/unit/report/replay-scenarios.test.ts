// Which scenarios the report's replay comparison runs: --rules, else usable saved workspace
// scenarios (as the Replay page stores them), else the documented default set.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SCENARIOS, reportScenarios, storedReplayScenario, type StoredScenario } from '../../../core/report';
import { defaultReplaySettings } from '../../../core/replay';

const CAPITAL = 80_000;
/** A draft as the Replay page saves it: { name, rule, constraints } with startingCapital null = the log's own. */
const stored = (name: string, rule: unknown, constraints: Record<string, unknown> = {}): StoredScenario => ({
  name,
  value: { name, rule, constraints: { ...defaultReplaySettings(1), startingCapital: null, ...constraints } },
});

describe('report replay scenarios', () => {
  it('defaults to As logged, 1 contract, Half and Quarter Kelly at the report capital without constraints', () => {
    const { source, scenarios, warnings } = reportScenarios(CAPITAL);
    expect(source).toBe('default');
    expect(warnings).toEqual([]);
    expect(DEFAULT_REPORT_SCENARIOS.map((s) => s.spec)).toEqual(['log', 'fixed:1', 'kelly:0.5', 'kelly:0.25']);
    expect(scenarios.map((s) => s.name)).toEqual(['As logged', '1 contract', 'Half Kelly', 'Quarter Kelly']);
    expect(scenarios.map((s) => s.scenario.rule)).toEqual([
      { kind: 'log' },
      { kind: 'fixed', contracts: 1 },
      { kind: 'kelly', multiplier: 0.5, basis: 'avg-loss' },
      { kind: 'kelly', multiplier: 0.25, basis: 'avg-loss' },
    ]);
    for (const s of scenarios) expect(s.scenario.settings).toEqual(defaultReplaySettings(CAPITAL));
  });

  it('uses the saved scenarios, filling the log capital with the report capital and keeping their constraints', () => {
    const saved = [stored('Capped', { kind: 'fraction', fraction: 0.02, basis: 'margin' }, { marginCeiling: 0.5, maxOpenTrades: 3 }), stored('Own capital', { kind: 'fixed', contracts: 2 }, { startingCapital: 25_000 })];
    const { source, scenarios } = reportScenarios(CAPITAL, { saved });
    expect(source).toBe('saved');
    expect(scenarios.map((s) => s.name)).toEqual(['Capped', 'Own capital']);
    expect(scenarios[0].scenario).toEqual({ rule: { kind: 'fraction', fraction: 0.02, basis: 'margin' }, settings: { ...defaultReplaySettings(CAPITAL), marginCeiling: 0.5, maxOpenTrades: 3 } });
    expect(scenarios[1].scenario.settings.startingCapital).toBe(25_000);
  });

  it('fills constraints an older stored value lacks with the defaults', () => {
    const outcome = storedReplayScenario({ name: 'Old', value: { name: 'Old', rule: { kind: 'log' }, constraints: { startingCapital: null, marginCeiling: 0.4 } } }, CAPITAL);
    expect(outcome).toEqual({ name: 'Old', scenario: { rule: { kind: 'log' }, settings: { ...defaultReplaySettings(CAPITAL), marginCeiling: 0.4 } } });
  });

  it('leaves out saved values that are not usable scenarios, saying why, and falls back to the default set when none is', () => {
    const saved: StoredScenario[] = [
      { name: 'Not a scenario', value: 42 },
      stored('Bad rule', { kind: 'kelly', multiplier: 5, basis: 'avg-loss' }),
      stored('Bad capital', { kind: 'log' }, { startingCapital: -1 }),
      stored('Malformed guardrail', { kind: 'log' }, { guardrail: 'x' }),
    ];
    const { source, scenarios, warnings } = reportScenarios(CAPITAL, { saved });
    expect(source).toBe('default');
    expect(scenarios).toHaveLength(4);
    expect(warnings).toEqual([
      'Saved scenario "Not a scenario" left out: it is not a replay scenario (no rule and constraints).',
      'Saved scenario "Bad rule" left out: rule "kelly:5:avg-loss": FRACTION is a fraction of full Kelly (0.5 = half Kelly) and at most 2, got 5.',
      'Saved scenario "Bad capital" left out: starting capital must be a positive number, got -1.',
      'Saved scenario "Malformed guardrail" left out: guardrail is malformed.',
    ]);
  });

  it('compares at most 8 saved scenarios, saying so', () => {
    const saved = Array.from({ length: 10 }, (_, i) => stored(`S${i + 1}`, { kind: 'fixed', contracts: i + 1 }));
    const { scenarios, warnings } = reportScenarios(CAPITAL, { saved });
    expect(scenarios.map((s) => s.name)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    expect(warnings).toEqual(['Only the first 8 of 10 saved scenarios are compared.']);
  });

  it('uses the given rules over saved scenarios, each named by its spec, and rejects a bad spec', () => {
    const { source, scenarios } = reportScenarios(CAPITAL, { rules: ['optimal-f', 'vol-target:0.15'], saved: [stored('Saved', { kind: 'log' })] });
    expect(source).toBe('rules');
    expect(scenarios.map((s) => [s.name, s.scenario.rule])).toEqual([
      ['optimal-f', { kind: 'optimal-f' }],
      ['vol-target:0.15', { kind: 'vol-target', annualVol: 0.15 }],
    ]);
    expect(() => reportScenarios(CAPITAL, { rules: ['fixed:0'] })).toThrow('rule "fixed:0": N must be a whole number of contracts ≥ 1, got "0"');
  });
});
