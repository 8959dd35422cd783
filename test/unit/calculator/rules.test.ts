// Calculator rules: symbol exposure, leverage, crypto long-only and lot step, capital at risk,
// correlated exposure, and the exposure before → after.
import { describe, expect, it } from 'vitest';
import { computePosition, type CalculatorInput } from '../../../core/calculator';

function size(input: CalculatorInput) {
  const outcome = computePosition(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const odds = { kind: 'odds' as const, p: 0.6, b: 2 };

describe('calculator rules', () => {
  it('"capped by 60% symbol exposure: 156 → 120 shares"', () => {
    // 40% Kelly × 50% = 20% risk of 100,000 at 128.2 per share loss → 156 shares; price 100,
    // 48,000 already held: (60,000 − 48,000) / 100 = 120.
    const r = size({
      equity: 100_000,
      instrument: { symbol: 'AAPL', assetClass: 'stock', side: 'long', price: 100 },
      lossPerUnit: 128.2,
      exposure: { symbol: 48_000, portfolio: 48_000 },
      probability: odds,
      rules: { maxCapitalAtRisk: 1, maxPositionFraction: 1 },
    });
    expect(r.adjustments.map((a) => a.reason)).toEqual(['rounded down to whole shares: 156.01 → 156 shares', 'capped by 60% symbol exposure: 156 → 120 shares']);
    expect(r.quantity).toBe(120);
    expect(r.exposureBefore.symbol).toBe(48_000);
    expect(r.exposureAfter.symbol).toBe(60_000);
    expect(r.adjustments[1].fractionTo).toBeCloseTo((120 * 128.2) / 100_000, 12);
  });

  it('2× overnight and 4× intraday leverage on the portfolio exposure', () => {
    const input: CalculatorInput = {
      equity: 100_000,
      instrument: { symbol: 'MSFT', assetClass: 'stock', side: 'short', price: 100 },
      lossPerUnit: 1,
      exposure: { portfolio: 190_000 },
      probability: odds,
      rules: { maxCapitalAtRisk: 1, maxPositionFraction: 1 },
    };
    const overnight = size(input);
    expect(overnight.quantity).toBe(100);
    expect(overnight.adjustments.find((a) => a.rule === 'leverage')!.reason).toMatch(/^capped by 2× overnight leverage: \d+ → 100 shares$/);
    const intraday = size({ ...input, holding: 'intraday' });
    expect(intraday.adjustments.find((a) => a.rule === 'leverage')).toBeUndefined();
    expect(intraday.quantity).toBe(600); // then the 60% symbol exposure binds
  });

  it('crypto is long-only and rounds to its lot step', () => {
    const base = { equity: 10_000, probability: odds, rules: { maxCapitalAtRisk: 1 } };
    const long = size({ ...base, instrument: { symbol: 'BTC', assetClass: 'crypto', side: 'long', price: 60_000, lotStep: 0.001 } });
    expect(long.quantity).toBe(0.033); // 20% of 10,000 / 60,000 = 0.0333…
    expect(long.adjustments[0].reason).toBe('rounded down to the lot step 0.001: 0.03333 → 0.033 units');
    const short = size({ ...base, instrument: { symbol: 'BTC', assetClass: 'crypto', side: 'short', price: 60_000, lotStep: 0.001 } });
    expect(short.quantity).toBe(0);
    expect(short.adjustments.at(-1)!.reason).toBe('crypto is long-only under your rules: 0.033 → 0 units');
  });

  it('capital at risk across the portfolio and correlated exposure', () => {
    const base = { equity: 100_000, instrument: { symbol: 'QQQ', assetClass: 'etf' as const, side: 'long' as const, price: 100 }, lossPerUnit: 20, probability: odds };
    const atRisk = size({ ...base, exposure: { capitalAtRisk: 15_000 } });
    expect(atRisk.quantity).toBe(250); // (20% − 15%) of 100,000 / 20
    expect(atRisk.exposureAfter.capitalAtRisk).toBe(20_000);
    const correlated = size({ ...base, exposure: { correlated: 10_000 } });
    expect(correlated.quantity).toBe(50); // (15% − 10%) of 100,000 / 100
    expect(correlated.adjustments.at(-1)!.rule).toBe('correlated-exposure');
    expect(correlated.exposureAfter.correlated).toBe(15_000);
  });

  it('rules are editable per asset class', () => {
    const r = size({
      equity: 100_000,
      instrument: { symbol: 'ES', assetClass: 'future', side: 'long', price: 5_000, multiplier: 50, marginPerContract: 12_000 },
      lossPerUnit: 1_000,
      probability: odds,
      rules: { assets: { future: { maxContracts: 2 } } },
    });
    expect(r.quantity).toBe(0); // 60% symbol exposure: 60,000 / 250,000 notional per contract
    const loose = size({
      equity: 100_000,
      instrument: { symbol: 'ES', assetClass: 'future', side: 'long', price: 5_000, multiplier: 50, marginPerContract: 12_000 },
      lossPerUnit: 1_000,
      probability: odds,
      rules: { maxSymbolExposure: 10, assets: { future: { maxContracts: 1 } } },
    });
    // 20,000 at risk / 1,000 = 20; 25% of equity / 12,000 margin = 2; max 1 contract
    expect(loose.quantity).toBe(1);
    expect(loose.adjustments.map((a) => a.rule)).toEqual(['position-size', 'max-contracts']);
  });

  it('no edge → no position with a note', () => {
    const r = size({ equity: 100_000, instrument: { symbol: 'X', assetClass: 'stock', side: 'long', price: 10 }, probability: { kind: 'odds', p: 0.3, b: 1 } });
    expect(r.quantity).toBe(0);
    expect(r.notes).toContain('No edge: Kelly is -40%, so no position.');
  });
});
