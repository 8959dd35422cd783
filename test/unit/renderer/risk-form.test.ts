// The Risk page's settings → core's MonteCarloOptions: empty fields keep core's defaults,
// the sizing applies in every mode, and checkpoints shrink for very many paths.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_FORM, fanCheckpoints, monteCarloOptions } from '../../../renderer/src/risk/risk-form';

describe('risk form', () => {
  it('leaves block length, horizon, window and capital to core by default', () => {
    expect(monteCarloOptions(DEFAULT_RISK_FORM, { kind: 'fixed', contracts: 2 })).toEqual({
      mode: 'percent',
      resample: 'block',
      paths: 10_000,
      seed: 1,
      worstCaseShare: 0,
      worstCase: 'all',
      ruinLevel: 0.5,
      checkpoints: 250,
      sizing: { kind: 'fixed', contracts: 2 },
    });
  });

  it('passes every set field and the sizing', () => {
    const options = monteCarloOptions(
      { ...DEFAULT_RISK_FORM, mode: 'dollar', meanBlockLength: 5, horizon: { unit: 'years', value: 2 }, recent: 200, startingCapital: 50_000, paths: 1_000_000 },
      { kind: 'kelly', multiplier: 0.5, basis: 'avg-loss' },
    );
    expect(options).toMatchObject({ mode: 'dollar', meanBlockLength: 5, horizon: { years: 2 }, recent: 200, startingCapital: 50_000, sizing: { kind: 'kelly', multiplier: 0.5, basis: 'avg-loss' }, checkpoints: 25 });
    expect(monteCarloOptions({ ...DEFAULT_RISK_FORM, horizon: { unit: 'trades', value: 384 } }, { kind: 'fixed', contracts: 1 }).horizon).toEqual({ steps: 384 });
  });

  it('bounds paths × checkpoints to 25 million values, with at least 10 checkpoints', () => {
    expect(fanCheckpoints(20_000)).toBe(250);
    expect(fanCheckpoints(200_000)).toBe(125);
    expect(fanCheckpoints(10_000_000)).toBe(10);
  });
});
