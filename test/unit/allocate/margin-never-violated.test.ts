// kelly-margin's contracts on the 19-strategy log never need more than ceiling × capital at any
// historical opening moment, checked with core/margin's peakMarginNeed (the SPEC §3 function).
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOCATION_OPTIONS } from '../../../core/allocate';
import { workspaceAllocation } from '../../../core/app';
import { marginTimeline, peakMarginNeed } from '../../../core/margin';
import { tradeInput } from './load';

describe('margin constraint on every historical moment', () => {
  it('holds for continuous and whole contracts at ceilings 1 and 0.5', async () => {
    const input = await tradeInput('test/fixtures/optionomega/nineteen-strategies.csv');
    if (!('trades' in input)) throw new Error('trades');
    for (const ceiling of [1, 0.5]) {
      const capital = 200_000;
      const out = workspaceAllocation([input], { options: { ...DEFAULT_ALLOCATION_OPTIONS, method: 'kelly-margin', capital, ceiling } });
      if (!out.ok) throw new Error(out.message);
      const timeline = marginTimeline(input.trades, capital);
      const order = timeline.strategies.map((s) => out.result.assets.findIndex((a) => a.name === s));
      const full = order.map((i) => out.result.kellyMargin!.fullContracts[i]);
      const whole = order.map((i) => out.result.assets[i].wholeContracts!);
      expect(peakMarginNeed(timeline, full).need).toBeLessThanOrEqual(ceiling * capital * (1 + 1e-9));
      expect(peakMarginNeed(timeline, whole).need).toBeLessThanOrEqual(ceiling * capital);
      expect(full.some((n) => n > 0)).toBe(true);
    }
  });
});
