// Day numbers of ISO dates (days since 1970-01-01) and back: the fast digit-by-digit path and
// the memoised isoDate give the calendar's answers. Expected values from Python's datetime
// (`(date(y, m, d) - date(1970, 1, 1)).days`), not from the code: 2024-02-29 → 19782,
// 2024-02-09 → 19762, 1925-01-06 → -16431, 1969-12-31 → -1, 9999-12-31 → 2932896.
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate } from '../../../core/stats/business-days';

const CASES: [string, number][] = [
  ['2024-02-29', 19782],
  ['2024-02-09', 19762],
  ['1925-01-06', -16431],
  ['1969-12-31', -1],
  ['9999-12-31', 2932896],
];

describe('day numbers of ISO dates', () => {
  it('reads YYYY-MM-DD (and a longer timestamp by its first 10 characters) and writes it back', () => {
    for (const [text, day] of CASES) {
      expect(dayNumber(text)).toBe(day);
      expect(dayNumber(`${text}T15:59:00`)).toBe(day);
      expect(isoDate(day)).toBe(text);
      expect(isoDate(day)).toBe(text); // the memoised answer is the same
    }
  });

  it('a date written without leading zeros reads as before (the general path)', () => {
    expect(dayNumber('2024-2-9')).toBe(19762);
    expect(Number.isNaN(dayNumber('not a date'))).toBe(true);
  });
});
