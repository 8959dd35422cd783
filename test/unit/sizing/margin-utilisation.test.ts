// The Sizing page's historical margin use is the one time-aware figure of core/margin (SPEC §3).
// Hand-made, starting capital 10,000, all on Monday 2025-01-06:
// - sequential same-day trades: A 2,000 margin 09:30–10:00 (+1,000), B 3,000 10:00–11:00 →
//   at 10:00 A's close frees its margin first (and realizes +1,000): B alone, 3,000 / 11,000;
//   day level would have said 5,000 / 10,000 = 0.5;
// - a strategy's margin is divided by the ACCOUNT's realized equity: strategy "B" alone peaks
//   at 3,000 / 11,000 too (A's +1,000 is realized before B opens), over its own moments only;
// - no trade with a margin: null.
import { describe, expect, it } from 'vitest';
import { marginTimeline } from '../../../core/margin';
import { marginUtilisation } from '../../../core/sizing';
import { makeTrade } from '../support/make-trade';

const a = makeTrade({ strategy: 'A', pl: 1_000, marginReq: 2_000, timeOpened: '09:30:00', timeClosed: '10:00:00' });
const b = makeTrade({ strategy: 'B', pl: 0, marginReq: 3_000, timeOpened: '10:00:00', timeClosed: '11:00:00' });
const timeline = marginTimeline([a, b], 10_000); // strategies A = 0, B = 1

describe('historical margin use (sizing)', () => {
  it('sequential same-day trades are not held together', () => {
    const result = marginUtilisation(timeline, null)!;
    expect(result.series.map((p) => [p.time, p.margin, p.equity])).toEqual([['09:30', 2_000, 10_000], ['10:00', 3_000, 11_000]]);
    expect(result.max).toBe(3_000 / 11_000);
    expect(result.maxAt).toEqual({ date: '2025-01-06', time: '10:00' });
  });
  it('a strategy entry uses the account equity', () => {
    expect(marginUtilisation(timeline, 1)!.max).toBe(3_000 / 11_000);
    expect(marginUtilisation(timeline, 0)!.max).toBe(2_000 / 10_000);
    // its own moments only: B's series is the 10:00 moment, not A's 09:30 open (when B held nothing)
    expect(marginUtilisation(timeline, 1)!.series.map((p) => p.time)).toEqual(['10:00']);
    expect(marginUtilisation(timeline, 1)!.average).toBe(3_000 / 11_000);
  });
  it('is null without margin data', () => {
    expect(marginUtilisation(marginTimeline([makeTrade({ pl: 1 })], 8_000), null)).toBeNull();
  });
});
