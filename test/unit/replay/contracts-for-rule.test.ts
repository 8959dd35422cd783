// Rule → contracts (core/replay/contracts-for-rule), hand-computed: equity 100,000, margin 500 per
// contract, avg loss 200, largest loss 300, Kelly 1/3, f$ 1200, trailing daily vol 630 per contract.
import { expect, it } from 'vitest';
import { contractsForRule, type RuleSizingContext, skipOf } from '../../../core/replay';

const context: RuleSizingContext = {
  logContracts: () => 7,
  strategyName: (i) => ['CCS', 'PCS', 'constructor'][i],
  marginPerContract: () => 500,
  averageLoss: () => 200,
  largestLoss: () => 300,
  kelly: () => 1 / 3,
  optimalF: () => ({ f: 0.25, largestLoss: 300, fDollar: 1200, twr: null, geometricMean: 1 }),
  volatility: () => 630,
};

it('sizes each rule by its SPEC §4 formula', () => {
  expect(contractsForRule({ kind: 'fixed', contracts: 3 }, 100_000, 0, context)).toBe(3);
  expect(contractsForRule({ kind: 'log' }, 100_000, 0, context)).toBe(7);
  // per-strategy: the named strategy's contracts; a strategy not named (even one named like an Object property) is 0.
  expect(contractsForRule({ kind: 'per-strategy', contracts: { CCS: 6, PCS: 0 } }, 100_000, 0, context)).toBe(6);
  expect(contractsForRule({ kind: 'per-strategy', contracts: { CCS: 6, PCS: 0 } }, 100_000, 1, context)).toBe(0);
  expect(contractsForRule({ kind: 'per-strategy', contracts: { CCS: 6 } }, 100_000, 2, context)).toBe(0);
  expect(contractsForRule({ kind: 'dollar-risk', amount: 2_000, basis: 'avg-loss' }, 100_000, 0, context)).toBe(10); // 2000 / 200
  expect(contractsForRule({ kind: 'fraction', fraction: 0.05, basis: 'margin' }, 100_000, 0, context)).toBeCloseTo(10, 12); // 5000 / 500
  expect(contractsForRule({ kind: 'kelly', multiplier: 0.5, basis: 'max-loss' }, 100_000, 0, context)).toBeCloseTo(55.5555555556, 9); // (1/3 · 0.5 · 100000) / 300
  expect(contractsForRule({ kind: 'optimal-f' }, 120_000, 0, context)).toBe(100); // 120000 / 1200
  // 0.1 annual → 0.1/√252 = 0.00629941 daily; × 100000 / 630 = 0.999906
  expect(contractsForRule({ kind: 'vol-target', annualVol: 0.1 }, 100_000, 0, context)).toBeCloseTo(0.999906, 6);
});

it('says why it cannot size', () => {
  const none: RuleSizingContext = { ...context, marginPerContract: () => NaN, averageLoss: () => NaN, largestLoss: () => 0, kelly: () => NaN, optimalF: () => null, volatility: () => NaN };
  expect(skipOf(contractsForRule({ kind: 'fraction', fraction: 0.05, basis: 'margin' }, 1, 0, none))).toBe('no-margin-data');
  expect(skipOf(contractsForRule({ kind: 'kelly', multiplier: 1, basis: 'avg-loss' }, 1, 0, none))).toBe('no-estimate');
  expect(skipOf(contractsForRule({ kind: 'optimal-f' }, 1, 0, none))).toBe('no-estimate');
  expect(skipOf(contractsForRule({ kind: 'vol-target', annualVol: 0.1 }, 1, 0, none))).toBe('no-estimate');
  expect(skipOf(contractsForRule({ kind: 'kelly', multiplier: 1, basis: 'margin' }, 1, 0, { ...context, kelly: () => -0.1 }))).toBe('no-edge');
  expect(skipOf(contractsForRule({ kind: 'optimal-f' }, 1, 0, { ...context, optimalF: () => null }))).toBe('no-edge');
  expect(skipOf(5)).toBeNull();
});
