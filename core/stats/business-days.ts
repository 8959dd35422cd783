/**
 * Calendar arithmetic for the equity curve: ISO dates as integer day numbers (days since
 * 1970-01-01, UTC, so no time zone or DST can shift a day) and the Mon–Fri business-day
 * rule of SPEC-metrics §2 (a weekend date counts on the Friday before). Holidays are not
 * modelled: every Monday–Friday is a business day.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of an ISO `YYYY-MM-DD` date. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (day 0, 1970-01-01, was a Thursday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day itself on Mon–Fri; the Friday before for a Saturday or Sunday. */
export function businessDayOnOrBefore(day: number): number {
  const w = weekday(day);
  return w === 6 ? day - 1 : w === 0 ? day - 2 : day;
}

/** Every business day from `first` to `last` inclusive (day numbers). */
export function businessDaysBetween(first: number, last: number): number[] {
  const days: number[] = [];
  for (let day = first; day <= last; day++) if (businessDayOnOrBefore(day) === day) days.push(day);
  return days;
}
