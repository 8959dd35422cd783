/**
 * Bounds on what a trade log can plausibly contain, checked on every row of every adapter;
 * a value outside them rejects the row (line, column, reason) instead of reaching the
 * statistics, where one typo silently rewrites CAGR or builds a calendar to the year 9999.
 * - Dates: from 1970-01-01 to one year after the import day (`today`, from the import's
 *   clock). A trade's close is not before its open: an earlier close date, or on the same
 *   date an earlier close time when both times are known, is rejected. (The reporting log
 *   only warns about same-day times: OptionOmega's live fills show closes stamped minutes
 *   before the open timestamp — 5 of 384 rows in the real EMA sample.)
 * - Numbers (every numeric cell and every amount computed from cells): |x| ≤ 1e15, and a
 *   nonzero |x| is ≥ 1e-9. Larger values are overflow-sized typos; smaller nonzero ones
 *   (1e-320 is a subnormal double) are no real amount and break ratios downstream.
 * The bounds are stated in docs/conventions.md.
 */
import { parseIsoDate } from './dates';
import { quoted } from './quote-cell';
import { RowRejection } from './table';

export const EARLIEST_DATE = '1970-01-01';
/** How far after the import day a date may be, in years. */
export const HORIZON_YEARS = 1;
export const MAX_MAGNITUDE = 1e15;
export const MIN_NONZERO_MAGNITUDE = 1e-9;

/** The dates a row may carry, as ISO `YYYY-MM-DD` (compared as text: every parsed date has a 4-digit year). */
export interface DateHorizon {
  today: string;
  earliest: string;
  latest: string;
}

/** The horizon for an import run on `nowIso` (an ISO date or timestamp; only its date is used). */
export function dateHorizon(nowIso: string): DateHorizon {
  const today = parseIsoDate(nowIso.slice(0, 10));
  if (today === null) throw new Error(`The import clock returned "${nowIso}", not an ISO date.`);
  const year = Number(today.slice(0, 4)) + HORIZON_YEARS;
  const monthDay = today.slice(4) === '-02-29' ? '-02-28' : today.slice(4);
  return { today, earliest: EARLIEST_DATE, latest: `${year}${monthDay}` };
}

/** Rejects a date outside the horizon; returns it otherwise. */
export function checkDate(date: string, column: string, horizon: DateHorizon): string {
  if (date < horizon.earliest) throw new RowRejection(column, `date ${date} is before ${horizon.earliest}`);
  if (date > horizon.latest) throw new RowRejection(column, `date ${date} is more than ${HORIZON_YEARS} year after the import day (${horizon.today})`);
  return date;
}

/** A trade's open or close moment: ISO date and `HH:MM:SS` time ('' when unknown). */
export interface Moment {
  date: string;
  time: string;
}

/** True when the close is on the open's date at an earlier time (both times known). */
export function closesEarlierSameDay(opened: Moment, closed: Moment): boolean {
  return closed.date === opened.date && opened.time !== '' && closed.time !== '' && closed.time < opened.time;
}

/** Rejects a close date before the open date (naming `dateColumn`). */
export function checkCloseDate(opened: Moment, closed: Moment, dateColumn: string): void {
  if (closed.date < opened.date) throw new RowRejection(dateColumn, `closed on ${closed.date}, before the trade opened (${opened.date})`);
}

/**
 * Rejects a close before the open: `dateColumn` is named when the dates are in the wrong
 * order, `timeColumn` when the dates are equal and both times are known and in the wrong order.
 */
export function checkClosedAfterOpened(opened: Moment, closed: Moment, dateColumn: string, timeColumn: string): void {
  checkCloseDate(opened, closed, dateColumn);
  if (closesEarlierSameDay(opened, closed)) {
    throw new RowRejection(timeColumn, `closed at ${closed.time}, before the trade opened (${opened.time}) on the same day`);
  }
}

/** Why a number is implausible, or null when it is not; `raw` is how the file wrote it. */
export function magnitudeProblem(value: number, raw: string): string | null {
  const size = value < 0 ? -value : value;
  if (size > MAX_MAGNITUDE) return `number ${quoted(raw)} is beyond the plausible range (|x| ≤ 1e15)`;
  if (size < MIN_NONZERO_MAGNITUDE && size !== 0) return `number ${quoted(raw)} is too close to zero to be a real amount (a nonzero |x| must be ≥ 1e-9)`;
  return null;
}

/** True when value is 0 or within the bounds (the fast test before magnitudeProblem builds a message). */
export function plausibleMagnitude(value: number): boolean {
  const size = value < 0 ? -value : value;
  return size <= MAX_MAGNITUDE && (size >= MIN_NONZERO_MAGNITUDE || size === 0);
}

/** Rejects an amount computed from several cells (e.g. P/L from prices × quantity) when it is out of bounds. */
export function checkComputedAmount(value: number, column: string, what: string): number {
  if (!plausibleMagnitude(value)) {
    throw new RowRejection(column, `the computed ${what} ${value} is beyond the plausible range (|x| ≤ 1e15)`);
  }
  return value;
}
