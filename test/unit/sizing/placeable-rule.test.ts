// The placeable rule (SPEC-metrics §3 "Placeable contracts", issue 18 §1) on hand-made logs.
// Capital 10,000. Strategy A: margin 1,000 per contract, Kelly asks for 9 (applied 0.45, D 500
// → floor(4,500 / 500) = 9). Strategy B: margin 500 per contract, Kelly asks for 20 (applied
// 0.5, D 250). All on Monday 2025-01-06; A is open 09:30–10:30.
// - overlapping (B 10:00–11:00): at 10:00 both are open, need 9·1,000 + 20·500 = 19,000 >
//   10,000 → scale 10,000 / 19,000: targets 4.7368 and 10.5263 → floors 4, 10; the floors
//   dropped round(0.7368 + 0.5263) = 1 contract, handed to the largest remainder (A):
//   5·1,000 + 10·500 = 10,000 ≤ 10,000 → [5, 10];
// - same-day sequential (B 10:30–11:00: A's close at 10:30 frees its margin first): need
//   max(9,000, 10,000) = 10,000 → within the ceiling, [9, 20]; at an 80% ceiling (8,000):
//   scale 0.8 → 7.2, 16 → [7, 16], need max(7,000, 8,000) = 8,000;
// - non-overlapping (B the next day): the same as sequential;
// - the sequential log without times is taken by day (both count as open together): [5, 10].
// Caps: a worst loss of 300 per contract for A → floor(20% · 10,000 / 300) = 6; applied
// fractions 0.8 + 0.7 = 1.5 > 100% → each × 1/1.5: A floor(0.5333·10,000/500) = 10 (Kelly 16),
// B floor(0.4667·10,000/250) = 18 (Kelly 28).
import { describe, expect, it } from 'vitest';
import { marginTimeline } from '../../../core/margin';
import type { Trade } from '../../../core/model';
import { placeableContracts, type PlaceableLimits, type PlaceableStrategy } from '../../../core/sizing';
import { makeTrade } from '../support/make-trade';

const CAPITAL = 10_000;
const limits = (over: Partial<PlaceableLimits> = {}): PlaceableLimits => ({ capital: CAPITAL, marginCeiling: 1, marginMultiplier: 1, lossShare: null, totalFraction: null, ...over });
const a = makeTrade({ strategy: 'A', marginReq: 1_000, timeOpened: '09:30:00', timeClosed: '10:30:00' });
const b = (overrides: Partial<Trade>) => makeTrade({ strategy: 'B', marginReq: 500, ...overrides });
const strategies = (worstA: number | null = null): PlaceableStrategy[] => [
  { applied: 0.45, riskPerContract: 500, worstLossPerContract: worstA, timelineIndex: 0 },
  { applied: 0.5, riskPerContract: 250, worstLossPerContract: null, timelineIndex: 1 },
];
const run = (trades: Trade[], over: Partial<PlaceableLimits> = {}) => placeableContracts(strategies(), marginTimeline(trades, CAPITAL), limits(over));

describe('placeable contracts', () => {
  it('overlapping strategies are scaled down together, whole contracts by largest remainder', () => {
    const result = run([a, b({ timeOpened: '10:00:00', timeClosed: '11:00:00' })]);
    expect(result.kellyContracts).toEqual([9, 20]);
    expect(result.kellyMarginNeed).toBe(19_000);
    expect(result.placeableContracts).toEqual([5, 10]);
    expect(result.peakMarginNeed).toBe(10_000);
    expect(result.binding).toEqual([['margin-ceiling'], ['margin-ceiling']]);
    expect(result.peakAt).toEqual({ date: '2025-01-06', time: '10:00' });
  });

  it('same-day sequential trades do not add up (a close frees its margin first)', () => {
    const trades = [a, b({ timeOpened: '10:30:00', timeClosed: '11:00:00' })];
    const full = run(trades);
    expect(full.placeableContracts).toEqual([9, 20]);
    expect(full.peakMarginNeed).toBe(10_000);
    expect(full.binding).toEqual([[], []]);
    const tight = run(trades, { marginCeiling: 0.8 });
    expect(tight.placeableContracts).toEqual([7, 16]);
    expect(tight.peakMarginNeed).toBe(8_000);
  });

  it('non-overlapping strategies (different days) do not add up', () => {
    const trades = [a, b({ dateOpened: '2025-01-07', timeOpened: '10:00:00', timeClosed: '11:00:00' })];
    expect(run(trades).placeableContracts).toEqual([9, 20]);
    expect(run(trades, { marginCeiling: 0.8 }).placeableContracts).toEqual([7, 16]);
  });

  it('a log without times is taken by day: same-day trades count as held together', () => {
    const untimed = [{ ...a, timeOpened: '', timeClosed: '' }, b({ timeOpened: '', timeClosed: '' })];
    const timeline = marginTimeline(untimed, CAPITAL);
    expect(timeline.level).toBe('day');
    expect(placeableContracts(strategies(), timeline, limits()).placeableContracts).toEqual([5, 10]);
  });

  it('"none" lifts the ceiling', () => {
    const result = run([a, b({ timeOpened: '10:00:00', timeClosed: '11:00:00' })], { marginCeiling: null });
    expect(result.placeableContracts).toEqual([9, 20]);
    expect(result.peakMarginNeed).toBe(19_000);
  });

  it('the broker margin multiplier scales the need', () => {
    const result = run([a, b({ timeOpened: '10:30:00', timeClosed: '11:00:00' })], { marginMultiplier: 2 });
    // need max(9·1,000, 20·500) × 2 = 20,000 → scale 0.5 → 4.5, 10 → floors 4, 10, 1 dropped: A to 5 → max(5,000, 5,000) × 2 = 10,000
    expect(result.placeableContracts).toEqual([5, 10]);
    expect(result.peakMarginNeed).toBe(10_000);
  });

  it('the worst-loss cap binds per strategy', () => {
    const result = placeableContracts(strategies(300), null, limits({ lossShare: 0.2 }));
    expect(result.placeableContracts).toEqual([6, 20]);
    expect(result.binding).toEqual([['worst-loss'], []]);
  });

  it('the total-fraction cap scales every applied fraction', () => {
    const result = placeableContracts(
      [
        { applied: 0.8, riskPerContract: 500, worstLossPerContract: null, timelineIndex: -1 },
        { applied: 0.7, riskPerContract: 250, worstLossPerContract: null, timelineIndex: -1 },
      ],
      null,
      limits({ totalFraction: 1 }),
    );
    expect(result.appliedSum).toBeCloseTo(1.5, 12);
    expect(result.applied[0]).toBeCloseTo(0.8 / 1.5, 12);
    expect(result.kellyContracts).toEqual([16, 28]);
    expect(result.placeableContracts).toEqual([10, 18]);
    expect(result.binding).toEqual([['total-fraction'], ['total-fraction']]);
  });
});
