// SPEC-metrics §6 vector: EMA, C 100,000, ceiling 1, full Kelly → CCS 6.700 contracts, PCS 0.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOCATION_OPTIONS } from '../../../core/allocate';
import { workspaceAllocation } from '../../../core/app';
import { tradeInput } from './load';

describe('kelly-margin on the EMA log', () => {
  it('gives the SPEC contracts', async () => {
    const input = await tradeInput('test/fixtures/optionomega/ema-tradelog.csv');
    const out = workspaceAllocation([input], { options: { ...DEFAULT_ALLOCATION_OPTIONS, method: 'kelly-margin', capital: 100_000 } });
    if (!out.ok) throw new Error(out.message);
    const byName = Object.fromEntries(out.result.assets.map((a) => [a.name, a]));
    expect(byName['0DTE CCS - EMA Entry'].contracts).toBeCloseTo(6.7, 3);
    expect(byName['0DTE PCS - EMA Entry'].contracts).toBe(0);
    expect(byName['0DTE CCS - EMA Entry'].wholeContracts).toBe(6);
    expect(out.result.kellyMargin!.binding.length).toBeGreaterThan(0);
    expect(out.result.kellyMargin!.roundingCost).toBeGreaterThan(0);
  });
});
