/** SPEC-metrics §3 vector: the EMA log as recorded → peak margin use 0.809642 at 2025-04-25 13:40; by day it would be 1.840568. */
import { expect, test } from 'vitest';
import { marginTimeline, marginUse } from '../../../core/margin';
import { fixtureTrades } from '../support/fixtures';

test('the EMA log peaks at 0.809642 of equity at 2025-04-25 13:40 (time-aware)', async () => {
  const trades = await fixtureTrades('ema-tradelog.csv');
  const use = marginUse(marginTimeline(trades, 100_000));
  expect(use.level).toBe('time');
  expect(use.peak).toBeCloseTo(0.809642, 6);
  expect(use.peakAt).toEqual({ date: '2025-04-25', time: '13:40' });
  expect(use.withoutMargin).toBe(0);
});

test('the same log without times is measured by day and says so (SPEC: 1.840568)', async () => {
  const trades = (await fixtureTrades('ema-tradelog.csv')).map((t) => ({ ...t, timeOpened: '', timeClosed: '' }));
  const use = marginUse(marginTimeline(trades, 100_000));
  expect(use.level).toBe('day');
  expect(use.peak).toBeCloseTo(1.840568, 6);
  expect(use.peakAt?.time).toBe('');
  expect(use.convention).toMatch(/no trade times/);
});
