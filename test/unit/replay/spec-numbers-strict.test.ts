// Issue 9 item 4: rule and setting specs parse numbers with the one strict parser. Before,
// Number() let "kelly:0x1" through as a full Kelly and "fixed:1e1" as 10 contracts.
import { expect, it } from 'vitest';
import { formatRuleSpec, parseGuardrail, parseRuleSpec, parseStreak } from '../../../core/replay';

it('refuses hexadecimal, exponents and Infinity in rule specs', () => {
  for (const spec of ['kelly:0x1', 'fixed:1e1', 'fraction:5e-2', 'dollar-risk:Infinity', 'vol-target:0x1', 'fixed:0b11', 'kelly:1.']) {
    expect(parseRuleSpec(spec).ok).toBe(false);
  }
  expect(parseRuleSpec('kelly:0x1')).toEqual({ ok: false, message: 'rule "kelly:0x1": FRACTION must be a positive number, got "0x1"' });
  expect(parseRuleSpec('fixed:1e1')).toEqual({ ok: false, message: 'rule "fixed:1e1": N must be a whole number of contracts ≥ 1, got "1e1"' });
});

it('still reads plain decimals, grouped thousands and round-trips tiny values', () => {
  expect(parseRuleSpec('dollar-risk:1,500')).toEqual({ ok: true, rule: { kind: 'dollar-risk', amount: 1500, basis: 'avg-loss' } });
  expect(parseRuleSpec('kelly:.5:margin')).toEqual({ ok: true, rule: { kind: 'kelly', multiplier: 0.5, basis: 'margin' } });
  const tiny = { kind: 'fraction', fraction: 1e-7, basis: 'avg-loss' } as const;
  expect(formatRuleSpec(tiny)).toBe('fraction:0.0000001:avg-loss');
  expect(parseRuleSpec(formatRuleSpec(tiny))).toEqual({ ok: true, rule: tiny });
});

it('refuses them in streak and guardrail specs', () => {
  expect(parseStreak('0x3:0.5').ok).toBe(false);
  expect(parseStreak('3:1e-1').ok).toBe(false);
  expect(parseStreak('3:0.5')).toEqual({ ok: true, value: { losses: 3, multiplier: 0.5 } });
  expect(parseGuardrail('2e-1:stop').ok).toBe(false);
  expect(parseGuardrail('0.2:0x1').ok).toBe(false);
  expect(parseGuardrail('0.2:0.5')).toEqual({ ok: true, value: { drawdown: 0.2, action: { multiplier: 0.5 } } });
});
