// Every calendar the code builds is bounded: a trade closing 9999-12-31 (a typo) is refused with a
// message naming the dates, instead of allocating two million business days (stats took 9 s and the
// report ran out of memory). The limit is 100 years = 36,525 calendar days (first open → last close).
import { describe, expect, it } from 'vitest';
import { buildMonteCarloConfig } from '../../../core/montecarlo';
import { prepareReplayInput } from '../../../core/replay';
import { CalendarSpanError, computeStats, MAX_CALENDAR_DAYS } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

const typo = [
  makeTrade({ dateOpened: '2025-01-06', pl: 100, fundsAtClose: 10_100 }),
  makeTrade({ dateOpened: '2025-01-07', dateClosed: '9999-12-31', pl: -50, fundsAtClose: 10_050 }),
];
// 2025-01-06 − 9999-12-31: 2,912,726 calendar days ≈ 7,975 years.
const MESSAGE = 'The trades span 7,975 years, from 2025-01-06 to 9999-12-31: more than the 100 years a calendar may cover. Check the dates (a typo such as 9999-12-31?).';

describe('a trade closing 9999-12-31', () => {
  it('the limit is 100 years of calendar days', () => {
    expect(MAX_CALENDAR_DAYS).toBe(36_525);
  });

  it('statistics refuse it with the dates', () => {
    expect(() => computeStats(typo)).toThrow(new CalendarSpanError(MESSAGE));
  });

  it('the replay input refuses it with the same message', () => {
    expect(() => prepareReplayInput(typo)).toThrow(MESSAGE);
  });

  it('the Monte Carlo config says why it cannot run', () => {
    expect(buildMonteCarloConfig(typo, { mode: 'daily', resample: 'iid', paths: 10, seed: 1 })).toEqual({ ok: false, message: MESSAGE, errors: [{ field: '', message: MESSAGE }] });
  });

  it('exactly 100 years (1925-01-06 to 2025-01-06) is still a calendar', () => {
    const century = [makeTrade({ dateOpened: '1925-01-06', dateClosed: '1925-01-06', pl: 10 }), makeTrade({ dateOpened: '2025-01-06', pl: 10 })];
    expect(computeStats(century, { startingCapital: 1000 }).portfolio.curve.at(-1)).toEqual({ date: '2025-01-06', equity: 1020, drawdown: 0 });
    const oneMore = [makeTrade({ dateOpened: '1925-01-05', dateClosed: '1925-01-05', pl: 10 }), makeTrade({ dateOpened: '2025-01-06', pl: 10 })];
    expect(() => computeStats(oneMore, { startingCapital: 1000 })).toThrow(CalendarSpanError);
  });
});
