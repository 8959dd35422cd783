// parseRuleSpec: every rule form, defaults, round trip through formatRuleSpec, and clear errors.
import { describe, expect, it } from 'vitest';
import { formatRuleSpec, parseGuardrail, parseRuleSpec, parseStreak, parseWeekdays } from '../../../core/replay';

describe('parseRuleSpec', () => {
  it.each([
    ['fixed:2', { kind: 'fixed', contracts: 2 }],
    ['dollar-risk:1500', { kind: 'dollar-risk', amount: 1500, basis: 'avg-loss' }],
    ['fraction:0.05:margin', { kind: 'fraction', fraction: 0.05, basis: 'margin' }],
    ['kelly:0.5:max-loss', { kind: 'kelly', multiplier: 0.5, basis: 'max-loss' }],
    ['vol-target:0.15', { kind: 'vol-target', annualVol: 0.15 }],
    ['optimal-f', { kind: 'optimal-f' }],
    ['log', { kind: 'log' }],
    ['per-strategy:0DTE%20CCS=6,PCS=0', { kind: 'per-strategy', contracts: { '0DTE CCS': 6, PCS: 0 } }],
    ['per-strategy:a%3Ab%2Cc%3Dd=2', { kind: 'per-strategy', contracts: { 'a:b,c=d': 2 } }],
  ])('%s', (spec, rule) => {
    const parsed = parseRuleSpec(spec);
    expect(parsed).toEqual({ ok: true, rule });
    if (parsed.ok) expect(parseRuleSpec(formatRuleSpec(parsed.rule))).toEqual(parsed);
  });

  it.each([
    ['fixed:0', 'rule "fixed:0": N must be a whole number of contracts ≥ 1, got "0"'],
    ['fixed:1.5', 'rule "fixed:1.5": N must be a whole number of contracts ≥ 1, got "1.5"'],
    ['fraction:5', 'rule "fraction:5": F is a fraction of equity (0.05 = 5%) and at most 1, got 5'],
    ['kelly:3', 'rule "kelly:3": FRACTION is a fraction of full Kelly (0.5 = half Kelly) and at most 2, got 3'],
    ['kelly:0.5:median', 'rule "kelly:0.5:median": unknown basis "median" (bases: avg-loss, max-loss, margin)'],
    ['fraction:-0.1', 'rule "fraction:-0.1": F must be a positive number, got "-0.1"'],
    ['optimal-f:2', 'rule "optimal-f:2": optimal-f takes no parameters'],
    ['martingale', 'rule "martingale": unknown rule "martingale"'],
    ['per-strategy:CCS=1.5', 'rule "per-strategy:CCS=1.5": contracts of "CCS" must be a whole number ≥ 0, got "1.5"'],
    ['per-strategy:CCS=1,CCS=2', 'rule "per-strategy:CCS=1,CCS=2": strategy "CCS" is named twice'],
    ['per-strategy:CCS', 'rule "per-strategy:CCS": expected NAME=N, got "CCS"'],
    ['per-strategy', 'rule "per-strategy": expected per-strategy:NAME=N,NAME=N'],
  ])('%s is rejected', (spec, message) => {
    const parsed = parseRuleSpec(spec);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.startsWith(message)).toBe(true);
  });
});

describe('constraint text forms', () => {
  it('days, streak and guardrail', () => {
    expect(parseWeekdays('mon,wed,fri')).toEqual({ ok: true, value: [false, true, false, true, false, true, false] });
    expect(parseWeekdays('mon,funday').ok).toBe(false);
    expect(parseStreak('3:0.5')).toEqual({ ok: true, value: { losses: 3, multiplier: 0.5 } });
    expect(parseStreak('0:0.5').ok).toBe(false);
    expect(parseGuardrail('0.2:stop')).toEqual({ ok: true, value: { drawdown: 0.2, action: 'stop' } });
    expect(parseGuardrail('0.2:0.5')).toEqual({ ok: true, value: { drawdown: 0.2, action: { multiplier: 0.5 } } });
    expect(parseGuardrail('20:0.5').ok).toBe(false);
  });
});
