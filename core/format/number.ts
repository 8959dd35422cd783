/**
 * Display formatting of every number Sizewise shows — the one formatter module: the app's
 * pages, the report (core/report/format maps its cell formats onto these kinds) and the PDF
 * format the same number the same way. The formatters refuse NaN and
 * Infinity: a non-finite value is rendered as "—" with an explanation and reported on the
 * console as an error (it is a bug in a computation, never a legitimate value), so the UI
 * can never print "NaN" or "Infinity". null means "undefined for this sample" and is
 * rendered as "—" with the metric's own reason.
 */
import { decimalText } from './decimal-text';

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
  /** The full value when `text` is shortened (compact money "$15.5M" → "$15,509,412.17"), for the hover title. */
  full?: string;
}

export const MISSING_TEXT = '—';
const NON_FINITE_REASON = 'Not a finite number: the computation failed for this sample.';

/** Intl formatters are created on first use: the first one of a process loads ICU data (~30 ms of CPU). */
function lazyFormat<T>(create: () => T): () => T {
  let format: T | undefined;
  return () => (format ??= create());
}
const moneyFormat = lazyFormat(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const countFormat = lazyFormat(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));
const dateFormat = lazyFormat(() => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));

/** value with `digits` decimals, grouped (as a percent when asked), without negative zero: Intl's en-US text (./decimal-text). */
function fixedDigits(value: number, percent: boolean, digits: number): string {
  return withoutNegativeZero(decimalText(value, digits, percent));
}

/** "-0.00" is not a number a trader wants to see: values that round to zero print as zero. */
function withoutNegativeZero(text: string): string {
  return /^-[^1-9]*$/.test(text) ? text.slice(1) : text;
}

/** "1 day", "41 days", "1 scratch", "2 scratches": the unit agrees with the rounded count (plural given when not unit + "s"). */
export function countOf(value: number, unit: string, plural = `${unit}s`): string {
  return `${countFormat().format(value)} ${Math.round(value) === 1 ? unit : plural}`;
}

function formatFinite(value: number, kind: ValueKind): string {
  switch (kind) {
    case 'money':
      return withoutNegativeZero(moneyFormat().format(value));
    case 'amount':
    case 'ratio':
      return fixedDigits(value, false, 2);
    case 'percent':
      return fixedDigits(value, true, 2);
    case 'count':
      return countFormat().format(value);
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
  return Number.isFinite(time) ? dateFormat().format(time) : MISSING_TEXT;
}

/** "Jan 2, 2025 – Oct 8, 2025", or "—" when either end is unknown. */
export function formatDateRange(first: string | null | undefined, last: string | null | undefined): string {
  if (!first || !last) return MISSING_TEXT;
  return `${formatDate(first)} – ${formatDate(last)}`;
}

/** Compact units of money, smallest first: thousand (chart axes only), million, billion, trillion; beyond, scientific notation. */
const COMPACT_UNITS: { size: number; suffix: string }[] = [
  { size: 1e3, suffix: 'k' },
  { size: 1e6, suffix: 'M' },
  { size: 1e9, suffix: 'B' },
  { size: 1e12, suffix: 'T' },
];
/** At and above this magnitude a compact amount is written in scientific notation ("5.0e22"): never "50000000000000000M". */
const SCIENTIFIC_FROM = 1e15;
const axisFormat = lazyFormat(() => new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 }));

/** Three significant digits at most, without a trailing ".0": 1.94 → "1.9", 15.51 → "15.5", 155.4 → "155". */
function shortMantissa(scaled: number): number {
  return scaled < 100 ? Math.round(scaled * 10) / 10 : Math.round(scaled);
}

/** "5.0e22": one decimal of mantissa, the exponent without "+". */
function scientific(abs: number): string {
  const [mantissa, exponent] = abs.toExponential(1).split('e');
  return `${mantissa}e${Number(exponent)}`;
}

/**
 * A compact amount (abs ≥ 1,000) without sign or currency: "25k", "15.5M", "1.9T", "5.0e22".
 * A mantissa that rounds to 1,000 moves to the next unit ("999.96M" → "1B"; "999.96T" → "1.0e15").
 */
