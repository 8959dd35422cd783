/**
 * The position calculator's form → CalculatorTicket: typed text becomes numbers (NaN for a
 * required field left empty, so core names it), rules in percent become fractions and the
 * default rules form is exactly core's DEFAULT_RULES; field messages land on form paths, the
 * bounds of the percent rules in percent.
 */
import { describe, expect, it } from 'vitest';
import { computePosition, DEFAULT_RULES, resolveRules } from '../../../core/calculator';
import {
  DEFAULT_RULES_FORM,
  DEFAULT_TICKET,
  errorsByPath,
  parseNumber,
  restoreRulesForm,
  rulesFromForm,
  ticketFromForm,
} from '../../../renderer/src/calculator/calculator-form';

const odds = { ...DEFAULT_TICKET, equity: '100,000', price: '50', p: '0.6', b: '2' };

describe('calculator form', () => {
  it('parses typed numbers', () => {
    expect(parseNumber('1,000.5')).toBe(1000.5);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('12%')).toBe(12);
    expect(parseNumber('1.2.3')).toBeNaN();
  });

  it('the default rules form is core’s default rules', () => {
    expect(resolveRules(rulesFromForm(DEFAULT_RULES_FORM))).toEqual(DEFAULT_RULES);
  });

  it('a p/b stock ticket sizes to 400 shares; 45,000 in the symbol caps it at 300', () => {
    const plain = computePosition(ticketFromForm(odds, DEFAULT_RULES_FORM));
    expect(plain.ok && plain.result.quantity).toBe(400);
    const capped = computePosition(ticketFromForm({ ...odds, symbolExposure: '45000' }, DEFAULT_RULES_FORM));
    if (!capped.ok) throw new Error(JSON.stringify(capped.errors));
    expect(capped.result.adjustments.map((a) => a.reason)).toEqual(['capped by 60% symbol exposure: 400 → 300 shares']);
  });

  it('empty and impossible inputs come back as field messages on the form paths', () => {
    const outcome = computePosition(ticketFromForm({ ...odds, equity: '', p: '1.5' }, { ...DEFAULT_RULES_FORM, kellyFraction: 'x' }));
    if (outcome.ok) throw new Error('expected errors');
    expect(errorsByPath(outcome.errors)).toEqual({
      equity: 'Equity must be a number.',
      'probability.p': 'Win probability must be a probability between 0 and 1.',
      'rules.kellyFraction': 'Kelly fraction must be a number.',
    });
    expect(errorsByPath([{ field: 'probability.outcomes', message: 'The strategy has no trades in that window.' }])).toEqual({ 'probability.days': 'The strategy has no trades in that window.' });
  });

  it('gives the bounds of the percent rules in percent, as they are typed', () => {
    const outcome = computePosition(ticketFromForm(odds, { ...DEFAULT_RULES_FORM, kellyFraction: '250', maxPositionFraction: '120', maxCapitalAtRisk: '-5', maxSymbolExposure: '-1' }));
    if (outcome.ok) throw new Error('expected errors');
    expect(errorsByPath(outcome.errors)).toEqual({
      'rules.kellyFraction': 'Kelly fraction must be between 0% and 200%.',
      'rules.maxPositionFraction': 'Max position size must be between 0% and 100%.',
      'rules.maxCapitalAtRisk': 'Max capital at risk must be between 0% and 100%.',
      'rules.maxSymbolExposure': 'Max symbol exposure cannot be negative.',
    });
  });

  it('builds each probability source', () => {
    expect(ticketFromForm({ ...odds, source: 'history', strategy: 'S', days: '30' }, DEFAULT_RULES_FORM).probability).toEqual({ kind: 'strategy-history', strategy: 'S', days: 30 });
    expect(ticketFromForm({ ...odds, source: 'forecast', mu: '0.01', sigma: '0.02' }, DEFAULT_RULES_FORM).probability).toEqual({ kind: 'forecast', mu: 0.01, sigma: 0.02, riskFree: undefined });
    expect(ticketFromForm({ ...odds, source: 'models', modelConfidences: ['0.7', '0.8'], b: '1.5' }, DEFAULT_RULES_FORM).probability).toEqual({
      kind: 'models',
      models: [
        { direction: 'long', confidence: 0.7 },
        { direction: 'long', confidence: 0.8 },
      ],
      weights: [0.4, 0.6],
      threshold: 0.6,
      b: 1.5,
    });
    const binary = ticketFromForm({ ...odds, assetClass: 'binary', source: 'binary', price: '0.4', binaryP: '0.55', binarySide: 'no', lossPerUnit: '5' }, DEFAULT_RULES_FORM);
    expect(binary.probability).toEqual({ kind: 'binary', p: 0.55, side: 'no' });
    expect(binary.lossPerUnit).toBeUndefined();
  });

  it('restores stored rules, falling back per field', () => {
    expect(restoreRulesForm(undefined)).toEqual(DEFAULT_RULES_FORM);
    const restored = restoreRulesForm({ kellyFraction: '25', maxSymbolExposure: 7, assets: { crypto: { allowShort: true, maxContracts: '3', maxLeverageIntraday: null } } });
    expect(restored.kellyFraction).toBe('25');
    expect(restored.maxSymbolExposure).toBe(DEFAULT_RULES_FORM.maxSymbolExposure);
    expect(restored.assets.crypto).toEqual({ allowShort: true, maxLeverageIntraday: '1', maxLeverageOvernight: '1', maxContracts: '3' });
    expect(restored.assets.stock).toEqual(DEFAULT_RULES_FORM.assets.stock);
  });
});
