// Mon–Fri calendar on UTC day numbers.
import { describe, expect, it } from 'vitest';
import { businessDayOnOrBefore, businessDaysBetween, dayNumber, isoDate } from '../../../core/stats';

describe('business days', () => {
  it('maps weekend dates to the Friday before', () => {
    expect(isoDate(businessDayOnOrBefore(dayNumber('2025-10-11')))).toBe('2025-10-10'); // Saturday
    expect(isoDate(businessDayOnOrBefore(dayNumber('2025-10-12')))).toBe('2025-10-10'); // Sunday
    expect(isoDate(businessDayOnOrBefore(dayNumber('2025-10-13')))).toBe('2025-10-13'); // Monday
  });
  it('lists business days across a weekend and a leap day', () => {
    expect(businessDaysBetween(dayNumber('2024-02-28'), dayNumber('2024-03-04')).map(isoDate)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-04']);
  });
  it('counts calendar days between ISO dates', () => {
    expect(dayNumber('2025-10-08') - dayNumber('2025-01-02')).toBe(279);
  });
});