function compactAmount(abs: number): string {
  if (abs >= SCIENTIFIC_FROM) return scientific(abs);
  let index = COMPACT_UNITS.length - 1;
  while (index > 0 && abs < COMPACT_UNITS[index].size) index--;
  let mantissa = shortMantissa(abs / COMPACT_UNITS[index].size);
  if (mantissa >= 1000) {
    if (index === COMPACT_UNITS.length - 1) return scientific(abs);
    index++;
    mantissa = shortMantissa(abs / COMPACT_UNITS[index].size);
  }
  return `${mantissa}${COMPACT_UNITS[index].suffix}`;
}

/**
 * Money where space is short: "$15.5M", "-$1.9T", "$5.0e22" from `from` up (default a
 * million), the exact "$999,999.99" below; `full` holds the exact "$15,509,412.17" for the
 * hover title (a CSV always writes the raw number). null → "—" with the reason; a non-finite
 * value is refused like every formatter here.
 */
export function formatMoneyCompact(value: number | null | undefined, nullReason = 'Not defined for this sample.', from = 1e6): Display {
  const exact = formatValue(value, 'money', nullReason);
  if (exact.missingReason !== undefined || value === null || value === undefined || Math.abs(value) < from) return exact;
  return { text: `${value < 0 ? '-' : ''}$${compactAmount(Math.abs(value))}`, negative: value < 0, full: exact.text };
}

/** The compact amount without "$" for report (PDF) tables: "15.5M" from a million up, the exact "999,999.99" below. */
export function formatAmountCompact(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) < 1e6) return formatText(value, 'amount');
  return `${value < 0 ? '-' : ''}${compactAmount(Math.abs(value))}`;
}

/** A money chart-axis label: "$950", "$2.5", "$25k", "$15.5M", "$1.9T", "$5.0e22" (no cents on round ticks). */
export function formatMoneyAxis(value: number): string {
  if (!Number.isFinite(value)) return formatText(value, 'money');
  const abs = Math.abs(value);
  const sign = value < 0 && withoutNegativeZero(axisFormat().format(value)) !== '0' ? '-' : '';
  return `${sign}$${abs >= 1e4 ? compactAmount(abs) : axisFormat().format(abs)}`;
}

/**
 * Money in a chart tooltip: the exact amount below a million, "$15.5M ($15,509,412.17)" up to
 * a trillion-trillion-scale, and only "$5.0e22" where the exact digits would be a wall of zeros.
 */
export function formatMoneyTooltip(value: number | null | undefined): string {
  const display = formatMoneyCompact(value);
  if (display.full === undefined || value === null || value === undefined || Math.abs(value) >= SCIENTIFIC_FROM) return display.text;
  return `${display.text} (${display.full})`;
}

/**
 * A ratio for a table cell or card (Calmar, Sharpe, …): two decimals, or from a million up the
 * scientific form of formatFixedCompact with the grouped value as the hover title — a Calmar of
 * a short walk-forward fold can run to 1e20 and must never push its column wide. Null or
 * non-finite → "—" with the reason, as formatValue.
 */
export function formatRatioCompact(value: number | null | undefined, nullReason?: string): Display {
  if (value === null || value === undefined || !Number.isFinite(value) || Math.abs(value) < 1e6) return formatValue(value, 'ratio', nullReason);
  return formatFixedCompact(value, 2);
}

/**
 * A plain number with `digits` decimals (optimal f, TWR, G), or from a million up in scientific
 * notation with three significant digits ("1.65e13": a TWR of a long log never runs into the next
 * column); `full` then holds the grouped value for the hover title. Non-finite → "—", refused.
 */
export function formatFixedCompact(value: number, digits: number): Display {
  if (!Number.isFinite(value)) return formatValue(value, 'ratio');
  const abs = Math.abs(value);
  if (abs < 1e6) return { text: withoutNegativeZero(value.toFixed(digits)), negative: false };
  const [mantissa, exponent] = abs.toExponential(2).split('e');
  return { text: `${value < 0 ? '-' : ''}${mantissa}e${Number(exponent)}`, negative: false, full: fixedDigits(value, false, digits) };
}
