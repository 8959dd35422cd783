// Historical margin utilisation: margin of trades open each day ÷ start-of-day equity.
import { describe, expect, it } from 'vitest';
import { marginUtilisation } from '../../../core/sizing';
import type { EquityPoint } from '../../../core/stats/types';
import { makeTrade } from '../support/make-trade';

const curve: EquityPoint[] = [
  { date: '2025-01-06', equity: 10_000, drawdown: 0 },
  { date: '2025-01-07', equity: 20_000, drawdown: 0 },
  { date: '2025-01-08', equity: 20_000, drawdown: 0 },
  { date: '2025-01-09', equity: 20_000, drawdown: 0 },
  { date: '2025-01-10', equity: 20_000, drawdown: 0 },
  { date: '2025-01-13', equity: 20_000, drawdown: 0 },
];

describe('margin utilisation', () => {
  it('sums overlapping trades and divides by the start-of-day equity', () => {
    const trades = [
      makeTrade({ pl: 0, marginReq: 1_000, dateOpened: '2025-01-06', dateClosed: '2025-01-08' }),
      makeTrade({ pl: 0, marginReq: 3_000, dateOpened: '2025-01-07', dateClosed: '2025-01-07' }),
      // closes on a Saturday: still open on Friday, not on Monday
      makeTrade({ pl: 0, marginReq: 2_000, dateOpened: '2025-01-10', dateClosed: '2025-01-11' }),
      makeTrade({ pl: 0, marginReq: null, dateOpened: '2025-01-06', dateClosed: '2025-01-13' }),
    ];
    const result = marginUtilisation(trades, curve, 8_000)!;
    expect(result.series.map((d) => d.margin)).toEqual([1_000, 4_000, 1_000, 0, 2_000, 0]);
    expect(result.series.map((d) => d.equity)).toEqual([8_000, 10_000, 20_000, 20_000, 20_000, 20_000]);
    expect(result.series.map((d) => d.utilisation)).toEqual([0.125, 0.4, 0.05, 0, 0.1, 0]);
    expect(result.max).toBe(0.4);
    expect(result.average).toBeCloseTo((0.125 + 0.4 + 0.05 + 0.1) / 6, 14);
  });

  it('counts a still-open trade to the end of the curve', () => {
    const result = marginUtilisation([makeTrade({ pl: 0, marginReq: 2_000, dateOpened: '2025-01-10', dateClosed: null })], curve, 8_000)!;
    expect(result.series.map((d) => d.margin)).toEqual([0, 0, 0, 0, 2_000, 2_000]);
  });

  it('is null without margin data or without a curve', () => {
    expect(marginUtilisation([makeTrade({ pl: 1 })], curve, 8_000)).toBeNull();
    expect(marginUtilisation([makeTrade({ pl: 1, marginReq: 5 })], [], 8_000)).toBeNull();
  });
});
