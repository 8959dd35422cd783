/**
 * Calendar arithmetic for the equity curve: ISO dates as integer day numbers (days since
 * 1970-01-01, UTC, so no time zone or DST can shift a day) and the Mon–Fri business-day
 * rule of SPEC-metrics §2 (a weekend date counts on the Friday before). Holidays are not
 * modelled: every Monday–Friday is a business day.
 *
 * Every calendar the code builds (the equity curve, the replay's day index, the Monte Carlo
 * daily pool) comes from `businessDaysBetween`, which refuses spans beyond MAX_CALENDAR_DAYS
 * (100 years) with a CalendarSpanError naming the dates, instead of allocating millions of
 * days for a date typo such as 9999-12-31.
 */

const MS_PER_DAY = 86_400_000;

/** The value of the decimal digit at `i`, or -1 when it is not one. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Day number of an ISO `YYYY-MM-DD` date. */
export function dayNumber(isoDate: string): number {
  // Fast path (called per trade and per strategy): `DDDD-DD-DD…` read digit by digit gives the
  // same year, month and day as the split below, without allocating.
  if (isoDate.length >= 10 && isoDate.charCodeAt(4) === 45 && isoDate.charCodeAt(7) === 45) {
    const y0 = digitAt(isoDate, 0), y1 = digitAt(isoDate, 1), y2 = digitAt(isoDate, 2), y3 = digitAt(isoDate, 3);
    const m0 = digitAt(isoDate, 5), m1 = digitAt(isoDate, 6), d0 = digitAt(isoDate, 8), d1 = digitAt(isoDate, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
      return Math.round(Date.UTC(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1 - 1, d0 * 10 + d1) / MS_PER_DAY);
    }
  }
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** isoDate's answers so far: a curve asks for the same business days once per strategy. */
const isoDates = new Map<number, string>();

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  let text = isoDates.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoDates.size >= 100_000) isoDates.clear();
    isoDates.set(day, text);
  }
  return text;
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

/** A calendar covers at most 100 years (36,525 calendar days, about 26,090 business days). */
export const MAX_CALENDAR_DAYS = 36_525;

/** A calendar was asked to span more than MAX_CALENDAR_DAYS, or between dates that are not dates. */
export class CalendarSpanError extends Error {
  readonly code = 'calendar-span';
  constructor(message: string) {
    super(message);
    this.name = 'CalendarSpanError';
  }
}

/** Throws CalendarSpanError unless `first`..`last` are day numbers at most MAX_CALENDAR_DAYS apart. */
export function checkCalendarSpan(first: number, last: number): void {
  if (!Number.isInteger(first) || !Number.isInteger(last)) {
    throw new CalendarSpanError(`The trades' dates cannot be read as calendar dates (day numbers ${first} to ${last}): check the date columns.`);
  }
  if (last - first > MAX_CALENDAR_DAYS) {
    const years = Math.round((last - first) / 365.25).toLocaleString('en-US');
    throw new CalendarSpanError(
      `The trades span ${years} years, from ${isoDate(first)} to ${isoDate(last)}: more than the ${MAX_CALENDAR_DAYS / 365.25} years a calendar may cover. Check the dates (a typo such as 9999-12-31?).`,
    );
  }
}

/** Every business day from `first` to `last` inclusive (day numbers); refuses a span beyond MAX_CALENDAR_DAYS. */
export function businessDaysBetween(first: number, last: number): number[] {
  checkCalendarSpan(first, last);
  const days: number[] = [];
  for (let day = first; day <= last; day++) if (businessDayOnOrBefore(day) === day) days.push(day);
  return days;
}
