/**
 * Date and time parsing for trade logs. Output is always ISO: dates `YYYY-MM-DD`, times
 * `HH:MM:SS` ('' when the cell has no time).
 *
 * Accepted dates: `YYYY-MM-DD` (also `YYYY/MM/DD`, `YYYY.MM.DD`), and day/month/year in the
 * order the file uses (`MM/DD/YYYY`, `DD/MM/YYYY`, `DD.MM.YYYY`, `M/D/YY`...; separators
 * `/` `-` `.`). A 4-digit first part is always read as year-month-day. Two-digit years:
 * 00–69 → 2000–2069, 70–99 → 1970–1999. Calendar validity is checked (no 2025-02-30).
 * A time may follow after a space or `T`: `H:MM`, `HH:MM:SS`, fractional seconds
 * (truncated), `AM`/`PM`; a trailing `Z` or UTC offset is ignored (the time is kept as
 * written, since trade logs are in exchange time).
 */

/** Order of day, month and year in a non-ISO date. */
export type DateOrder = 'YMD' | 'MDY' | 'DMY';

export interface DateTime {
  date: string;
  time: string;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Value of the decimal digit at `i`, or -1 when it is not a digit. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Two-digit number at `i`, or -1. */
function twoDigitsAt(s: string, i: number): number {
  const tens = digitAt(s, i);
  const ones = digitAt(s, i + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/** A strict `YYYY-MM-DD` cell, returned as is; null when it is not a valid date. */
export function parseIsoDate(s: string): string | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const century = twoDigitsAt(s, 0);
  const yearInCentury = twoDigitsAt(s, 2);
  const month = twoDigitsAt(s, 5);
  const day = twoDigitsAt(s, 8);
  if (century < 0 || yearInCentury < 0 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(century * 100 + yearInCentury, month) ? s : null;
}

/** A time cell (`H:MM`, `HH:MM:SS`, `HH:MM:SS.fff`, optional AM/PM, Z or offset ignored) → `HH:MM:SS`. */
export function parseTime(raw: string): string | null {
  if (raw.length === 8 && raw.charCodeAt(2) === 58 && raw.charCodeAt(5) === 58) {
    // Fast path: HH:MM:SS as written by OptionOmega.
    const h = twoDigitsAt(raw, 0);
    const m = twoDigitsAt(raw, 3);
    const sec = twoDigitsAt(raw, 6);
    if (h >= 0 && h < 24 && m >= 0 && m < 60 && sec >= 0 && sec < 60) return raw;
  }
  const s = raw.trim();
  const parts: number[] = [];
  let i = 0;
  while (parts.length < 3) {
    const from = i;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    if (i - from < 1 || i - from > 2) return null;
    parts.push(Number(s.slice(from, i)));
    if (s.charCodeAt(i) !== 58 /* : */) break;
    i++;
  }
  if (parts.length < 2) return null;
  if (s.charCodeAt(i) === 46 /* . */ && parts.length === 3) {
    i++;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  }
  let hour = parts[0];
  const rest = s.slice(i).trim().toUpperCase();
  if (rest === 'AM' || rest === 'PM') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (rest === 'PM' ? 12 : 0);
  } else if (rest !== '' && rest !== 'Z' && !isUtcOffset(rest)) {
    return null;
  }
  const [, minute, second = 0] = parts;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${pad2(hour)}:${pad2(minute)}:${pad2(second)}`;
}

function isUtcOffset(s: string): boolean {
  if (s.charCodeAt(0) !== 43 && s.charCodeAt(0) !== 45) return false;
  for (let i = 1; i < s.length; i++) if (!isDigit(s.charCodeAt(i)) && s.charCodeAt(i) !== 58) return false;
  return s.length >= 3;
}

/** The three numeric parts of a date and where the date ends; null when the text is not d?d?sep d?d sep year-like. */
export function splitDate(s: string): { parts: [string, string, string]; separator: string; end: number } | null {
  const parts: string[] = [];
  let separator = '';
  let i = 0;
  for (;;) {
    const from = i;
    while (i < s.length && isDigit(s.charCodeAt(i)) && i - from < 4) i++;
    if (i === from) return null;
    parts.push(s.slice(from, i));
    if (parts.length === 3) break;
    const c = s[i];
    if (c !== '-' && c !== '/' && c !== '.') return null;
    if (separator && c !== separator) return null;
    separator = c;
    i++;
  }
  return { parts: parts as [string, string, string], separator, end: i };
}

/** A date or date-time cell in the given order (ISO year-first is always accepted). */
export function parseDateTime(raw: string, order: DateOrder): DateTime | null {
  const s = raw.trim();
  const split = splitDate(s);
  if (!split) return null;
  const [a, b, c] = split.parts;
  let date: string | null;
  if (a.length === 4) {
    date = c.length <= 2 ? isoDate(Number(a), Number(b), Number(c)) : null;
  } else if (order === 'YMD' || a.length > 2 || b.length > 2 || (c.length !== 2 && c.length !== 4)) {
    date = null;
  } else {
    const yy = Number(c);
    const year = c.length === 4 ? yy : yy < 70 ? 2000 + yy : 1900 + yy;
    date = order === 'MDY' ? isoDate(year, Number(a), Number(b)) : isoDate(year, Number(b), Number(a));
  }
  if (date === null) return null;
  if (split.end === s.length) return { date, time: '' };
  const gap = s[split.end];
  if (gap !== ' ' && gap !== 'T') return null;
  const time = parseTime(s.slice(split.end + 1));
  return time === null ? null : { date, time };
}

/**
 * Reads the day/month/year order from a format string such as 'MM/DD/YYYY', 'DD.MM.YYYY',
 * 'YYYY-MM-DD' or 'M/D/YY'; null when the string is not such a format.
 */
export function dateOrderOf(format: string): DateOrder | null {
  const letters = format.toUpperCase().replace(/[^YMD]/g, '');
  const order = letters.replace(/(.)\1+/g, '$1');
  if (format.toUpperCase().replace(/[YMD]/g, '').replace(/[-/. ]/g, '') !== '') return null;
  return order === 'YMD' || order === 'MDY' || order === 'DMY' ? order : null;
}

/** The canonical format string of an order, e.g. MDY → 'MM/DD/YYYY'; DMY uses '.' or '/' as the file does. */
export function formatOfOrder(order: DateOrder, separator: string): string {
  if (order === 'YMD') return 'YYYY-MM-DD';
  if (order === 'MDY') return 'MM/DD/YYYY';
  return separator === '.' ? 'DD.MM.YYYY' : 'DD/MM/YYYY';
}
