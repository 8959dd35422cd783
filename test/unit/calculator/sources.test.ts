// Calculator probability sources with the SPEC §3 vectors: continuous Kelly (capped, the cap
// reported), binary YES/NO, model aggregation, odds and trade history.
import { describe, expect, it } from 'vitest';
import { computePosition, historyOutcomes, type CalculatorInput } from '../../../core/calculator';
import { makeTrade } from '../support/make-trade';

function size(input: CalculatorInput) {
  const outcome = computePosition(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const stock = { symbol: 'SPY', assetClass: 'etf' as const, side: 'long' as const, price: 500 };

describe('calculator sources', () => {
  it('forecast μ 0.02, σ 0.015 → raw Kelly 88.89, capped by 25% per position (reported)', () => {
    const r = size({ equity: 100_000, instrument: stock, probability: { kind: 'forecast', mu: 0.02, sigma: 0.015 }, exposure: { capitalAtRisk: 0 }, rules: { maxCapitalAtRisk: 1 } });
    expect(r.rawKelly).toBeCloseTo(88.8889, 4);
    expect(r.appliedFraction).toBeCloseTo(44.4444, 4);
    expect(r.quantity).toBe(50);
    expect(r.finalFraction).toBe(0.25);
    expect(r.adjustments.map((a) => a.rule)).toEqual(['lot', 'position-size']);
    expect(r.adjustments[1].reason).toBe('capped by 25% of equity per position: 8888 → 50 shares');
  });

  it('binary YES p 0.6 at 0.5 → Kelly 0.2; NO side P(YES) 0.7 at 0.25 → 0.066667', () => {
    const yes = size({ equity: 1_000, instrument: { symbol: 'RAIN', assetClass: 'binary', side: 'long', price: 0.5 }, probability: { kind: 'binary', p: 0.6, side: 'yes' } });
    expect(yes.rawKelly).toBeCloseTo(0.2, 12);
    expect(yes.quantity).toBe(200); // half Kelly: 10% of 1,000 at 0.50
    expect(yes.capitalAtRisk).toBe(100);
    const no = size({ equity: 1_000, instrument: { symbol: 'RAIN', assetClass: 'binary', side: 'long', price: 0.25 }, probability: { kind: 'binary', p: 0.7, side: 'no' } });
    expect(no.rawKelly).toBeCloseTo(0.066667, 6);
    expect(no.quantity).toBe(133);
  });

  it('models (long 0.8, long 0.7) → p 0.74; (long 0.8, short 0.7) → p 0.5, no position', () => {
    const base = { equity: 100_000, instrument: stock, lossPerUnit: 10 };
    const agree = size({ ...base, probability: { kind: 'models', models: [{ direction: 'long', confidence: 0.8 }, { direction: 'long', confidence: 0.7 }], b: 1 } });
    expect(agree.probability).toBeCloseTo(0.74, 12);
    expect(agree.rawKelly).toBeCloseTo(0.48, 12);
    const disagree = size({ ...base, probability: { kind: 'models', models: [{ direction: 'long', confidence: 0.8 }, { direction: 'short', confidence: 0.7 }], b: 1 } });
    expect(disagree.probability).toBe(0.5);
    expect(disagree.quantity).toBe(0);
    expect(disagree.notes[0]).toBe('Models: models disagree (long vs short): no trade.');
  });

  it('models pointing short on a long ticket give no position, explained', () => {
    const r = size({ equity: 100_000, instrument: stock, lossPerUnit: 10, probability: { kind: 'models', models: [{ direction: 'short', confidence: 0.8 }, { direction: 'short', confidence: 0.7 }], b: 1 } });
    expect(r.quantity).toBe(0);
    expect(r.adjustments.at(-1)!.reason).toMatch(/^the models point short but the ticket is long: \d+ → 0 shares$/);
  });

  it('odds p 0.6, b 2 with a stop: Kelly 0.4, half → 20% risk, lossPerUnit sizing', () => {
    const r = size({ equity: 100_000, instrument: { ...stock, price: 50 }, lossPerUnit: 25, probability: { kind: 'odds', p: 0.6, b: 2 }, rules: { maxCapitalAtRisk: 1, maxPositionFraction: 1 } });
    expect(r.rawKelly).toBeCloseTo(0.4, 12);
    expect(r.quantity).toBe(800); // 20,000 at risk / 25 per share (notional 40,000)
    expect(r.capitalAtRisk).toBe(20_000);
  });

  it('history: per-contract P/L of the last N days of one strategy', () => {
    const trades = [
      makeTrade({ strategy: 'A', pl: 300, contracts: 3, dateOpened: '2025-03-03', dateClosed: '2025-03-03' }),
      makeTrade({ strategy: 'A', pl: -50, contracts: 1, dateOpened: '2025-03-20', dateClosed: '2025-03-20' }),
      makeTrade({ strategy: 'A', pl: 200, contracts: 2, dateOpened: '2025-03-25', dateClosed: '2025-03-25' }),
      makeTrade({ strategy: 'B', pl: -999, contracts: 1, dateOpened: '2025-03-25', dateClosed: '2025-03-25' }),
    ];
    const outcomes = historyOutcomes(trades, 'A', 10);
    expect(outcomes).toEqual([-50, 100]);
    const r = size({ equity: 10_000, instrument: { symbol: 'SPX', assetClass: 'option', side: 'short', price: 2 }, probability: { kind: 'history', outcomes } });
    expect(r.rawKelly).toBeCloseTo(0.25, 12); // p 0.5, b 2
    expect(r.dollarsPerKellyUnit).toBe(50); // average loss per contract from the history
    // half Kelly 12.5% of 10,000 / 50 = 25; 25% of equity / (2 × 100) = 12; max 5 contracts
    expect(r.adjustments.map((a) => a.reason)).toEqual(['capped by 25% of equity per position: 25 → 12 contracts', 'capped by max 5 contracts per position: 12 → 5 contracts']);
    expect(r.quantity).toBe(5);
  });
});
