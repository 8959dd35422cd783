/** Margin use on hand-made logs: sequential same-day trades, overlapping ones, a close and an open at the same timestamp, no times. */
import { expect, test } from 'vitest';
import { marginTimeline, marginUse, peakMarginNeed } from '../../../core/margin';
import { makeTrade } from '../support/make-trade';

test('sequential trades of one day never count together', () => {
  const trades = [
    makeTrade({ timeOpened: '10:00:00', timeClosed: '11:00:00', marginReq: 5_000, pl: 100 }),
    makeTrade({ timeOpened: '11:30:00', timeClosed: '12:00:00', marginReq: 6_000 }),
  ];
  const use = marginUse(marginTimeline(trades, 10_000));
  // 5,000 / 10,000, then 6,000 / 10,100 (the first trade's P/L is realized by then).
  expect(use.series.map((p) => p.use)).toEqual([0.5, 6_000 / 10_100]);
  expect(use.peak).toBe(6_000 / 10_100);
});

test('overlapping trades add up', () => {
  const trades = [
    makeTrade({ timeOpened: '10:00:00', timeClosed: '15:00:00', marginReq: 5_000 }),
    makeTrade({ timeOpened: '11:00:00', timeClosed: '12:00:00', marginReq: 3_000 }),
  ];
  const use = marginUse(marginTimeline(trades, 10_000));
  expect(use.peak).toBe(0.8);
  expect(use.peakAt).toEqual({ date: '2025-01-06', time: '11:00' });
});

test('a close at the same timestamp as an open frees its margin first', () => {
  const trades = [
    makeTrade({ timeOpened: '10:00:00', timeClosed: '11:00:00', marginReq: 5_000, pl: -1_000 }),
    makeTrade({ timeOpened: '11:00:00', timeClosed: '12:00:00', marginReq: 4_500 }),
  ];
  const use = marginUse(marginTimeline(trades, 10_000));
  // At 11:00 only the second is open, against equity 9,000 after the first one's loss.
  expect(use.series[1]).toMatchObject({ margin: 4_500, equity: 9_000, use: 0.5 });
  expect(use.peak).toBe(0.5);
});

test('without times every position open on a date counts together, against the equity at the start of the day', () => {
  const trades = [
    makeTrade({ timeOpened: '', timeClosed: '', marginReq: 5_000, pl: 200 }),
    makeTrade({ timeOpened: '', timeClosed: '', marginReq: 6_000 }),
    makeTrade({ dateOpened: '2025-01-07', timeOpened: '', timeClosed: '', marginReq: 2_000 }),
  ];
  const use = marginUse(marginTimeline(trades, 10_000));
  expect(use.level).toBe('day');
  expect(use.series.map((p) => [p.date, p.margin, p.equity])).toEqual([
    ['2025-01-06', 11_000, 10_000],
    ['2025-01-07', 2_000, 10_200],
  ]);
  expect(use.peak).toBe(1.1);
});

test('the margin a sizing needs is the busiest moment, not the sum of strategies that never overlap', () => {
  const trades = [
    makeTrade({ strategy: 'A', contracts: 2, timeOpened: '09:45:00', timeClosed: '10:30:00', marginReq: 2_000 }),
    makeTrade({ strategy: 'B', contracts: 1, timeOpened: '11:00:00', timeClosed: '12:00:00', marginReq: 3_000 }),
    makeTrade({ strategy: 'A', contracts: 1, timeOpened: '11:30:00', timeClosed: '13:00:00', marginReq: 1_500 }),
  ];
  const timeline = marginTimeline(trades, 100_000);
  expect(timeline.strategies).toEqual(['A', 'B']);
  // A: 1,000 and 1,500 per contract; B: 3,000. At 11:30 A (1,500) and B (3,000) are open together.
  const need = peakMarginNeed(timeline, [10, 2]);
  expect(need.need).toBe(10 * 1_500 + 2 * 3_000);
  expect(need.at).toEqual({ date: '2025-01-06', time: '11:30' });
  expect(peakMarginNeed(timeline, [10, 0]).need).toBe(15_000);
  expect(peakMarginNeed(timeline, [0, 0])).toEqual({ need: 0, at: null });
});

test('a trade without a margin counts as 0 and is counted; a still-open trade stays open', () => {
  const trades = [
    makeTrade({ timeOpened: '10:00:00', dateClosed: null, timeClosed: '', marginReq: 4_000 }),
    makeTrade({ dateOpened: '2025-01-08', timeOpened: '10:00:00', timeClosed: '11:00:00', marginReq: null }),
    makeTrade({ dateOpened: '2025-01-09', timeOpened: '10:00:00', timeClosed: '11:00:00', marginReq: 1_000 }),
  ];
  const use = marginUse(marginTimeline(trades, 10_000));
  expect(use.withoutMargin).toBe(1);
  expect(use.series.map((p) => p.margin)).toEqual([4_000, 4_000, 5_000]);
});
