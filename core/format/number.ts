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
const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ratioFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

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
      return withoutNegativeZero(ratioFormat.format(value));
    case 'percent':
      return withoutNegativeZero(percentFormat.format(value));
    case 'ratio':
      return withoutNegativeZero(ratioFormat.format(value));
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
