/**
 * Display formatting of every number Sizewise shows — the one formatter module: the app's
 * pages, the report (core/report/format maps its cell formats onto these kinds) and the PDF
 * format the same number the same way. The formatters refuse NaN and
 * Infinity: a non-finite value is rendered as "—" with an explanation and reported on the
 * console as an error (it is a bug in a computation, never a legitimate value), so the UI
 * can never print "NaN" or "Infinity". null means "undefined for this sample" and is
 * rendered as "—" with the metric's own reason.
 */

/**
 * 'amount' is money without the currency sign (report tables and sentences that write their own "$");
 * 'days' are calendar-free counts of days; 'business-days' Mon–Fri; 'trading-days' the rows of a daily log.
 */
export type ValueKind = 'money' | 'amount' | 'percent' | 'ratio' | 'count' | 'days' | 'business-days' | 'trading-days';

export interface Display {
  text: string;
  /** True for a negative money amount (rendered in red). */
  negative: boolean;
  /** Why there is no number (null metric or refused non-finite value); undefined when there is one. */
  missingReason?: string;
}

export const MISSING_TEXT = '—';
const NON_FINITE_REASON = 'Not a finite number: the computation failed for this sample.';

const moneyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

const fixedFormats = new Map<string, Intl.NumberFormat>();
/** value with `digits` decimals, grouped (as a percent when asked), without negative zero; one Intl format per (style, digits). */
function fixedDigits(value: number, percent: boolean, digits: number): string {
  const key = `${percent ? 'p' : 'd'}${digits}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: percent ? 'percent' : 'decimal', minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedFormats.set(key, format);
  }
  return withoutNegativeZero(format.format(value));
}

/** "-0.00" is not a number a trader wants to see: values that round to zero print as zero. */
function withoutNegativeZero(text: string): string {
  return /^-[^1-9]*$/.test(text) ? text.slice(1) : text;
}

/** "1 day", "41 days": the unit agrees with the rounded count. */
function countOf(value: number, unit: string): string {
  return `${countFormat.format(value)} ${unit}${Math.round(value) === 1 ? '' : 's'}`;
}

function formatFinite(value: number, kind: ValueKind): string {
  switch (kind) {
    case 'money':
      return withoutNegativeZero(moneyFormat.format(value));
    case 'amount':
    case 'ratio':
      return fixedDigits(value, false, 2);
    case 'percent':
      return fixedDigits(value, true, 2);
    case 'count':
      return countFormat.format(value);
    case 'days':
      return countOf(value, 'day');
    case 'business-days':
      return countOf(value, 'business day');
    case 'trading-days':
      return countOf(value, 'trading day');
  }
}

/**
 * Formats a value for display. `nullReason` explains a null (e.g. "No losing trades").
 */
export function formatValue(value: number | null | undefined, kind: ValueKind, nullReason = 'Not defined for this sample.'): Display {
  if (value === null || value === undefined) return { text: MISSING_TEXT, negative: false, missingReason: nullReason };
  if (!Number.isFinite(value)) {
    console.error(`Refused to display a non-finite ${kind} value: ${String(value)}`);
    return { text: MISSING_TEXT, negative: false, missingReason: NON_FINITE_REASON };
  }
  const text = formatFinite(value, kind);
  return { text, negative: (kind === 'money' || kind === 'amount') && text.startsWith('-') };
}

/**
 * A number with a chosen count of decimals, for plain-text output that needs other digits than
 * the app's two (the CLI's tables: 4 for a Sharpe, 0 for a whole percent): 'percent' scales by
 * 100 and appends "%", 'ratio' and 'amount' are plain numbers; thousands grouped like the app,
 * no negative zero ("-0.00%" prints "0.00%"). null → "—"; a non-finite value → "—" and a console error.
 */
export function formatDigits(value: number | null | undefined, kind: 'percent' | 'ratio' | 'amount', digits = 2): string {
  if (value === null || value === undefined) return MISSING_TEXT;
  if (!Number.isFinite(value)) {
    console.error(`Refused to display a non-finite ${kind} value: ${String(value)}`);
    return MISSING_TEXT;
  }
  return fixedDigits(value, kind === 'percent', digits);
}

/** Plain-text shortcut for places that only need the string (chart tooltips, messages). */
export function formatText(value: number | null | undefined, kind: ValueKind): string {
  return formatValue(value, kind).text;
}

/** ISO date (YYYY-MM-DD) → "Jan 2, 2025"; anything else → "—". */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return MISSING_TEXT;
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isFinite(time) ? dateFormat.format(time) : MISSING_TEXT;
}

/** "Jan 2, 2025 – Oct 8, 2025", or "—" when either end is unknown. */
export function formatDateRange(first: string | null | undefined, last: string | null | undefined): string {
  if (!first || !last) return MISSING_TEXT;
  return `${formatDate(first)} – ${formatDate(last)}`;
}
