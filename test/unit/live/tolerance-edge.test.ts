// The time tolerance: 30 minutes by default, inclusive. A live trade exactly 30:00 after its
// backtest twin pairs; 30:01 after does not (one live only, one backtest only); a tolerance of
// 31 minutes pairs it again; a different day never pairs, whatever the tolerance. By hand.
import { describe, expect, it } from 'vitest';
import { makeLiveTrade } from '../support/make-live-trade';
import { makeTrade } from '../support/make-trade';
import { compare } from '../support/compare';

const backtest = [makeTrade({ timeOpened: '10:00:00' })];
const counts = (time: string, toleranceMinutes?: number) => {
  const [s] = compare(backtest, [makeLiveTrade({ timeOpened: time })], { toleranceMinutes }).strategies;
  return [s.matched, s.liveOnly, s.backtestOnly];
};

describe('time tolerance at open', () => {
  it('30:00 later pairs (|Δt| ≤ tolerance)', () => expect(counts('10:30:00')).toEqual([1, 0, 0]));
  it('30:00 earlier pairs too', () => expect(counts('09:30:00')).toEqual([1, 0, 0]));
  it('30:01 later does not: live only and backtest only', () => expect(counts('10:30:01')).toEqual([0, 1, 1]));
  it('with a 31-minute tolerance 30:01 pairs', () => expect(counts('10:30:01', 31)).toEqual([1, 0, 0]));
  it('with a 0-minute tolerance only the same second pairs', () => {
    expect(counts('10:00:00', 0)).toEqual([1, 0, 0]);
    expect(counts('10:00:01', 0)).toEqual([0, 1, 1]);
  });
  it('a live trade without a time pairs with a trade of its day; the time difference is null with the reason', () => {
    const result = compare(backtest, [makeLiveTrade({ timeOpened: '' })]);
    expect(result.pairs[0]).toMatchObject({ category: 'matched', liveOpened: '2025-01-06', openTimeDifferenceSeconds: null });
    expect(result.pairs[0].nullReasons.openTimeDifferenceSeconds).toBe('a log has no time of day for this trade');
  });
  it('the next day at the same time never pairs, even with a 24-hour tolerance', () => {
    // Strategy T spans the window 2025-01-06 to 01-08 in both logs; S trades live on the 6th, in the backtest on the 7th.
    const t = (d: string) => ({ strategy: 'T', dateOpened: d });
    const result = compare([makeTrade(t('2025-01-06')), makeTrade(t('2025-01-08')), makeTrade({ dateOpened: '2025-01-07' })], [makeLiveTrade(t('2025-01-06')), makeLiveTrade(t('2025-01-08')), makeLiveTrade({ dateOpened: '2025-01-06' })], { toleranceMinutes: 24 * 60 });
    const s = result.strategies.find((x) => x.name === 'S')!;
    expect([s.matched, s.liveOnly, s.backtestOnly, s.outsideWindow]).toEqual([0, 1, 1, 0]);
  });
});
