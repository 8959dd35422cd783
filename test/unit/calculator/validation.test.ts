// Invalid calculator input gives field-level messages, never NaN.
import { describe, expect, it } from 'vitest';
import { computePosition, validateCalculatorInput } from '../../../core/calculator';

const valid = { equity: 10_000, instrument: { symbol: 'X', assetClass: 'stock', side: 'long', price: 10 }, probability: { kind: 'odds', p: 0.6, b: 2 } };

describe('calculator validation', () => {
  it('accepts a valid ticket', () => {
    expect(validateCalculatorInput(valid).ok).toBe(true);
  });

  it('probability outside 0–1, negative price, zero volatility', () => {
    const outcome = computePosition({ ...valid, instrument: { ...valid.instrument, price: -5 }, probability: { kind: 'odds', p: 1.2, b: 2 } });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: 'instrument.price', message: 'Entry price must be greater than 0.' },
        { field: 'probability.p', message: 'Win probability must be a probability between 0 and 1.' },
      ],
    });
    const vol = computePosition({ ...valid, probability: { kind: 'forecast', mu: 0.01, sigma: 0 } });
    expect(vol).toEqual({ ok: false, errors: [{ field: 'probability.sigma', message: 'Volatility must be greater than 0.' }] });
  });

  it('NaN, missing fields, unknown source and binary price rules', () => {
    const result = validateCalculatorInput({ equity: Number.NaN, instrument: { symbol: '', assetClass: 'bond', side: 'up', price: 10 }, probability: { kind: 'magic' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['equity', 'instrument.symbol', 'instrument.assetClass', 'instrument.side', 'probability.kind']);
    expect(result.errors[0].message).toBe('Equity must be a number.');
    const binary = validateCalculatorInput({ ...valid, instrument: { symbol: 'R', assetClass: 'binary', side: 'long', price: 1.5 }, probability: { kind: 'binary', p: 0.5, side: 'yes' } });
    expect(binary).toEqual({ ok: false, errors: [{ field: 'instrument.price', message: 'A binary contract price must be between 0 and 1.' }] });
    const future = validateCalculatorInput({ ...valid, instrument: { symbol: 'ES', assetClass: 'future', side: 'long', price: 5000 } });
    expect(future).toEqual({ ok: false, errors: [{ field: 'instrument.multiplier', message: 'A future needs its contract multiplier (e.g. 50 for ES).' }] });
  });

  it('model weights must not both be zero', () => {
    const result = validateCalculatorInput({ ...valid, probability: { kind: 'models', models: [{ direction: 'long', confidence: 0.8 }, { direction: 'long', confidence: 0.7 }], weights: [0, 0], b: 1 } });
    expect(result).toEqual({ ok: false, errors: [{ field: 'probability.weights', message: 'At least one model weight must be above 0.' }] });
  });
});
